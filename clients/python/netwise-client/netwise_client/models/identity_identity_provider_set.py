from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.identity_identify_by import IdentityIdentifyBy
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.identity_identity_provider_set_group_roles import IdentityIdentityProviderSetGroupRoles
  from ..models.identity_identity_provider_set_group_units import IdentityIdentityProviderSetGroupUnits





T = TypeVar("T", bound="IdentityIdentityProviderSet")



@_attrs_define
class IdentityIdentityProviderSet:
    """ The organisation's OpenID provider; its discovery document is fetched and checked before it is saved.

        Attributes:
            client_id (str):
            issuer (str):
            allowed_domains (list[str] | Unset): E-mail domains that may sign in; empty: any
            client_secret (None | str | Unset): Write-only: never returned. Omit it to keep the one saved.
            create_unknown (bool | Unset): Create a person (a learner) at the first sign-in of someone who is not in the
                directory yet. Default: False.
            group_claim (str | Unset):  Default: 'groups'.
            group_roles (IdentityIdentityProviderSetGroupRoles | Unset): Group (as the provider names it in `group_claim`) →
                the roles it gives. When set, these roles follow the groups at every sign-in.
            group_units (IdentityIdentityProviderSetGroupUnits | Unset): Group → the org unit its members belong to, set at
                every sign-in.
            identify_by (IdentityIdentifyBy | Unset):
            scopes (list[str] | Unset):
     """

    client_id: str
    issuer: str
    allowed_domains: list[str] | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    create_unknown: bool | Unset = False
    group_claim: str | Unset = 'groups'
    group_roles: IdentityIdentityProviderSetGroupRoles | Unset = UNSET
    group_units: IdentityIdentityProviderSetGroupUnits | Unset = UNSET
    identify_by: IdentityIdentifyBy | Unset = UNSET
    scopes: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.identity_identity_provider_set_group_roles import IdentityIdentityProviderSetGroupRoles # noqa: PLC0415
        from ..models.identity_identity_provider_set_group_units import IdentityIdentityProviderSetGroupUnits # noqa: PLC0415
        client_id = self.client_id

        issuer = self.issuer

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains



        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        create_unknown = self.create_unknown

        group_claim = self.group_claim

        group_roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_roles, Unset):
            group_roles = self.group_roles.to_dict()

        group_units: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_units, Unset):
            group_units = self.group_units.to_dict()

        identify_by: str | Unset = UNSET
        if not isinstance(self.identify_by, Unset):
            identify_by = self.identify_by.value


        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "client_id": client_id,
            "issuer": issuer,
        })
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if create_unknown is not UNSET:
            field_dict["create_unknown"] = create_unknown
        if group_claim is not UNSET:
            field_dict["group_claim"] = group_claim
        if group_roles is not UNSET:
            field_dict["group_roles"] = group_roles
        if group_units is not UNSET:
            field_dict["group_units"] = group_units
        if identify_by is not UNSET:
            field_dict["identify_by"] = identify_by
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identity_identity_provider_set_group_roles import IdentityIdentityProviderSetGroupRoles # noqa: PLC0415
        from ..models.identity_identity_provider_set_group_units import IdentityIdentityProviderSetGroupUnits # noqa: PLC0415
        d = dict(src_dict)
        client_id = d.pop("client_id")

        issuer = d.pop("issuer")

        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))


        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))


        create_unknown = d.pop("create_unknown", UNSET)

        group_claim = d.pop("group_claim", UNSET)

        _group_roles = d.pop("group_roles", UNSET)
        group_roles: IdentityIdentityProviderSetGroupRoles | Unset
        if isinstance(_group_roles,  Unset):
            group_roles = UNSET
        else:
            group_roles = IdentityIdentityProviderSetGroupRoles.from_dict(_group_roles)




        _group_units = d.pop("group_units", UNSET)
        group_units: IdentityIdentityProviderSetGroupUnits | Unset
        if isinstance(_group_units,  Unset):
            group_units = UNSET
        else:
            group_units = IdentityIdentityProviderSetGroupUnits.from_dict(_group_units)




        _identify_by = d.pop("identify_by", UNSET)
        identify_by: IdentityIdentifyBy | Unset
        if isinstance(_identify_by,  Unset):
            identify_by = UNSET
        else:
            identify_by = IdentityIdentifyBy(_identify_by)




        scopes = cast(list[str], d.pop("scopes", UNSET))


        identity_identity_provider_set = cls(
            client_id=client_id,
            issuer=issuer,
            allowed_domains=allowed_domains,
            client_secret=client_secret,
            create_unknown=create_unknown,
            group_claim=group_claim,
            group_roles=group_roles,
            group_units=group_units,
            identify_by=identify_by,
            scopes=scopes,
        )

        return identity_identity_provider_set

