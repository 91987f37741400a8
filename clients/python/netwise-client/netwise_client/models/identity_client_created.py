from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.identity_scope import IdentityScope
from typing import cast
import datetime






T = TypeVar("T", bound="IdentityClientCreated")



@_attrs_define
class IdentityClientCreated:
    """ 
        Attributes:
            client_secret (str): Shown once; only a hash is kept.
            created_at (datetime.datetime):
            id (str): The client_id.
            name (str):
            revoked_at (datetime.datetime | None):
            scopes (list[IdentityScope]):
     """

    client_secret: str
    created_at: datetime.datetime
    id: str
    name: str
    revoked_at: datetime.datetime | None
    scopes: list[IdentityScope]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        client_secret = self.client_secret

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




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client_secret": client_secret,
            "created_at": created_at,
            "id": id,
            "name": name,
            "revoked_at": revoked_at,
            "scopes": scopes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_secret = d.pop("client_secret")

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
            scopes_item = IdentityScope(scopes_item_data)



            scopes.append(scopes_item)


        identity_client_created = cls(
            client_secret=client_secret,
            created_at=created_at,
            id=id,
            name=name,
            revoked_at=revoked_at,
            scopes=scopes,
        )


        identity_client_created.additional_properties = d
        return identity_client_created

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
