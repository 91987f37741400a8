from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.identity_role import IdentityRole
from typing import cast






T = TypeVar("T", bound="IdentityRolesUpdate")



@_attrs_define
class IdentityRolesUpdate:
    """ 
        Attributes:
            roles (list[IdentityRole]):
     """

    roles: list[IdentityRole]





    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "roles": roles,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        roles = []
        _roles = d.pop("roles")
        for roles_item_data in (_roles):
            roles_item = IdentityRole(roles_item_data)



            roles.append(roles_item)


        identity_roles_update = cls(
            roles=roles,
        )

        return identity_roles_update

