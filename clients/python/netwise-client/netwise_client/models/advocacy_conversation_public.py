from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_conversation_status import AdvocacyConversationStatus
from ..models.advocacy_network import AdvocacyNetwork
from typing import cast
import datetime






T = TypeVar("T", bound="AdvocacyConversationPublic")



@_attrs_define
class AdvocacyConversationPublic:
    """ 
        Attributes:
            comms_note (None | str):
            created_at (datetime.datetime):
            handled_by (None | str):
            id (str):
            network (AdvocacyNetwork | None):
            note (None | str):
            reported_by (str):
            status (AdvocacyConversationStatus):
            updated_at (datetime.datetime):
            url (str):
            version (int):
     """

    comms_note: None | str
    created_at: datetime.datetime
    handled_by: None | str
    id: str
    network: AdvocacyNetwork | None
    note: None | str
    reported_by: str
    status: AdvocacyConversationStatus
    updated_at: datetime.datetime
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        comms_note: None | str
        comms_note = self.comms_note

        created_at = self.created_at.isoformat()

        handled_by: None | str
        handled_by = self.handled_by

        id = self.id

        network: None | str
        if isinstance(self.network, AdvocacyNetwork):
            network = self.network.value
        else:
            network = self.network

        note: None | str
        note = self.note

        reported_by = self.reported_by

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        url = self.url

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comms_note": comms_note,
            "created_at": created_at,
            "handled_by": handled_by,
            "id": id,
            "network": network,
            "note": note,
            "reported_by": reported_by,
            "status": status,
            "updated_at": updated_at,
            "url": url,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_comms_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comms_note = _parse_comms_note(d.pop("comms_note"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_handled_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        handled_by = _parse_handled_by(d.pop("handled_by"))


        id = d.pop("id")

        def _parse_network(data: object) -> AdvocacyNetwork | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_type_0 = AdvocacyNetwork(data)



                return network_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvocacyNetwork | None, data)

        network = _parse_network(d.pop("network"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        reported_by = d.pop("reported_by")

        status = AdvocacyConversationStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        url = d.pop("url")

        version = d.pop("version")

        advocacy_conversation_public = cls(
            comms_note=comms_note,
            created_at=created_at,
            handled_by=handled_by,
            id=id,
            network=network,
            note=note,
            reported_by=reported_by,
            status=status,
            updated_at=updated_at,
            url=url,
            version=version,
        )


        advocacy_conversation_public.additional_properties = d
        return advocacy_conversation_public

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
