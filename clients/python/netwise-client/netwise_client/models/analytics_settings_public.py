from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_settings_public_activity_categories import AnalyticsSettingsPublicActivityCategories





T = TypeVar("T", bound="AnalyticsSettingsPublic")



@_attrs_define
class AnalyticsSettingsPublic:
    """ 
        Attributes:
            activity_categories (AnalyticsSettingsPublicActivityCategories): Every activity with its effective category.
            currency (str):
            earned_media_cpc_minor (int): Value of one click on a shared link (minor units). Read-only here: set in
                advocacy's programme.
            earned_media_cpm_minor (int): Value of 1000 potential impressions from shares (minor units). Read-only here: set
                in advocacy's programme (PUT /advocacy/v1/programme), which owns it.
            investment_target_percent (int): Target share of time on investment; the rest is operations.
            version (int):
     """

    activity_categories: AnalyticsSettingsPublicActivityCategories
    currency: str
    earned_media_cpc_minor: int
    earned_media_cpm_minor: int
    investment_target_percent: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_settings_public_activity_categories import AnalyticsSettingsPublicActivityCategories # noqa: PLC0415
        activity_categories = self.activity_categories.to_dict()

        currency = self.currency

        earned_media_cpc_minor = self.earned_media_cpc_minor

        earned_media_cpm_minor = self.earned_media_cpm_minor

        investment_target_percent = self.investment_target_percent

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity_categories": activity_categories,
            "currency": currency,
            "earned_media_cpc_minor": earned_media_cpc_minor,
            "earned_media_cpm_minor": earned_media_cpm_minor,
            "investment_target_percent": investment_target_percent,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_settings_public_activity_categories import AnalyticsSettingsPublicActivityCategories # noqa: PLC0415
        d = dict(src_dict)
        activity_categories = AnalyticsSettingsPublicActivityCategories.from_dict(d.pop("activity_categories"))




        currency = d.pop("currency")

        earned_media_cpc_minor = d.pop("earned_media_cpc_minor")

        earned_media_cpm_minor = d.pop("earned_media_cpm_minor")

        investment_target_percent = d.pop("investment_target_percent")

        version = d.pop("version")

        analytics_settings_public = cls(
            activity_categories=activity_categories,
            currency=currency,
            earned_media_cpc_minor=earned_media_cpc_minor,
            earned_media_cpm_minor=earned_media_cpm_minor,
            investment_target_percent=investment_target_percent,
            version=version,
        )


        analytics_settings_public.additional_properties = d
        return analytics_settings_public

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
