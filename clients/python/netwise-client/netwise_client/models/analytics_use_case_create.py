from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_channel import AnalyticsChannel
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AnalyticsUseCaseCreate")



@_attrs_define
class AnalyticsUseCaseCreate:
    """ 
        Attributes:
            business_value (str):
            channel (AnalyticsChannel): Where the work happened: the social networks plus the other ways an organisation
                communicates.
            org_unit_id (str):
            owner_id (str):
            purpose (str):
            kpi_keys (list[str] | Unset):
     """

    business_value: str
    channel: AnalyticsChannel
    org_unit_id: str
    owner_id: str
    purpose: str
    kpi_keys: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        business_value = self.business_value

        channel = self.channel.value

        org_unit_id = self.org_unit_id

        owner_id = self.owner_id

        purpose = self.purpose

        kpi_keys: list[str] | Unset = UNSET
        if not isinstance(self.kpi_keys, Unset):
            kpi_keys = self.kpi_keys




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "business_value": business_value,
            "channel": channel,
            "org_unit_id": org_unit_id,
            "owner_id": owner_id,
            "purpose": purpose,
        })
        if kpi_keys is not UNSET:
            field_dict["kpi_keys"] = kpi_keys

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_value = d.pop("business_value")

        channel = AnalyticsChannel(d.pop("channel"))




        org_unit_id = d.pop("org_unit_id")

        owner_id = d.pop("owner_id")

        purpose = d.pop("purpose")

        kpi_keys = cast(list[str], d.pop("kpi_keys", UNSET))


        analytics_use_case_create = cls(
            business_value=business_value,
            channel=channel,
            org_unit_id=org_unit_id,
            owner_id=owner_id,
            purpose=purpose,
            kpi_keys=kpi_keys,
        )

        return analytics_use_case_create

