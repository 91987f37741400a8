from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseIdentityOrgUnitUpdatedPayloadOrgUnitPublic")



@_attrs_define
class WebhooksNetwiseIdentityOrgUnitUpdatedPayloadOrgUnitPublic:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (str):
            name (str):
            parent_id (None | str):
            version (int):
     """

    created_at: datetime.datetime
    id: str
    name: str
    parent_id: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        parent_id: None | str
        parent_id = self.parent_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "name": name,
            "parent_id": parent_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))


        version = d.pop("version")

        webhooks_netwise_identity_org_unit_updated_payload_org_unit_public = cls(
            created_at=created_at,
            id=id,
            name=name,
            parent_id=parent_id,
            version=version,
        )


        webhooks_netwise_identity_org_unit_updated_payload_org_unit_public.additional_properties = d
        return webhooks_netwise_identity_org_unit_updated_payload_org_unit_public

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
