from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.identity_identify_by import IdentityIdentifyBy
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.identity_identity_provider_public_group_roles import IdentityIdentityProviderPublicGroupRoles
  from ..models.identity_identity_provider_public_group_units import IdentityIdentityProviderPublicGroupUnits





T = TypeVar("T", bound="IdentityIdentityProviderPublic")



@_attrs_define
class IdentityIdentityProviderPublic:
    """ 
        Attributes:
            allowed_domains (list[str]):
            callback_url (str): Register this redirect URI at the provider.
            client_id (str):
            client_secret_set (bool):
            create_unknown (bool):
            group_claim (str):
            group_roles (IdentityIdentityProviderPublicGroupRoles):
            group_units (IdentityIdentityProviderPublicGroupUnits):
            identify_by (IdentityIdentifyBy):
            issuer (str):
            scopes (list[str]):
            updated_at (datetime.datetime):
            version (int):
     """

    allowed_domains: list[str]
    callback_url: str
    client_id: str
    client_secret_set: bool
    create_unknown: bool
    group_claim: str
    group_roles: IdentityIdentityProviderPublicGroupRoles
    group_units: IdentityIdentityProviderPublicGroupUnits
    identify_by: IdentityIdentifyBy
    issuer: str
    scopes: list[str]
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.identity_identity_provider_public_group_roles import IdentityIdentityProviderPublicGroupRoles # noqa: PLC0415
        from ..models.identity_identity_provider_public_group_units import IdentityIdentityProviderPublicGroupUnits # noqa: PLC0415
        allowed_domains = self.allowed_domains



        callback_url = self.callback_url

        client_id = self.client_id

        client_secret_set = self.client_secret_set

        create_unknown = self.create_unknown

        group_claim = self.group_claim

        group_roles = self.group_roles.to_dict()

        group_units = self.group_units.to_dict()

        identify_by = self.identify_by.value

        issuer = self.issuer

        scopes = self.scopes



        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "allowed_domains": allowed_domains,
            "callback_url": callback_url,
            "client_id": client_id,
            "client_secret_set": client_secret_set,
            "create_unknown": create_unknown,
            "group_claim": group_claim,
            "group_roles": group_roles,
            "group_units": group_units,
            "identify_by": identify_by,
            "issuer": issuer,
            "scopes": scopes,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identity_identity_provider_public_group_roles import IdentityIdentityProviderPublicGroupRoles # noqa: PLC0415
        from ..models.identity_identity_provider_public_group_units import IdentityIdentityProviderPublicGroupUnits # noqa: PLC0415
        d = dict(src_dict)
        allowed_domains = cast(list[str], d.pop("allowed_domains"))


        callback_url = d.pop("callback_url")

        client_id = d.pop("client_id")

        client_secret_set = d.pop("client_secret_set")

        create_unknown = d.pop("create_unknown")

        group_claim = d.pop("group_claim")

        group_roles = IdentityIdentityProviderPublicGroupRoles.from_dict(d.pop("group_roles"))




        group_units = IdentityIdentityProviderPublicGroupUnits.from_dict(d.pop("group_units"))




        identify_by = IdentityIdentifyBy(d.pop("identify_by"))




        issuer = d.pop("issuer")

        scopes = cast(list[str], d.pop("scopes"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        identity_identity_provider_public = cls(
            allowed_domains=allowed_domains,
            callback_url=callback_url,
            client_id=client_id,
            client_secret_set=client_secret_set,
            create_unknown=create_unknown,
            group_claim=group_claim,
            group_roles=group_roles,
            group_units=group_units,
            identify_by=identify_by,
            issuer=issuer,
            scopes=scopes,
            updated_at=updated_at,
            version=version,
        )


        identity_identity_provider_public.additional_properties = d
        return identity_identity_provider_public

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
