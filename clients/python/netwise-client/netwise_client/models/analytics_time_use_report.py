from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_group_by import AnalyticsGroupBy
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_report_row import AnalyticsReportRow
  from ..models.analytics_suppression import AnalyticsSuppression





T = TypeVar("T", bound="AnalyticsTimeUseReport")



@_attrs_define
class AnalyticsTimeUseReport:
    """ 
        Attributes:
            currency (str):
            ends_on (datetime.date):
            group_by (list[AnalyticsGroupBy]):
            rows (list[AnalyticsReportRow]):
            starts_on (datetime.date):
            suppression (AnalyticsSuppression): Says, in every aggregate response, what was held back and why.
            total_cost_minor (int):
            total_minutes (int): Over the rows shown (suppressed groups are not added in).
     """

    currency: str
    ends_on: datetime.date
    group_by: list[AnalyticsGroupBy]
    rows: list[AnalyticsReportRow]
    starts_on: datetime.date
    suppression: AnalyticsSuppression
    total_cost_minor: int
    total_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_report_row import AnalyticsReportRow # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        currency = self.currency

        ends_on = self.ends_on.isoformat()

        group_by = []
        for group_by_item_data in self.group_by:
            group_by_item = group_by_item_data.value
            group_by.append(group_by_item)



        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        starts_on = self.starts_on.isoformat()

        suppression = self.suppression.to_dict()

        total_cost_minor = self.total_cost_minor

        total_minutes = self.total_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "currency": currency,
            "ends_on": ends_on,
            "group_by": group_by,
            "rows": rows,
            "starts_on": starts_on,
            "suppression": suppression,
            "total_cost_minor": total_cost_minor,
            "total_minutes": total_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_report_row import AnalyticsReportRow # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        d = dict(src_dict)
        currency = d.pop("currency")

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        group_by = []
        _group_by = d.pop("group_by")
        for group_by_item_data in (_group_by):
            group_by_item = AnalyticsGroupBy(group_by_item_data)



            group_by.append(group_by_item)


        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = AnalyticsReportRow.from_dict(rows_item_data)



            rows.append(rows_item)


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        suppression = AnalyticsSuppression.from_dict(d.pop("suppression"))




        total_cost_minor = d.pop("total_cost_minor")

        total_minutes = d.pop("total_minutes")

        analytics_time_use_report = cls(
            currency=currency,
            ends_on=ends_on,
            group_by=group_by,
            rows=rows,
            starts_on=starts_on,
            suppression=suppression,
            total_cost_minor=total_cost_minor,
            total_minutes=total_minutes,
        )


        analytics_time_use_report.additional_properties = d
        return analytics_time_use_report

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
