from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseCurriculumPolicyPublishedPayloadPolicyPublished")



@_attrs_define
class WebhooksNetwiseCurriculumPolicyPublishedPayloadPolicyPublished:
    """ 
        Attributes:
            major (int):
            policy_id (str):
            published_at (datetime.datetime):
            requires_acknowledgement (bool):
            version (str):
     """

    major: int
    policy_id: str
    published_at: datetime.datetime
    requires_acknowledgement: bool
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        major = self.major

        policy_id = self.policy_id

        published_at = self.published_at.isoformat()

        requires_acknowledgement = self.requires_acknowledgement

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "major": major,
            "policy_id": policy_id,
            "published_at": published_at,
            "requires_acknowledgement": requires_acknowledgement,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        major = d.pop("major")

        policy_id = d.pop("policy_id")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))




        requires_acknowledgement = d.pop("requires_acknowledgement")

        version = d.pop("version")

        webhooks_netwise_curriculum_policy_published_payload_policy_published = cls(
            major=major,
            policy_id=policy_id,
            published_at=published_at,
            requires_acknowledgement=requires_acknowledgement,
            version=version,
        )


        webhooks_netwise_curriculum_policy_published_payload_policy_published.additional_properties = d
        return webhooks_netwise_curriculum_policy_published_payload_policy_published

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
