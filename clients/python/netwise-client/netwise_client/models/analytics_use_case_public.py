from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_channel import AnalyticsChannel
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsUseCasePublic")



@_attrs_define
class AnalyticsUseCasePublic:
    """ 
        Attributes:
            business_value (str):
            channel (AnalyticsChannel): Where the work happened: the social networks plus the other ways an organisation
                communicates.
            created_at (datetime.datetime):
            id (str):
            kpi_keys (list[str]):
            org_unit_id (str):
            owner_id (str):
            purpose (str):
            version (int):
     """

    business_value: str
    channel: AnalyticsChannel
    created_at: datetime.datetime
    id: str
    kpi_keys: list[str]
    org_unit_id: str
    owner_id: str
    purpose: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        business_value = self.business_value

        channel = self.channel.value

        created_at = self.created_at.isoformat()

        id = self.id

        kpi_keys = self.kpi_keys



        org_unit_id = self.org_unit_id

        owner_id = self.owner_id

        purpose = self.purpose

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "business_value": business_value,
            "channel": channel,
            "created_at": created_at,
            "id": id,
            "kpi_keys": kpi_keys,
            "org_unit_id": org_unit_id,
            "owner_id": owner_id,
            "purpose": purpose,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_value = d.pop("business_value")

        channel = AnalyticsChannel(d.pop("channel"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        kpi_keys = cast(list[str], d.pop("kpi_keys"))


        org_unit_id = d.pop("org_unit_id")

        owner_id = d.pop("owner_id")

        purpose = d.pop("purpose")

        version = d.pop("version")

        analytics_use_case_public = cls(
            business_value=business_value,
            channel=channel,
            created_at=created_at,
            id=id,
            kpi_keys=kpi_keys,
            org_unit_id=org_unit_id,
            owner_id=owner_id,
            purpose=purpose,
            version=version,
        )


        analytics_use_case_public.additional_properties = d
        return analytics_use_case_public

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
