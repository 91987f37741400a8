from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseAdvocacyPostPublishedPayloadPostPublished")



@_attrs_define
class WebhooksNetwiseAdvocacyPostPublishedPayloadPostPublished:
    """ 
        Attributes:
            id (str):
            published_at (datetime.datetime):
            title (str):
            topic_id (str):
     """

    id: str
    published_at: datetime.datetime
    title: str
    topic_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        published_at = self.published_at.isoformat()

        title = self.title

        topic_id = self.topic_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "published_at": published_at,
            "title": title,
            "topic_id": topic_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))




        title = d.pop("title")

        topic_id = d.pop("topic_id")

        webhooks_netwise_advocacy_post_published_payload_post_published = cls(
            id=id,
            published_at=published_at,
            title=title,
            topic_id=topic_id,
        )


        webhooks_netwise_advocacy_post_published_payload_post_published.additional_properties = d
        return webhooks_netwise_advocacy_post_published_payload_post_published

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
