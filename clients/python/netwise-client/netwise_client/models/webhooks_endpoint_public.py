from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.webhooks_endpoint_public_status import WebhooksEndpointPublicStatus
from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksEndpointPublic")



@_attrs_define
class WebhooksEndpointPublic:
    """ 
        Attributes:
            created_at (datetime.datetime):
            description (str):
            disabled_at (datetime.datetime | None):
            event_types (list[str]):
            failing_since (datetime.datetime | None): Since when every attempt has failed; null when the last one succeeded.
            id (str):
            personal_data (bool):
            status (WebhooksEndpointPublicStatus):
            url (str):
            version (int):
     """

    created_at: datetime.datetime
    description: str
    disabled_at: datetime.datetime | None
    event_types: list[str]
    failing_since: datetime.datetime | None
    id: str
    personal_data: bool
    status: WebhooksEndpointPublicStatus
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        event_types = self.event_types



        failing_since: None | str
        if isinstance(self.failing_since, datetime.datetime):
            failing_since = self.failing_since.isoformat()
        else:
            failing_since = self.failing_since

        id = self.id

        personal_data = self.personal_data

        status = self.status.value

        url = self.url

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "description": description,
            "disabled_at": disabled_at,
            "event_types": event_types,
            "failing_since": failing_since,
            "id": id,
            "personal_data": personal_data,
            "status": status,
            "url": url,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        description = d.pop("description")

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)



                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))


        event_types = cast(list[str], d.pop("event_types"))


        def _parse_failing_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failing_since_type_0 = datetime.datetime.fromisoformat(data)



                return failing_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failing_since = _parse_failing_since(d.pop("failing_since"))


        id = d.pop("id")

        personal_data = d.pop("personal_data")

        status = WebhooksEndpointPublicStatus(d.pop("status"))




        url = d.pop("url")

        version = d.pop("version")

        webhooks_endpoint_public = cls(
            created_at=created_at,
            description=description,
            disabled_at=disabled_at,
            event_types=event_types,
            failing_since=failing_since,
            id=id,
            personal_data=personal_data,
            status=status,
            url=url,
            version=version,
        )


        webhooks_endpoint_public.additional_properties = d
        return webhooks_endpoint_public

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
