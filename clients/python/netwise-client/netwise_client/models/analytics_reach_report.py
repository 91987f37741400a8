from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_suppression import AnalyticsSuppression
  from ..models.analytics_unit_reach import AnalyticsUnitReach





T = TypeVar("T", bound="AnalyticsReachReport")



@_attrs_define
class AnalyticsReachReport:
    """ 
        Attributes:
            ends_on (datetime.date):
            rows (list[AnalyticsUnitReach]):
            starts_on (datetime.date):
            suppression (AnalyticsSuppression): Says, in every aggregate response, what was held back and why.
     """

    ends_on: datetime.date
    rows: list[AnalyticsUnitReach]
    starts_on: datetime.date
    suppression: AnalyticsSuppression
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        from ..models.analytics_unit_reach import AnalyticsUnitReach # noqa: PLC0415
        ends_on = self.ends_on.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        starts_on = self.starts_on.isoformat()

        suppression = self.suppression.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ends_on": ends_on,
            "rows": rows,
            "starts_on": starts_on,
            "suppression": suppression,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        from ..models.analytics_unit_reach import AnalyticsUnitReach # noqa: PLC0415
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = AnalyticsUnitReach.from_dict(rows_item_data)



            rows.append(rows_item)


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        suppression = AnalyticsSuppression.from_dict(d.pop("suppression"))




        analytics_reach_report = cls(
            ends_on=ends_on,
            rows=rows,
            starts_on=starts_on,
            suppression=suppression,
        )


        analytics_reach_report.additional_properties = d
        return analytics_reach_report

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
