from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.identity_job_function import IdentityJobFunction
from ..models.identity_role import IdentityRole
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="IdentityPersonCreate")



@_attrs_define
class IdentityPersonCreate:
    """ 
        Attributes:
            email (str):
            job_function (IdentityJobFunction): identity's job functions: part of its person events, so every service speaks
                the same ones.
            name (str):
            locale (None | str | Unset):
            manager_id (None | str | Unset):
            org_unit_id (None | str | Unset):
            roles (list[IdentityRole] | Unset):
     """

    email: str
    job_function: IdentityJobFunction
    name: str
    locale: None | str | Unset = UNSET
    manager_id: None | str | Unset = UNSET
    org_unit_id: None | str | Unset = UNSET
    roles: list[IdentityRole] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        email = self.email

        job_function = self.job_function.value

        name = self.name

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        manager_id: None | str | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        else:
            manager_id = self.manager_id

        org_unit_id: None | str | Unset
        if isinstance(self.org_unit_id, Unset):
            org_unit_id = UNSET
        else:
            org_unit_id = self.org_unit_id

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "email": email,
            "job_function": job_function,
            "name": name,
        })
        if locale is not UNSET:
            field_dict["locale"] = locale
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if org_unit_id is not UNSET:
            field_dict["org_unit_id"] = org_unit_id
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        job_function = IdentityJobFunction(d.pop("job_function"))




        name = d.pop("name")

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))


        def _parse_manager_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manager_id = _parse_manager_id(d.pop("manager_id", UNSET))


        def _parse_org_unit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_unit_id = _parse_org_unit_id(d.pop("org_unit_id", UNSET))


        _roles = d.pop("roles", UNSET)
        roles: list[IdentityRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = IdentityRole(roles_item_data)



                roles.append(roles_item)


        identity_person_create = cls(
            email=email,
            job_function=job_function,
            name=name,
            locale=locale,
            manager_id=manager_id,
            org_unit_id=org_unit_id,
            roles=roles,
        )

        return identity_person_create

