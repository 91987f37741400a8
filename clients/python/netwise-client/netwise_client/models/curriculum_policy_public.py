from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumPolicyPublic")



@_attrs_define
class CurriculumPolicyPublic:
    """ 
        Attributes:
            acknowledged_at (datetime.datetime | None): When the caller acknowledged this major version
            available_locales (list[str]):
            body (str):
            change_summary (None | str):
            id (str):
            locale (str):
            major (int):
            minor (int):
            published_at (datetime.datetime):
            requires_acknowledgement (bool): True until the caller acknowledges this major version
            title (str):
            version (str):
     """

    acknowledged_at: datetime.datetime | None
    available_locales: list[str]
    body: str
    change_summary: None | str
    id: str
    locale: str
    major: int
    minor: int
    published_at: datetime.datetime
    requires_acknowledgement: bool
    title: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        available_locales = self.available_locales



        body = self.body

        change_summary: None | str
        change_summary = self.change_summary

        id = self.id

        locale = self.locale

        major = self.major

        minor = self.minor

        published_at = self.published_at.isoformat()

        requires_acknowledgement = self.requires_acknowledgement

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledged_at": acknowledged_at,
            "available_locales": available_locales,
            "body": body,
            "change_summary": change_summary,
            "id": id,
            "locale": locale,
            "major": major,
            "minor": minor,
            "published_at": published_at,
            "requires_acknowledgement": requires_acknowledgement,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)



                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))


        available_locales = cast(list[str], d.pop("available_locales"))


        body = d.pop("body")

        def _parse_change_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        change_summary = _parse_change_summary(d.pop("change_summary"))


        id = d.pop("id")

        locale = d.pop("locale")

        major = d.pop("major")

        minor = d.pop("minor")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))




        requires_acknowledgement = d.pop("requires_acknowledgement")

        title = d.pop("title")

        version = d.pop("version")

        curriculum_policy_public = cls(
            acknowledged_at=acknowledged_at,
            available_locales=available_locales,
            body=body,
            change_summary=change_summary,
            id=id,
            locale=locale,
            major=major,
            minor=minor,
            published_at=published_at,
            requires_acknowledgement=requires_acknowledgement,
            title=title,
            version=version,
        )


        curriculum_policy_public.additional_properties = d
        return curriculum_policy_public

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
