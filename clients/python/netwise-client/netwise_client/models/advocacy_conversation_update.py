from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_conversation_status import AdvocacyConversationStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AdvocacyConversationUpdate")



@_attrs_define
class AdvocacyConversationUpdate:
    """ 
        Attributes:
            status (AdvocacyConversationStatus):
            comms_note (None | str | Unset):
     """

    status: AdvocacyConversationStatus
    comms_note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        comms_note: None | str | Unset
        if isinstance(self.comms_note, Unset):
            comms_note = UNSET
        else:
            comms_note = self.comms_note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })
        if comms_note is not UNSET:
            field_dict["comms_note"] = comms_note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = AdvocacyConversationStatus(d.pop("status"))




        def _parse_comms_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comms_note = _parse_comms_note(d.pop("comms_note", UNSET))


        advocacy_conversation_update = cls(
            status=status,
            comms_note=comms_note,
        )

        return advocacy_conversation_update

