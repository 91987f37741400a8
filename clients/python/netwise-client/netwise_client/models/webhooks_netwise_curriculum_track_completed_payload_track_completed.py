from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseCurriculumTrackCompletedPayloadTrackCompleted")



@_attrs_define
class WebhooksNetwiseCurriculumTrackCompletedPayloadTrackCompleted:
    """ 
        Attributes:
            completed_at (datetime.datetime):
            person_id (str):
            track_id (str):
     """

    completed_at: datetime.datetime
    person_id: str
    track_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        completed_at = self.completed_at.isoformat()

        person_id = self.person_id

        track_id = self.track_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completed_at": completed_at,
            "person_id": person_id,
            "track_id": track_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))




        person_id = d.pop("person_id")

        track_id = d.pop("track_id")

        webhooks_netwise_curriculum_track_completed_payload_track_completed = cls(
            completed_at=completed_at,
            person_id=person_id,
            track_id=track_id,
        )


        webhooks_netwise_curriculum_track_completed_payload_track_completed.additional_properties = d
        return webhooks_netwise_curriculum_track_completed_payload_track_completed

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
