from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.webhooks_network import WebhooksNetwork
from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseAdvocacyShareCreatedPayloadShareCreated")



@_attrs_define
class WebhooksNetwiseAdvocacyShareCreatedPayloadShareCreated:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (str):
            network (WebhooksNetwork):
            person_id (str):
            post_id (str):
            potential_reach (int):
            topic_id (str):
     """

    created_at: datetime.datetime
    id: str
    network: WebhooksNetwork
    person_id: str
    post_id: str
    potential_reach: int
    topic_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        network = self.network.value

        person_id = self.person_id

        post_id = self.post_id

        potential_reach = self.potential_reach

        topic_id = self.topic_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "network": network,
            "person_id": person_id,
            "post_id": post_id,
            "potential_reach": potential_reach,
            "topic_id": topic_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        network = WebhooksNetwork(d.pop("network"))




        person_id = d.pop("person_id")

        post_id = d.pop("post_id")

        potential_reach = d.pop("potential_reach")

        topic_id = d.pop("topic_id")

        webhooks_netwise_advocacy_share_created_payload_share_created = cls(
            created_at=created_at,
            id=id,
            network=network,
            person_id=person_id,
            post_id=post_id,
            potential_reach=potential_reach,
            topic_id=topic_id,
        )


        webhooks_netwise_advocacy_share_created_payload_share_created.additional_properties = d
        return webhooks_netwise_advocacy_share_created_payload_share_created

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
