from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AnalyticsCapUpdate")



@_attrs_define
class AnalyticsCapUpdate:
    """ 
        Attributes:
            hard (bool | Unset):
            limit_minutes (int | Unset):
            name (str | Unset):
            thresholds (list[int] | Unset):
     """

    hard: bool | Unset = UNSET
    limit_minutes: int | Unset = UNSET
    name: str | Unset = UNSET
    thresholds: list[int] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        hard = self.hard

        limit_minutes = self.limit_minutes

        name = self.name

        thresholds: list[int] | Unset = UNSET
        if not isinstance(self.thresholds, Unset):
            thresholds = self.thresholds




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if hard is not UNSET:
            field_dict["hard"] = hard
        if limit_minutes is not UNSET:
            field_dict["limit_minutes"] = limit_minutes
        if name is not UNSET:
            field_dict["name"] = name
        if thresholds is not UNSET:
            field_dict["thresholds"] = thresholds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hard = d.pop("hard", UNSET)

        limit_minutes = d.pop("limit_minutes", UNSET)

        name = d.pop("name", UNSET)

        thresholds = cast(list[int], d.pop("thresholds", UNSET))


        analytics_cap_update = cls(
            hard=hard,
            limit_minutes=limit_minutes,
            name=name,
            thresholds=thresholds,
        )

        return analytics_cap_update

