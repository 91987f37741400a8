from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_network import AdvocacyNetwork
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AdvocacyNetworkAccount")



@_attrs_define
class AdvocacyNetworkAccount:
    """ 
        Attributes:
            network (AdvocacyNetwork):
            followers (int | None | Unset): Optional; used for potential reach.
            handle (None | str | Unset):
     """

    network: AdvocacyNetwork
    followers: int | None | Unset = UNSET
    handle: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        network = self.network.value

        followers: int | None | Unset
        if isinstance(self.followers, Unset):
            followers = UNSET
        else:
            followers = self.followers

        handle: None | str | Unset
        if isinstance(self.handle, Unset):
            handle = UNSET
        else:
            handle = self.handle


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "network": network,
        })
        if followers is not UNSET:
            field_dict["followers"] = followers
        if handle is not UNSET:
            field_dict["handle"] = handle

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network = AdvocacyNetwork(d.pop("network"))




        def _parse_followers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        followers = _parse_followers(d.pop("followers", UNSET))


        def _parse_handle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handle = _parse_handle(d.pop("handle", UNSET))


        advocacy_network_account = cls(
            network=network,
            followers=followers,
            handle=handle,
        )

        return advocacy_network_account

