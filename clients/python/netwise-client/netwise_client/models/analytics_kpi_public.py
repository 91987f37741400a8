from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_kpi_kind import AnalyticsKpiKind
from ..models.analytics_kpi_unit import AnalyticsKpiUnit






T = TypeVar("T", bound="AnalyticsKpiPublic")



@_attrs_define
class AnalyticsKpiPublic:
    """ 
        Attributes:
            formula (str): How the value is computed, in words.
            key (str):
            kind (AnalyticsKpiKind):
            locale (str): The locale the name and formula are in.
            name (str):
            standard (bool):
            unit (AnalyticsKpiUnit):
     """

    formula: str
    key: str
    kind: AnalyticsKpiKind
    locale: str
    name: str
    standard: bool
    unit: AnalyticsKpiUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        formula = self.formula

        key = self.key

        kind = self.kind.value

        locale = self.locale

        name = self.name

        standard = self.standard

        unit = self.unit.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "formula": formula,
            "key": key,
            "kind": kind,
            "locale": locale,
            "name": name,
            "standard": standard,
            "unit": unit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formula = d.pop("formula")

        key = d.pop("key")

        kind = AnalyticsKpiKind(d.pop("kind"))




        locale = d.pop("locale")

        name = d.pop("name")

        standard = d.pop("standard")

        unit = AnalyticsKpiUnit(d.pop("unit"))




        analytics_kpi_public = cls(
            formula=formula,
            key=key,
            kind=kind,
            locale=locale,
            name=name,
            standard=standard,
            unit=unit,
        )


        analytics_kpi_public.additional_properties = d
        return analytics_kpi_public

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
