from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseAdvocacyConversationFlaggedPayloadConversationFlagged")



@_attrs_define
class WebhooksNetwiseAdvocacyConversationFlaggedPayloadConversationFlagged:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (str):
            reported_by (str):
            url (str):
     """

    created_at: datetime.datetime
    id: str
    reported_by: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        reported_by = self.reported_by

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "reported_by": reported_by,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        reported_by = d.pop("reported_by")

        url = d.pop("url")

        webhooks_netwise_advocacy_conversation_flagged_payload_conversation_flagged = cls(
            created_at=created_at,
            id=id,
            reported_by=reported_by,
            url=url,
        )


        webhooks_netwise_advocacy_conversation_flagged_payload_conversation_flagged.additional_properties = d
        return webhooks_netwise_advocacy_conversation_flagged_payload_conversation_flagged

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
