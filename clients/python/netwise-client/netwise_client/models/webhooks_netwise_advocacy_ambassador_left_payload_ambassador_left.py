from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseAdvocacyAmbassadorLeftPayloadAmbassadorLeft")



@_attrs_define
class WebhooksNetwiseAdvocacyAmbassadorLeftPayloadAmbassadorLeft:
    """ 
        Attributes:
            left_at (datetime.datetime):
            person_id (str):
     """

    left_at: datetime.datetime
    person_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        left_at = self.left_at.isoformat()

        person_id = self.person_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "left_at": left_at,
            "person_id": person_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        left_at = datetime.datetime.fromisoformat(d.pop("left_at"))




        person_id = d.pop("person_id")

        webhooks_netwise_advocacy_ambassador_left_payload_ambassador_left = cls(
            left_at=left_at,
            person_id=person_id,
        )


        webhooks_netwise_advocacy_ambassador_left_payload_ambassador_left.additional_properties = d
        return webhooks_netwise_advocacy_ambassador_left_payload_ambassador_left

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
