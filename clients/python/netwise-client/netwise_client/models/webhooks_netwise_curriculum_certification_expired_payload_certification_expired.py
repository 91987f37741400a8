from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseCurriculumCertificationExpiredPayloadCertificationExpired")



@_attrs_define
class WebhooksNetwiseCurriculumCertificationExpiredPayloadCertificationExpired:
    """ 
        Attributes:
            certification_key (str):
            expired_at (datetime.datetime):
            id (str):
            person_id (str):
            track_id (str):
     """

    certification_key: str
    expired_at: datetime.datetime
    id: str
    person_id: str
    track_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        certification_key = self.certification_key

        expired_at = self.expired_at.isoformat()

        id = self.id

        person_id = self.person_id

        track_id = self.track_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certification_key": certification_key,
            "expired_at": expired_at,
            "id": id,
            "person_id": person_id,
            "track_id": track_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certification_key = d.pop("certification_key")

        expired_at = datetime.datetime.fromisoformat(d.pop("expired_at"))




        id = d.pop("id")

        person_id = d.pop("person_id")

        track_id = d.pop("track_id")

        webhooks_netwise_curriculum_certification_expired_payload_certification_expired = cls(
            certification_key=certification_key,
            expired_at=expired_at,
            id=id,
            person_id=person_id,
            track_id=track_id,
        )


        webhooks_netwise_curriculum_certification_expired_payload_certification_expired.additional_properties = d
        return webhooks_netwise_curriculum_certification_expired_payload_certification_expired

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
