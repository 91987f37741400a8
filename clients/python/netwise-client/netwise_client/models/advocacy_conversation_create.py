from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_network import AdvocacyNetwork
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AdvocacyConversationCreate")



@_attrs_define
class AdvocacyConversationCreate:
    """ 
        Attributes:
            url (str):
            network (AdvocacyNetwork | None | Unset):
            note (None | str | Unset):
     """

    url: str
    network: AdvocacyNetwork | None | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        url = self.url

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, AdvocacyNetwork):
            network = self.network.value
        else:
            network = self.network

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "url": url,
        })
        if network is not UNSET:
            field_dict["network"] = network
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        def _parse_network(data: object) -> AdvocacyNetwork | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_type_0 = AdvocacyNetwork(data)



                return network_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvocacyNetwork | None | Unset, data)

        network = _parse_network(d.pop("network", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        advocacy_conversation_create = cls(
            url=url,
            network=network,
            note=note,
        )

        return advocacy_conversation_create

