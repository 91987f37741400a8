from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumPolicyVersionPublic")



@_attrs_define
class CurriculumPolicyVersionPublic:
    """ 
        Attributes:
            change_summary (None | str):
            major (int):
            minor (int):
            published_at (datetime.datetime):
            version (str):
     """

    change_summary: None | str
    major: int
    minor: int
    published_at: datetime.datetime
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        change_summary: None | str
        change_summary = self.change_summary

        major = self.major

        minor = self.minor

        published_at = self.published_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "change_summary": change_summary,
            "major": major,
            "minor": minor,
            "published_at": published_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_change_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        change_summary = _parse_change_summary(d.pop("change_summary"))


        major = d.pop("major")

        minor = d.pop("minor")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))




        version = d.pop("version")

        curriculum_policy_version_public = cls(
            change_summary=change_summary,
            major=major,
            minor=minor,
            published_at=published_at,
            version=version,
        )


        curriculum_policy_version_public.additional_properties = d
        return curriculum_policy_version_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
