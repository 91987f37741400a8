from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AnalyticsUsage")



@_attrs_define
class AnalyticsUsage:
    """ 
        Attributes:
            average_minutes_per_day_left (int): Remaining minutes spread over the days left.
            days_left (int): Days from today to the end of the period, today included.
            limit_minutes (int):
            percent (float): Used as a percentage of the limit, one decimal.
            remaining_minutes (int):
            used_minutes (int):
     """

    average_minutes_per_day_left: int
    days_left: int
    limit_minutes: int
    percent: float
    remaining_minutes: int
    used_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        average_minutes_per_day_left = self.average_minutes_per_day_left

        days_left = self.days_left

        limit_minutes = self.limit_minutes

        percent = self.percent

        remaining_minutes = self.remaining_minutes

        used_minutes = self.used_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_minutes_per_day_left": average_minutes_per_day_left,
            "days_left": days_left,
            "limit_minutes": limit_minutes,
            "percent": percent,
            "remaining_minutes": remaining_minutes,
            "used_minutes": used_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_minutes_per_day_left = d.pop("average_minutes_per_day_left")

        days_left = d.pop("days_left")

        limit_minutes = d.pop("limit_minutes")

        percent = d.pop("percent")

        remaining_minutes = d.pop("remaining_minutes")

        used_minutes = d.pop("used_minutes")

        analytics_usage = cls(
            average_minutes_per_day_left=average_minutes_per_day_left,
            days_left=days_left,
            limit_minutes=limit_minutes,
            percent=percent,
            remaining_minutes=remaining_minutes,
            used_minutes=used_minutes,
        )


        analytics_usage.additional_properties = d
        return analytics_usage

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
