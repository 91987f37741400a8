from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_kpi_value import AnalyticsKpiValue
  from ..models.analytics_suppression import AnalyticsSuppression





T = TypeVar("T", bound="AnalyticsKpiValues")



@_attrs_define
class AnalyticsKpiValues:
    """ 
        Attributes:
            currency (str):
            ends_on (datetime.date):
            items (list[AnalyticsKpiValue]):
            starts_on (datetime.date):
            suppression (AnalyticsSuppression): Says, in every aggregate response, what was held back and why.
     """

    currency: str
    ends_on: datetime.date
    items: list[AnalyticsKpiValue]
    starts_on: datetime.date
    suppression: AnalyticsSuppression
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_kpi_value import AnalyticsKpiValue # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        currency = self.currency

        ends_on = self.ends_on.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        starts_on = self.starts_on.isoformat()

        suppression = self.suppression.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "currency": currency,
            "ends_on": ends_on,
            "items": items,
            "starts_on": starts_on,
            "suppression": suppression,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_kpi_value import AnalyticsKpiValue # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        d = dict(src_dict)
        currency = d.pop("currency")

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = AnalyticsKpiValue.from_dict(items_item_data)



            items.append(items_item)


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        suppression = AnalyticsSuppression.from_dict(d.pop("suppression"))




        analytics_kpi_values = cls(
            currency=currency,
            ends_on=ends_on,
            items=items,
            starts_on=starts_on,
            suppression=suppression,
        )


        analytics_kpi_values.additional_properties = d
        return analytics_kpi_values

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
