from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AnalyticsLinkedUnit")



@_attrs_define
class AnalyticsLinkedUnit:
    """ One org unit in one period: from training to ambassador activity to the time and money it spent.

        Attributes:
            ambassadors (int): Ambassadors at the end of the period.
            certified (int): People with a valid certification at the end of the period.
            clicks (int):
            cost_minor (int | None): Cost of the minutes, in minor units of `currency`.
            coverage_percent (float):
            headcount (int):
            investment_minutes (int | None): Null when fewer people than the minimum group size are behind the investment or
                the operations minutes.
            investment_percent (float | None): Investment share of the categorised minutes.
            minutes (int | None): Null when fewer people than the minimum group size recorded time.
            operations_minutes (int | None):
            org_unit_id (str):
            participation_percent (float):
            potential_reach (int):
            shares (int):
            unit_name (str):
     """

    ambassadors: int
    certified: int
    clicks: int
    cost_minor: int | None
    coverage_percent: float
    headcount: int
    investment_minutes: int | None
    investment_percent: float | None
    minutes: int | None
    operations_minutes: int | None
    org_unit_id: str
    participation_percent: float
    potential_reach: int
    shares: int
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ambassadors = self.ambassadors

        certified = self.certified

        clicks = self.clicks

        cost_minor: int | None
        cost_minor = self.cost_minor

        coverage_percent = self.coverage_percent

        headcount = self.headcount

        investment_minutes: int | None
        investment_minutes = self.investment_minutes

        investment_percent: float | None
        investment_percent = self.investment_percent

        minutes: int | None
        minutes = self.minutes

        operations_minutes: int | None
        operations_minutes = self.operations_minutes

        org_unit_id = self.org_unit_id

        participation_percent = self.participation_percent

        potential_reach = self.potential_reach

        shares = self.shares

        unit_name = self.unit_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ambassadors": ambassadors,
            "certified": certified,
            "clicks": clicks,
            "cost_minor": cost_minor,
            "coverage_percent": coverage_percent,
            "headcount": headcount,
            "investment_minutes": investment_minutes,
            "investment_percent": investment_percent,
            "minutes": minutes,
            "operations_minutes": operations_minutes,
            "org_unit_id": org_unit_id,
            "participation_percent": participation_percent,
            "potential_reach": potential_reach,
            "shares": shares,
            "unit_name": unit_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ambassadors = d.pop("ambassadors")

        certified = d.pop("certified")

        clicks = d.pop("clicks")

        def _parse_cost_minor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cost_minor = _parse_cost_minor(d.pop("cost_minor"))


        coverage_percent = d.pop("coverage_percent")

        headcount = d.pop("headcount")

        def _parse_investment_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        investment_minutes = _parse_investment_minutes(d.pop("investment_minutes"))


        def _parse_investment_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        investment_percent = _parse_investment_percent(d.pop("investment_percent"))


        def _parse_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        minutes = _parse_minutes(d.pop("minutes"))


        def _parse_operations_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        operations_minutes = _parse_operations_minutes(d.pop("operations_minutes"))


        org_unit_id = d.pop("org_unit_id")

        participation_percent = d.pop("participation_percent")

        potential_reach = d.pop("potential_reach")

        shares = d.pop("shares")

        unit_name = d.pop("unit_name")

        analytics_linked_unit = cls(
            ambassadors=ambassadors,
            certified=certified,
            clicks=clicks,
            cost_minor=cost_minor,
            coverage_percent=coverage_percent,
            headcount=headcount,
            investment_minutes=investment_minutes,
            investment_percent=investment_percent,
            minutes=minutes,
            operations_minutes=operations_minutes,
            org_unit_id=org_unit_id,
            participation_percent=participation_percent,
            potential_reach=potential_reach,
            shares=shares,
            unit_name=unit_name,
        )


        analytics_linked_unit.additional_properties = d
        return analytics_linked_unit

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
