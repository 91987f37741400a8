from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_platform import CurriculumPlatform
from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumPlatformChangePublic")



@_attrs_define
class CurriculumPlatformChangePublic:
    """ 
        Attributes:
            created_at (datetime.datetime):
            effective_on (datetime.date):
            flagged_module_ids (list[str]):
            id (str):
            platform (CurriculumPlatform):
            summary (str):
     """

    created_at: datetime.datetime
    effective_on: datetime.date
    flagged_module_ids: list[str]
    id: str
    platform: CurriculumPlatform
    summary: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        effective_on = self.effective_on.isoformat()

        flagged_module_ids = self.flagged_module_ids



        id = self.id

        platform = self.platform.value

        summary = self.summary


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "effective_on": effective_on,
            "flagged_module_ids": flagged_module_ids,
            "id": id,
            "platform": platform,
            "summary": summary,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))




        flagged_module_ids = cast(list[str], d.pop("flagged_module_ids"))


        id = d.pop("id")

        platform = CurriculumPlatform(d.pop("platform"))




        summary = d.pop("summary")

        curriculum_platform_change_public = cls(
            created_at=created_at,
            effective_on=effective_on,
            flagged_module_ids=flagged_module_ids,
            id=id,
            platform=platform,
            summary=summary,
        )


        curriculum_platform_change_public.additional_properties = d
        return curriculum_platform_change_public

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
