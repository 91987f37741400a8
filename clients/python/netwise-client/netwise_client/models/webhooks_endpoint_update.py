from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.webhooks_endpoint_update_status import WebhooksEndpointUpdateStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="WebhooksEndpointUpdate")



@_attrs_define
class WebhooksEndpointUpdate:
    """ 
        Attributes:
            description (str | Unset):
            event_types (list[str] | Unset): Event types from `GET /v1/event-types`.
            personal_data (bool | Unset): Whether payloads may name people (ids, names, e-mail addresses); without it, the
                fields the event contract marks `x-personal-data` are left out.
            status (WebhooksEndpointUpdateStatus | Unset): `active` enables a disabled endpoint: its waiting deliveries go
                out at once.
            url (str | Unset):
     """

    description: str | Unset = UNSET
    event_types: list[str] | Unset = UNSET
    personal_data: bool | Unset = UNSET
    status: WebhooksEndpointUpdateStatus | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types



        personal_data = self.personal_data

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if description is not UNSET:
            field_dict["description"] = description
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if personal_data is not UNSET:
            field_dict["personal_data"] = personal_data
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        event_types = cast(list[str], d.pop("event_types", UNSET))


        personal_data = d.pop("personal_data", UNSET)

        _status = d.pop("status", UNSET)
        status: WebhooksEndpointUpdateStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = WebhooksEndpointUpdateStatus(_status)




        url = d.pop("url", UNSET)

        webhooks_endpoint_update = cls(
            description=description,
            event_types=event_types,
            personal_data=personal_data,
            status=status,
            url=url,
        )


        webhooks_endpoint_update.additional_properties = d
        return webhooks_endpoint_update

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
