from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseIdentityOrganisationCreatedPayloadOrganisationPublic")



@_attrs_define
class WebhooksNetwiseIdentityOrganisationCreatedPayloadOrganisationPublic:
    """ 
        Attributes:
            created_at (datetime.datetime):
            currency (str):
            default_locale (str):
            id (str):
            min_group_size (int): Aggregates over fewer people than this are suppressed.
            name (str):
            slug (str):
            timezone (str):
            version (int):
     """

    created_at: datetime.datetime
    currency: str
    default_locale: str
    id: str
    min_group_size: int
    name: str
    slug: str
    timezone: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        currency = self.currency

        default_locale = self.default_locale

        id = self.id

        min_group_size = self.min_group_size

        name = self.name

        slug = self.slug

        timezone = self.timezone

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "currency": currency,
            "default_locale": default_locale,
            "id": id,
            "min_group_size": min_group_size,
            "name": name,
            "slug": slug,
            "timezone": timezone,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        currency = d.pop("currency")

        default_locale = d.pop("default_locale")

        id = d.pop("id")

        min_group_size = d.pop("min_group_size")

        name = d.pop("name")

        slug = d.pop("slug")

        timezone = d.pop("timezone")

        version = d.pop("version")

        webhooks_netwise_identity_organisation_created_payload_organisation_public = cls(
            created_at=created_at,
            currency=currency,
            default_locale=default_locale,
            id=id,
            min_group_size=min_group_size,
            name=name,
            slug=slug,
            timezone=timezone,
            version=version,
        )


        webhooks_netwise_identity_organisation_created_payload_organisation_public.additional_properties = d
        return webhooks_netwise_identity_organisation_created_payload_organisation_public

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
