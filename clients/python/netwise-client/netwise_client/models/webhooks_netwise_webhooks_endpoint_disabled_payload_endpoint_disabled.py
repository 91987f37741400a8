from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseWebhooksEndpointDisabledPayloadEndpointDisabled")



@_attrs_define
class WebhooksNetwiseWebhooksEndpointDisabledPayloadEndpointDisabled:
    """ An endpoint kept failing for the configured period and gets no deliveries until an admin enables it.

        Attributes:
            disabled_at (datetime.datetime):
            endpoint_id (str):
            failing_since (datetime.datetime):
            pending_deliveries (int):
            url (str):
     """

    disabled_at: datetime.datetime
    endpoint_id: str
    failing_since: datetime.datetime
    pending_deliveries: int
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        disabled_at = self.disabled_at.isoformat()

        endpoint_id = self.endpoint_id

        failing_since = self.failing_since.isoformat()

        pending_deliveries = self.pending_deliveries

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "disabled_at": disabled_at,
            "endpoint_id": endpoint_id,
            "failing_since": failing_since,
            "pending_deliveries": pending_deliveries,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disabled_at = datetime.datetime.fromisoformat(d.pop("disabled_at"))




        endpoint_id = d.pop("endpoint_id")

        failing_since = datetime.datetime.fromisoformat(d.pop("failing_since"))




        pending_deliveries = d.pop("pending_deliveries")

        url = d.pop("url")

        webhooks_netwise_webhooks_endpoint_disabled_payload_endpoint_disabled = cls(
            disabled_at=disabled_at,
            endpoint_id=endpoint_id,
            failing_since=failing_since,
            pending_deliveries=pending_deliveries,
            url=url,
        )


        webhooks_netwise_webhooks_endpoint_disabled_payload_endpoint_disabled.additional_properties = d
        return webhooks_netwise_webhooks_endpoint_disabled_payload_endpoint_disabled

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
