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
  from ..models.analytics_unit_coverage import AnalyticsUnitCoverage





T = TypeVar("T", bound="AnalyticsCoverageReport")



@_attrs_define
class AnalyticsCoverageReport:
    """ 
        Attributes:
            as_of (datetime.datetime):
            certification_key (None | str):
            rows (list[AnalyticsUnitCoverage]):
            suppression (AnalyticsSuppression): Says, in every aggregate response, what was held back and why.
     """

    as_of: datetime.datetime
    certification_key: None | str
    rows: list[AnalyticsUnitCoverage]
    suppression: AnalyticsSuppression
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        from ..models.analytics_unit_coverage import AnalyticsUnitCoverage # noqa: PLC0415
        as_of = self.as_of.isoformat()

        certification_key: None | str
        certification_key = self.certification_key

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        suppression = self.suppression.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_of": as_of,
            "certification_key": certification_key,
            "rows": rows,
            "suppression": suppression,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        from ..models.analytics_unit_coverage import AnalyticsUnitCoverage # noqa: PLC0415
        d = dict(src_dict)
        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))




        def _parse_certification_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certification_key = _parse_certification_key(d.pop("certification_key"))


        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = AnalyticsUnitCoverage.from_dict(rows_item_data)



            rows.append(rows_item)


        suppression = AnalyticsSuppression.from_dict(d.pop("suppression"))




        analytics_coverage_report = cls(
            as_of=as_of,
            certification_key=certification_key,
            rows=rows,
            suppression=suppression,
        )


        analytics_coverage_report.additional_properties = d
        return analytics_coverage_report

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
