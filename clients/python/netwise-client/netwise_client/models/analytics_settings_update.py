from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_settings_update_activity_categories import AnalyticsSettingsUpdateActivityCategories





T = TypeVar("T", bound="AnalyticsSettingsUpdate")



@_attrs_define
class AnalyticsSettingsUpdate:
    """ 
        Attributes:
            activity_categories (AnalyticsSettingsUpdateActivityCategories | Unset): Overrides; activities left out keep the
                default.
            investment_target_percent (int | Unset):
     """

    activity_categories: AnalyticsSettingsUpdateActivityCategories | Unset = UNSET
    investment_target_percent: int | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_settings_update_activity_categories import AnalyticsSettingsUpdateActivityCategories # noqa: PLC0415
        activity_categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity_categories, Unset):
            activity_categories = self.activity_categories.to_dict()

        investment_target_percent = self.investment_target_percent


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if activity_categories is not UNSET:
            field_dict["activity_categories"] = activity_categories
        if investment_target_percent is not UNSET:
            field_dict["investment_target_percent"] = investment_target_percent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_settings_update_activity_categories import AnalyticsSettingsUpdateActivityCategories # noqa: PLC0415
        d = dict(src_dict)
        _activity_categories = d.pop("activity_categories", UNSET)
        activity_categories: AnalyticsSettingsUpdateActivityCategories | Unset
        if isinstance(_activity_categories,  Unset):
            activity_categories = UNSET
        else:
            activity_categories = AnalyticsSettingsUpdateActivityCategories.from_dict(_activity_categories)




        investment_target_percent = d.pop("investment_target_percent", UNSET)

        analytics_settings_update = cls(
            activity_categories=activity_categories,
            investment_target_percent=investment_target_percent,
        )

        return analytics_settings_update

