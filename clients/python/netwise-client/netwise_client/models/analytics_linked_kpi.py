from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AnalyticsLinkedKpi")



@_attrs_define
class AnalyticsLinkedKpi:
    """ 
        Attributes:
            cost_per_result_minor (int | None): Time cost and ad spend of the period per result.
            key (str):
            results (str): Measured results in the period (sum of measurements).
     """

    cost_per_result_minor: int | None
    key: str
    results: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cost_per_result_minor: int | None
        cost_per_result_minor = self.cost_per_result_minor

        key = self.key

        results = self.results


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cost_per_result_minor": cost_per_result_minor,
            "key": key,
            "results": results,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_cost_per_result_minor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cost_per_result_minor = _parse_cost_per_result_minor(d.pop("cost_per_result_minor"))


        key = d.pop("key")

        results = d.pop("results")

        analytics_linked_kpi = cls(
            cost_per_result_minor=cost_per_result_minor,
            key=key,
            results=results,
        )


        analytics_linked_kpi.additional_properties = d
        return analytics_linked_kpi

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
