from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="IdentitySignInTokens")



@_attrs_define
class IdentitySignInTokens:
    """ 
        Attributes:
            access_token (str):
            expires_in (int):
            issued_token_type (None | str | Unset):
            refresh_token (None | str | Unset):
            scope (str | Unset):  Default: ''.
            token_type (str | Unset):  Default: 'Bearer'.
     """

    access_token: str
    expires_in: int
    issued_token_type: None | str | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    scope: str | Unset = ''
    token_type: str | Unset = 'Bearer'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        issued_token_type: None | str | Unset
        if isinstance(self.issued_token_type, Unset):
            issued_token_type = UNSET
        else:
            issued_token_type = self.issued_token_type

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        scope = self.scope

        token_type = self.token_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "access_token": access_token,
            "expires_in": expires_in,
        })
        if issued_token_type is not UNSET:
            field_dict["issued_token_type"] = issued_token_type
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        def _parse_issued_token_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issued_token_type = _parse_issued_token_type(d.pop("issued_token_type", UNSET))


        def _parse_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_token = _parse_refresh_token(d.pop("refresh_token", UNSET))


        scope = d.pop("scope", UNSET)

        token_type = d.pop("token_type", UNSET)

        identity_sign_in_tokens = cls(
            access_token=access_token,
            expires_in=expires_in,
            issued_token_type=issued_token_type,
            refresh_token=refresh_token,
            scope=scope,
            token_type=token_type,
        )


        identity_sign_in_tokens.additional_properties = d
        return identity_sign_in_tokens

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
