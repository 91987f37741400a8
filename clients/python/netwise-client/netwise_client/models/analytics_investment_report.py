from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_category_share import AnalyticsCategoryShare
  from ..models.analytics_suppression import AnalyticsSuppression





T = TypeVar("T", bound="AnalyticsInvestmentReport")



@_attrs_define
class AnalyticsInvestmentReport:
    """ 
        Attributes:
            ends_on (datetime.date):
            items (list[AnalyticsCategoryShare]):
            starts_on (datetime.date):
            suppression (AnalyticsSuppression): Says, in every aggregate response, what was held back and why.
            total_minutes (int): Minutes with an activity, the base of the percentages.
            uncategorised_minutes (int): Minutes recorded without an activity.
     """

    ends_on: datetime.date
    items: list[AnalyticsCategoryShare]
    starts_on: datetime.date
    suppression: AnalyticsSuppression
    total_minutes: int
    uncategorised_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_category_share import AnalyticsCategoryShare # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        ends_on = self.ends_on.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        starts_on = self.starts_on.isoformat()

        suppression = self.suppression.to_dict()

        total_minutes = self.total_minutes

        uncategorised_minutes = self.uncategorised_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ends_on": ends_on,
            "items": items,
            "starts_on": starts_on,
            "suppression": suppression,
            "total_minutes": total_minutes,
            "uncategorised_minutes": uncategorised_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_category_share import AnalyticsCategoryShare # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = AnalyticsCategoryShare.from_dict(items_item_data)



            items.append(items_item)


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        suppression = AnalyticsSuppression.from_dict(d.pop("suppression"))




        total_minutes = d.pop("total_minutes")

        uncategorised_minutes = d.pop("uncategorised_minutes")

        analytics_investment_report = cls(
            ends_on=ends_on,
            items=items,
            starts_on=starts_on,
            suppression=suppression,
            total_minutes=total_minutes,
            uncategorised_minutes=uncategorised_minutes,
        )


        analytics_investment_report.additional_properties = d
        return analytics_investment_report

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
