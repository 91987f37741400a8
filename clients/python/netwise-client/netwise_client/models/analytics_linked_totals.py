from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_linked_kpi import AnalyticsLinkedKpi





T = TypeVar("T", bound="AnalyticsLinkedTotals")



@_attrs_define
class AnalyticsLinkedTotals:
    """ The organisation as a whole (org-wide readers only).

        Attributes:
            ad_spend_minor (int):
            ambassadors (int):
            certified (int):
            clicks (int):
            cost_minor (int):
            coverage_percent (float):
            headcount (int):
            investment_minutes (int):
            investment_percent (float | None):
            kpis (list[AnalyticsLinkedKpi]):
            minutes (int):
            operations_minutes (int):
            participation_percent (float):
            potential_reach (int):
            shares (int):
     """

    ad_spend_minor: int
    ambassadors: int
    certified: int
    clicks: int
    cost_minor: int
    coverage_percent: float
    headcount: int
    investment_minutes: int
    investment_percent: float | None
    kpis: list[AnalyticsLinkedKpi]
    minutes: int
    operations_minutes: int
    participation_percent: float
    potential_reach: int
    shares: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_linked_kpi import AnalyticsLinkedKpi # noqa: PLC0415
        ad_spend_minor = self.ad_spend_minor

        ambassadors = self.ambassadors

        certified = self.certified

        clicks = self.clicks

        cost_minor = self.cost_minor

        coverage_percent = self.coverage_percent

        headcount = self.headcount

        investment_minutes = self.investment_minutes

        investment_percent: float | None
        investment_percent = self.investment_percent

        kpis = []
        for kpis_item_data in self.kpis:
            kpis_item = kpis_item_data.to_dict()
            kpis.append(kpis_item)



        minutes = self.minutes

        operations_minutes = self.operations_minutes

        participation_percent = self.participation_percent

        potential_reach = self.potential_reach

        shares = self.shares


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ad_spend_minor": ad_spend_minor,
            "ambassadors": ambassadors,
            "certified": certified,
            "clicks": clicks,
            "cost_minor": cost_minor,
            "coverage_percent": coverage_percent,
            "headcount": headcount,
            "investment_minutes": investment_minutes,
            "investment_percent": investment_percent,
            "kpis": kpis,
            "minutes": minutes,
            "operations_minutes": operations_minutes,
            "participation_percent": participation_percent,
            "potential_reach": potential_reach,
            "shares": shares,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_linked_kpi import AnalyticsLinkedKpi # noqa: PLC0415
        d = dict(src_dict)
        ad_spend_minor = d.pop("ad_spend_minor")

        ambassadors = d.pop("ambassadors")

        certified = d.pop("certified")

        clicks = d.pop("clicks")

        cost_minor = d.pop("cost_minor")

        coverage_percent = d.pop("coverage_percent")

        headcount = d.pop("headcount")

        investment_minutes = d.pop("investment_minutes")

        def _parse_investment_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        investment_percent = _parse_investment_percent(d.pop("investment_percent"))


        kpis = []
        _kpis = d.pop("kpis")
        for kpis_item_data in (_kpis):
            kpis_item = AnalyticsLinkedKpi.from_dict(kpis_item_data)



            kpis.append(kpis_item)


        minutes = d.pop("minutes")

        operations_minutes = d.pop("operations_minutes")

        participation_percent = d.pop("participation_percent")

        potential_reach = d.pop("potential_reach")

        shares = d.pop("shares")

        analytics_linked_totals = cls(
            ad_spend_minor=ad_spend_minor,
            ambassadors=ambassadors,
            certified=certified,
            clicks=clicks,
            cost_minor=cost_minor,
            coverage_percent=coverage_percent,
            headcount=headcount,
            investment_minutes=investment_minutes,
            investment_percent=investment_percent,
            kpis=kpis,
            minutes=minutes,
            operations_minutes=operations_minutes,
            participation_percent=participation_percent,
            potential_reach=potential_reach,
            shares=shares,
        )


        analytics_linked_totals.additional_properties = d
        return analytics_linked_totals

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
