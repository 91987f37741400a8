from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AnalyticsUnitReach")



@_attrs_define
class AnalyticsUnitReach:
    """ 
        Attributes:
            ambassadors (int):
            clicks (int):
            headcount (int):
            org_unit_id (str):
            potential_reach (int):
            shares (int):
            unit_name (str):
     """

    ambassadors: int
    clicks: int
    headcount: int
    org_unit_id: str
    potential_reach: int
    shares: int
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ambassadors = self.ambassadors

        clicks = self.clicks

        headcount = self.headcount

        org_unit_id = self.org_unit_id

        potential_reach = self.potential_reach

        shares = self.shares

        unit_name = self.unit_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ambassadors": ambassadors,
            "clicks": clicks,
            "headcount": headcount,
            "org_unit_id": org_unit_id,
            "potential_reach": potential_reach,
            "shares": shares,
            "unit_name": unit_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ambassadors = d.pop("ambassadors")

        clicks = d.pop("clicks")

        headcount = d.pop("headcount")

        org_unit_id = d.pop("org_unit_id")

        potential_reach = d.pop("potential_reach")

        shares = d.pop("shares")

        unit_name = d.pop("unit_name")

        analytics_unit_reach = cls(
            ambassadors=ambassadors,
            clicks=clicks,
            headcount=headcount,
            org_unit_id=org_unit_id,
            potential_reach=potential_reach,
            shares=shares,
            unit_name=unit_name,
        )


        analytics_unit_reach.additional_properties = d
        return analytics_unit_reach

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
