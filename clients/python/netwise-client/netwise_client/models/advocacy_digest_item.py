from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_network import AdvocacyNetwork
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.advocacy_digest_item_share_links import AdvocacyDigestItemShareLinks
  from ..models.advocacy_digest_item_texts import AdvocacyDigestItemTexts





T = TypeVar("T", bound="AdvocacyDigestItem")



@_attrs_define
class AdvocacyDigestItem:
    """ 
        Attributes:
            link (str):
            networks (list[AdvocacyNetwork]): The person's networks this post has a variant for.
            post_id (str):
            priority (int):
            published_at (datetime.datetime | None):
            texts (AdvocacyDigestItemTexts): Variant text per network, in the served locale.
            title (str):
            topic (str):
            share_links (AdvocacyDigestItemShareLinks | Unset): Per network, the signed link in the mail that makes a
                tracked share (a short link) and opens the network's share dialog; it works without signing in.
     """

    link: str
    networks: list[AdvocacyNetwork]
    post_id: str
    priority: int
    published_at: datetime.datetime | None
    texts: AdvocacyDigestItemTexts
    title: str
    topic: str
    share_links: AdvocacyDigestItemShareLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.advocacy_digest_item_share_links import AdvocacyDigestItemShareLinks # noqa: PLC0415
        from ..models.advocacy_digest_item_texts import AdvocacyDigestItemTexts # noqa: PLC0415
        link = self.link

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.value
            networks.append(networks_item)



        post_id = self.post_id

        priority = self.priority

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        texts = self.texts.to_dict()

        title = self.title

        topic = self.topic

        share_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.share_links, Unset):
            share_links = self.share_links.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "link": link,
            "networks": networks,
            "post_id": post_id,
            "priority": priority,
            "published_at": published_at,
            "texts": texts,
            "title": title,
            "topic": topic,
        })
        if share_links is not UNSET:
            field_dict["share_links"] = share_links

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advocacy_digest_item_share_links import AdvocacyDigestItemShareLinks # noqa: PLC0415
        from ..models.advocacy_digest_item_texts import AdvocacyDigestItemTexts # noqa: PLC0415
        d = dict(src_dict)
        link = d.pop("link")

        networks = []
        _networks = d.pop("networks")
        for networks_item_data in (_networks):
            networks_item = AdvocacyNetwork(networks_item_data)



            networks.append(networks_item)


        post_id = d.pop("post_id")

        priority = d.pop("priority")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        texts = AdvocacyDigestItemTexts.from_dict(d.pop("texts"))




        title = d.pop("title")

        topic = d.pop("topic")

        _share_links = d.pop("share_links", UNSET)
        share_links: AdvocacyDigestItemShareLinks | Unset
        if isinstance(_share_links,  Unset):
            share_links = UNSET
        else:
            share_links = AdvocacyDigestItemShareLinks.from_dict(_share_links)




        advocacy_digest_item = cls(
            link=link,
            networks=networks,
            post_id=post_id,
            priority=priority,
            published_at=published_at,
            texts=texts,
            title=title,
            topic=topic,
            share_links=share_links,
        )


        advocacy_digest_item.additional_properties = d
        return advocacy_digest_item

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
