from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_linked_report_period import AnalyticsLinkedReportPeriod
from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_finding import AnalyticsFinding
  from ..models.analytics_linked_period import AnalyticsLinkedPeriod
  from ..models.analytics_suppression import AnalyticsSuppression





T = TypeVar("T", bound="AnalyticsLinkedReport")



@_attrs_define
class AnalyticsLinkedReport:
    """ 
        Attributes:
            currency (str):
            findings (list[AnalyticsFinding]):
            investment_target_percent (int):
            locale (str): The language of `findings`.
            period (AnalyticsLinkedReportPeriod):
            periods (list[AnalyticsLinkedPeriod]): Oldest first; the last is the period asked for.
            suppression (AnalyticsSuppression): Says, in every aggregate response, what was held back and why.
     """

    currency: str
    findings: list[AnalyticsFinding]
    investment_target_percent: int
    locale: str
    period: AnalyticsLinkedReportPeriod
    periods: list[AnalyticsLinkedPeriod]
    suppression: AnalyticsSuppression
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_finding import AnalyticsFinding # noqa: PLC0415
        from ..models.analytics_linked_period import AnalyticsLinkedPeriod # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        currency = self.currency

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)



        investment_target_percent = self.investment_target_percent

        locale = self.locale

        period = self.period.value

        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)



        suppression = self.suppression.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "currency": currency,
            "findings": findings,
            "investment_target_percent": investment_target_percent,
            "locale": locale,
            "period": period,
            "periods": periods,
            "suppression": suppression,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_finding import AnalyticsFinding # noqa: PLC0415
        from ..models.analytics_linked_period import AnalyticsLinkedPeriod # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        d = dict(src_dict)
        currency = d.pop("currency")

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in (_findings):
            findings_item = AnalyticsFinding.from_dict(findings_item_data)



            findings.append(findings_item)


        investment_target_percent = d.pop("investment_target_percent")

        locale = d.pop("locale")

        period = AnalyticsLinkedReportPeriod(d.pop("period"))




        periods = []
        _periods = d.pop("periods")
        for periods_item_data in (_periods):
            periods_item = AnalyticsLinkedPeriod.from_dict(periods_item_data)



            periods.append(periods_item)


        suppression = AnalyticsSuppression.from_dict(d.pop("suppression"))




        analytics_linked_report = cls(
            currency=currency,
            findings=findings,
            investment_target_percent=investment_target_percent,
            locale=locale,
            period=period,
            periods=periods,
            suppression=suppression,
        )


        analytics_linked_report.additional_properties = d
        return analytics_linked_report

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
