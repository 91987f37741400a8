from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.identity_organisation_update_currency import IdentityOrganisationUpdateCurrency
from ..types import UNSET, Unset






T = TypeVar("T", bound="IdentityOrganisationUpdate")



@_attrs_define
class IdentityOrganisationUpdate:
    """ 
        Attributes:
            currency (IdentityOrganisationUpdateCurrency | Unset): ISO 4217 code, e.g. SEK
            default_locale (str | Unset): BCP 47 language tag, e.g. sv-SE
            min_group_size (int | Unset):
            name (str | Unset):
            timezone (str | Unset):
     """

    currency: IdentityOrganisationUpdateCurrency | Unset = UNSET
    default_locale: str | Unset = UNSET
    min_group_size: int | Unset = UNSET
    name: str | Unset = UNSET
    timezone: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value


        default_locale = self.default_locale

        min_group_size = self.min_group_size

        name = self.name

        timezone = self.timezone


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if currency is not UNSET:
            field_dict["currency"] = currency
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale
        if min_group_size is not UNSET:
            field_dict["min_group_size"] = min_group_size
        if name is not UNSET:
            field_dict["name"] = name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: IdentityOrganisationUpdateCurrency | Unset
        if isinstance(_currency,  Unset):
            currency = UNSET
        else:
            currency = IdentityOrganisationUpdateCurrency(_currency)




        default_locale = d.pop("default_locale", UNSET)

        min_group_size = d.pop("min_group_size", UNSET)

        name = d.pop("name", UNSET)

        timezone = d.pop("timezone", UNSET)

        identity_organisation_update = cls(
            currency=currency,
            default_locale=default_locale,
            min_group_size=min_group_size,
            name=name,
            timezone=timezone,
        )

        return identity_organisation_update

