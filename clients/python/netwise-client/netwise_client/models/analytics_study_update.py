from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsStudyUpdate")



@_attrs_define
class AnalyticsStudyUpdate:
    """ 
        Attributes:
            ends_on (datetime.date | Unset):
            name (str | Unset):
     """

    ends_on: datetime.date | Unset = UNSET
    name: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        ends_on: str | Unset = UNSET
        if not isinstance(self.ends_on, Unset):
            ends_on = self.ends_on.isoformat()

        name = self.name


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ends_on = d.pop("ends_on", UNSET)
        ends_on: datetime.date | Unset
        if isinstance(_ends_on,  Unset):
            ends_on = UNSET
        else:
            ends_on = datetime.date.fromisoformat(_ends_on)




        name = d.pop("name", UNSET)

        analytics_study_update = cls(
            ends_on=ends_on,
            name=name,
        )

        return analytics_study_update

