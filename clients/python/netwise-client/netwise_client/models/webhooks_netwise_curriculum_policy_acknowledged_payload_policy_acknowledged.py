from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseCurriculumPolicyAcknowledgedPayloadPolicyAcknowledged")



@_attrs_define
class WebhooksNetwiseCurriculumPolicyAcknowledgedPayloadPolicyAcknowledged:
    """ 
        Attributes:
            acknowledged_at (datetime.datetime):
            major (int):
            person_id (str):
            policy_id (str):
            version (str):
     """

    acknowledged_at: datetime.datetime
    major: int
    person_id: str
    policy_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acknowledged_at = self.acknowledged_at.isoformat()

        major = self.major

        person_id = self.person_id

        policy_id = self.policy_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledged_at": acknowledged_at,
            "major": major,
            "person_id": person_id,
            "policy_id": policy_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged_at = datetime.datetime.fromisoformat(d.pop("acknowledged_at"))




        major = d.pop("major")

        person_id = d.pop("person_id")

        policy_id = d.pop("policy_id")

        version = d.pop("version")

        webhooks_netwise_curriculum_policy_acknowledged_payload_policy_acknowledged = cls(
            acknowledged_at=acknowledged_at,
            major=major,
            person_id=person_id,
            policy_id=policy_id,
            version=version,
        )


        webhooks_netwise_curriculum_policy_acknowledged_payload_policy_acknowledged.additional_properties = d
        return webhooks_netwise_curriculum_policy_acknowledged_payload_policy_acknowledged

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
