from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_kpi_unit import AnalyticsKpiUnit
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_kpi_create_formulas import AnalyticsKpiCreateFormulas
  from ..models.analytics_kpi_create_names import AnalyticsKpiCreateNames





T = TypeVar("T", bound="AnalyticsKpiCreate")



@_attrs_define
class AnalyticsKpiCreate:
    """ 
        Attributes:
            formulas (AnalyticsKpiCreateFormulas):
            key (str):
            names (AnalyticsKpiCreateNames):
            unit (AnalyticsKpiUnit | Unset):
     """

    formulas: AnalyticsKpiCreateFormulas
    key: str
    names: AnalyticsKpiCreateNames
    unit: AnalyticsKpiUnit | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_kpi_create_formulas import AnalyticsKpiCreateFormulas # noqa: PLC0415
        from ..models.analytics_kpi_create_names import AnalyticsKpiCreateNames # noqa: PLC0415
        formulas = self.formulas.to_dict()

        key = self.key

        names = self.names.to_dict()

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "formulas": formulas,
            "key": key,
            "names": names,
        })
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_kpi_create_formulas import AnalyticsKpiCreateFormulas # noqa: PLC0415
        from ..models.analytics_kpi_create_names import AnalyticsKpiCreateNames # noqa: PLC0415
        d = dict(src_dict)
        formulas = AnalyticsKpiCreateFormulas.from_dict(d.pop("formulas"))




        key = d.pop("key")

        names = AnalyticsKpiCreateNames.from_dict(d.pop("names"))




        _unit = d.pop("unit", UNSET)
        unit: AnalyticsKpiUnit | Unset
        if isinstance(_unit,  Unset):
            unit = UNSET
        else:
            unit = AnalyticsKpiUnit(_unit)




        analytics_kpi_create = cls(
            formulas=formulas,
            key=key,
            names=names,
            unit=unit,
        )

        return analytics_kpi_create

