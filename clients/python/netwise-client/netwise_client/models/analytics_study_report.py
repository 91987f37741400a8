from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_study_public import AnalyticsStudyPublic
  from ..models.analytics_study_row import AnalyticsStudyRow
  from ..models.analytics_suppression import AnalyticsSuppression





T = TypeVar("T", bound="AnalyticsStudyReport")



@_attrs_define
class AnalyticsStudyReport:
    """ 
        Attributes:
            currency (str):
            rows (list[AnalyticsStudyRow]):
            study (AnalyticsStudyPublic):
            suppression (AnalyticsSuppression): Says, in every aggregate response, what was held back and why.
            total_minutes (int):
     """

    currency: str
    rows: list[AnalyticsStudyRow]
    study: AnalyticsStudyPublic
    suppression: AnalyticsSuppression
    total_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_study_public import AnalyticsStudyPublic # noqa: PLC0415
        from ..models.analytics_study_row import AnalyticsStudyRow # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        currency = self.currency

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        study = self.study.to_dict()

        suppression = self.suppression.to_dict()

        total_minutes = self.total_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "currency": currency,
            "rows": rows,
            "study": study,
            "suppression": suppression,
            "total_minutes": total_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_study_public import AnalyticsStudyPublic # noqa: PLC0415
        from ..models.analytics_study_row import AnalyticsStudyRow # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        d = dict(src_dict)
        currency = d.pop("currency")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = AnalyticsStudyRow.from_dict(rows_item_data)



            rows.append(rows_item)


        study = AnalyticsStudyPublic.from_dict(d.pop("study"))




        suppression = AnalyticsSuppression.from_dict(d.pop("suppression"))




        total_minutes = d.pop("total_minutes")

        analytics_study_report = cls(
            currency=currency,
            rows=rows,
            study=study,
            suppression=suppression,
            total_minutes=total_minutes,
        )


        analytics_study_report.additional_properties = d
        return analytics_study_report

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
