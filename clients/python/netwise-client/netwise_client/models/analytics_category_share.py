from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_category import AnalyticsCategory






T = TypeVar("T", bound="AnalyticsCategoryShare")



@_attrs_define
class AnalyticsCategoryShare:
    """ 
        Attributes:
            category (AnalyticsCategory):
            difference_points (float): percent - target_percent.
            minutes (int):
            percent (float):
            target_percent (int):
     """

    category: AnalyticsCategory
    difference_points: float
    minutes: int
    percent: float
    target_percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        difference_points = self.difference_points

        minutes = self.minutes

        percent = self.percent

        target_percent = self.target_percent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "difference_points": difference_points,
            "minutes": minutes,
            "percent": percent,
            "target_percent": target_percent,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = AnalyticsCategory(d.pop("category"))




        difference_points = d.pop("difference_points")

        minutes = d.pop("minutes")

        percent = d.pop("percent")

        target_percent = d.pop("target_percent")

        analytics_category_share = cls(
            category=category,
            difference_points=difference_points,
            minutes=minutes,
            percent=percent,
            target_percent=target_percent,
        )


        analytics_category_share.additional_properties = d
        return analytics_category_share

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
