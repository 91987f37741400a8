from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_kpi_kind import AnalyticsKpiKind
from ..models.analytics_kpi_unit import AnalyticsKpiUnit
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AnalyticsKpiValue")



@_attrs_define
class AnalyticsKpiValue:
    """ 
        Attributes:
            key (str):
            kind (AnalyticsKpiKind):
            unit (AnalyticsKpiUnit):
            value (None | str): None when there is nothing to compute it from.
            denominator (int | None | Unset):
            numerator (int | None | Unset):
     """

    key: str
    kind: AnalyticsKpiKind
    unit: AnalyticsKpiUnit
    value: None | str
    denominator: int | None | Unset = UNSET
    numerator: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        kind = self.kind.value

        unit = self.unit.value

        value: None | str
        value = self.value

        denominator: int | None | Unset
        if isinstance(self.denominator, Unset):
            denominator = UNSET
        else:
            denominator = self.denominator

        numerator: int | None | Unset
        if isinstance(self.numerator, Unset):
            numerator = UNSET
        else:
            numerator = self.numerator


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "kind": kind,
            "unit": unit,
            "value": value,
        })
        if denominator is not UNSET:
            field_dict["denominator"] = denominator
        if numerator is not UNSET:
            field_dict["numerator"] = numerator

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        kind = AnalyticsKpiKind(d.pop("kind"))




        unit = AnalyticsKpiUnit(d.pop("unit"))




        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))


        def _parse_denominator(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        denominator = _parse_denominator(d.pop("denominator", UNSET))


        def _parse_numerator(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        numerator = _parse_numerator(d.pop("numerator", UNSET))


        analytics_kpi_value = cls(
            key=key,
            kind=kind,
            unit=unit,
            value=value,
            denominator=denominator,
            numerator=numerator,
        )


        analytics_kpi_value.additional_properties = d
        return analytics_kpi_value

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
