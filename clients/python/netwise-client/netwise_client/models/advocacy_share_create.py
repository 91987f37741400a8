from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_network import AdvocacyNetwork






T = TypeVar("T", bound="AdvocacyShareCreate")



@_attrs_define
class AdvocacyShareCreate:
    """ 
        Attributes:
            network (AdvocacyNetwork):
     """

    network: AdvocacyNetwork





    def to_dict(self) -> dict[str, Any]:
        network = self.network.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "network": network,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network = AdvocacyNetwork(d.pop("network"))




        advocacy_share_create = cls(
            network=network,
        )

        return advocacy_share_create

