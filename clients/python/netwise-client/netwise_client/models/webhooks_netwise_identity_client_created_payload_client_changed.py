from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.webhooks_client_status import WebhooksClientStatus
from ..models.webhooks_scope import WebhooksScope
from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseIdentityClientCreatedPayloadClientChanged")



@_attrs_define
class WebhooksNetwiseIdentityClientCreatedPayloadClientChanged:
    """ The data of identity's client events: what a service needs to refuse a revoked client's tokens.

        Attributes:
            created_at (datetime.datetime):
            id (str): The client_id.
            name (str):
            revoked_at (datetime.datetime | None):
            scopes (list[WebhooksScope]):
            status (WebhooksClientStatus):
            version (int):
     """

    created_at: datetime.datetime
    id: str
    name: str
    revoked_at: datetime.datetime | None
    scopes: list[WebhooksScope]
    status: WebhooksClientStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)



        status = self.status.value

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "name": name,
            "revoked_at": revoked_at,
            "scopes": scopes,
            "status": status,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        name = d.pop("name")

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))


        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in (_scopes):
            scopes_item = WebhooksScope(scopes_item_data)



            scopes.append(scopes_item)


        status = WebhooksClientStatus(d.pop("status"))




        version = d.pop("version")

        webhooks_netwise_identity_client_created_payload_client_changed = cls(
            created_at=created_at,
            id=id,
            name=name,
            revoked_at=revoked_at,
            scopes=scopes,
            status=status,
            version=version,
        )


        webhooks_netwise_identity_client_created_payload_client_changed.additional_properties = d
        return webhooks_netwise_identity_client_created_payload_client_changed

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
