from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.webhooks_job_function import WebhooksJobFunction
from ..models.webhooks_person_status import WebhooksPersonStatus
from ..models.webhooks_role import WebhooksRole
from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseIdentityPersonUpdatedPayloadPersonPublic")



@_attrs_define
class WebhooksNetwiseIdentityPersonUpdatedPayloadPersonPublic:
    """ 
        Attributes:
            created_at (datetime.datetime):
            email (str):
            id (str):
            job_function (WebhooksJobFunction): identity's job functions: part of its person events, so every service speaks
                the same ones.
            locale (None | str):
            manager_id (None | str):
            name (str):
            org_unit_id (None | str):
            roles (list[WebhooksRole]):
            status (WebhooksPersonStatus):
            updated_at (datetime.datetime):
            version (int):
     """

    created_at: datetime.datetime
    email: str
    id: str
    job_function: WebhooksJobFunction
    locale: None | str
    manager_id: None | str
    name: str
    org_unit_id: None | str
    roles: list[WebhooksRole]
    status: WebhooksPersonStatus
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        email = self.email

        id = self.id

        job_function = self.job_function.value

        locale: None | str
        locale = self.locale

        manager_id: None | str
        manager_id = self.manager_id

        name = self.name

        org_unit_id: None | str
        org_unit_id = self.org_unit_id

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)



        status = self.status.value

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "email": email,
            "id": id,
            "job_function": job_function,
            "locale": locale,
            "manager_id": manager_id,
            "name": name,
            "org_unit_id": org_unit_id,
            "roles": roles,
            "status": status,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        email = d.pop("email")

        id = d.pop("id")

        job_function = WebhooksJobFunction(d.pop("job_function"))




        def _parse_locale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locale = _parse_locale(d.pop("locale"))


        def _parse_manager_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        manager_id = _parse_manager_id(d.pop("manager_id"))


        name = d.pop("name")

        def _parse_org_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_unit_id = _parse_org_unit_id(d.pop("org_unit_id"))


        roles = []
        _roles = d.pop("roles")
        for roles_item_data in (_roles):
            roles_item = WebhooksRole(roles_item_data)



            roles.append(roles_item)


        status = WebhooksPersonStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        webhooks_netwise_identity_person_updated_payload_person_public = cls(
            created_at=created_at,
            email=email,
            id=id,
            job_function=job_function,
            locale=locale,
            manager_id=manager_id,
            name=name,
            org_unit_id=org_unit_id,
            roles=roles,
            status=status,
            updated_at=updated_at,
            version=version,
        )


        webhooks_netwise_identity_person_updated_payload_person_public.additional_properties = d
        return webhooks_netwise_identity_person_updated_payload_person_public

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
