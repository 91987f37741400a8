from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseAdvocacyProgrammeUpdatedPayloadProgrammeUpdated")



@_attrs_define
class WebhooksNetwiseAdvocacyProgrammeUpdatedPayloadProgrammeUpdated:
    """ The programme's settings other services use: analytics values shares and clicks with these rates.

    Sent on every saved change; `version` grows with each, so a consumer keeps the highest it has seen.

        Attributes:
            earned_media_cpc_minor (int): Value of one click, in minor units.
            earned_media_cpm_minor (int): Value of 1000 potential impressions, in minor units.
            updated_at (datetime.datetime):
            version (int):
     """

    earned_media_cpc_minor: int
    earned_media_cpm_minor: int
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        earned_media_cpc_minor = self.earned_media_cpc_minor

        earned_media_cpm_minor = self.earned_media_cpm_minor

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "earned_media_cpc_minor": earned_media_cpc_minor,
            "earned_media_cpm_minor": earned_media_cpm_minor,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        earned_media_cpc_minor = d.pop("earned_media_cpc_minor")

        earned_media_cpm_minor = d.pop("earned_media_cpm_minor")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        webhooks_netwise_advocacy_programme_updated_payload_programme_updated = cls(
            earned_media_cpc_minor=earned_media_cpc_minor,
            earned_media_cpm_minor=earned_media_cpm_minor,
            updated_at=updated_at,
            version=version,
        )


        webhooks_netwise_advocacy_programme_updated_payload_programme_updated.additional_properties = d
        return webhooks_netwise_advocacy_programme_updated_payload_programme_updated

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
