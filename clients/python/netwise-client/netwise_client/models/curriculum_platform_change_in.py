from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_platform import CurriculumPlatform
from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumPlatformChangeIn")



@_attrs_define
class CurriculumPlatformChangeIn:
    """ 
        Attributes:
            effective_on (datetime.date):
            platform (CurriculumPlatform):
            summary (str):
     """

    effective_on: datetime.date
    platform: CurriculumPlatform
    summary: str





    def to_dict(self) -> dict[str, Any]:
        effective_on = self.effective_on.isoformat()

        platform = self.platform.value

        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "effective_on": effective_on,
            "platform": platform,
            "summary": summary,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))




        platform = CurriculumPlatform(d.pop("platform"))




        summary = d.pop("summary")

        curriculum_platform_change_in = cls(
            effective_on=effective_on,
            platform=platform,
            summary=summary,
        )

        return curriculum_platform_change_in

