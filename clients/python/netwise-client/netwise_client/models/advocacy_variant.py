from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_network import AdvocacyNetwork






T = TypeVar("T", bound="AdvocacyVariant")



@_attrs_define
class AdvocacyVariant:
    """ 
        Attributes:
            locale (str): BCP 47 language tag, e.g. sv-SE
            network (AdvocacyNetwork):
            text (str):
     """

    locale: str
    network: AdvocacyNetwork
    text: str





    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        network = self.network.value

        text = self.text


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "locale": locale,
            "network": network,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        locale = d.pop("locale")

        network = AdvocacyNetwork(d.pop("network"))




        text = d.pop("text")

        advocacy_variant = cls(
            locale=locale,
            network=network,
            text=text,
        )

        return advocacy_variant

