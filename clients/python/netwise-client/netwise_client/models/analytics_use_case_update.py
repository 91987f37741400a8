from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AnalyticsUseCaseUpdate")



@_attrs_define
class AnalyticsUseCaseUpdate:
    """ 
        Attributes:
            business_value (str | Unset):
            kpi_keys (list[str] | Unset):
            owner_id (str | Unset):
            purpose (str | Unset):
     """

    business_value: str | Unset = UNSET
    kpi_keys: list[str] | Unset = UNSET
    owner_id: str | Unset = UNSET
    purpose: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        business_value = self.business_value

        kpi_keys: list[str] | Unset = UNSET
        if not isinstance(self.kpi_keys, Unset):
            kpi_keys = self.kpi_keys



        owner_id = self.owner_id

        purpose = self.purpose


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if business_value is not UNSET:
            field_dict["business_value"] = business_value
        if kpi_keys is not UNSET:
            field_dict["kpi_keys"] = kpi_keys
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_value = d.pop("business_value", UNSET)

        kpi_keys = cast(list[str], d.pop("kpi_keys", UNSET))


        owner_id = d.pop("owner_id", UNSET)

        purpose = d.pop("purpose", UNSET)

        analytics_use_case_update = cls(
            business_value=business_value,
            kpi_keys=kpi_keys,
            owner_id=owner_id,
            purpose=purpose,
        )

        return analytics_use_case_update

