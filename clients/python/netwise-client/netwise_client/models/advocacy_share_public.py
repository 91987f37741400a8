from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_network import AdvocacyNetwork
from typing import cast
import datetime






T = TypeVar("T", bound="AdvocacySharePublic")



@_attrs_define
class AdvocacySharePublic:
    """ 
        Attributes:
            confirmed_at (datetime.datetime | None):
            created_at (datetime.datetime):
            id (str):
            locale (str):
            network (AdvocacyNetwork):
            post_id (str):
            potential_reach (int):
            prefilled (bool): Whether share_url carries the text; if not, copy `text` yourself.
            share_url (None | str): Opens the network's share dialog; none where the network has none.
            short_url (str): The tracked link to post: it redirects to the tagged URL.
            text (None | str): The variant text, with the short link in place of the post's link.
            topic_id (str):
            tracked_url (str): The post's link with UTM parameters.
     """

    confirmed_at: datetime.datetime | None
    created_at: datetime.datetime
    id: str
    locale: str
    network: AdvocacyNetwork
    post_id: str
    potential_reach: int
    prefilled: bool
    share_url: None | str
    short_url: str
    text: None | str
    topic_id: str
    tracked_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        confirmed_at: None | str
        if isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        created_at = self.created_at.isoformat()

        id = self.id

        locale = self.locale

        network = self.network.value

        post_id = self.post_id

        potential_reach = self.potential_reach

        prefilled = self.prefilled

        share_url: None | str
        share_url = self.share_url

        short_url = self.short_url

        text: None | str
        text = self.text

        topic_id = self.topic_id

        tracked_url = self.tracked_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "confirmed_at": confirmed_at,
            "created_at": created_at,
            "id": id,
            "locale": locale,
            "network": network,
            "post_id": post_id,
            "potential_reach": potential_reach,
            "prefilled": prefilled,
            "share_url": share_url,
            "short_url": short_url,
            "text": text,
            "topic_id": topic_id,
            "tracked_url": tracked_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_confirmed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_at_type_0 = datetime.datetime.fromisoformat(data)



                return confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        confirmed_at = _parse_confirmed_at(d.pop("confirmed_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        locale = d.pop("locale")

        network = AdvocacyNetwork(d.pop("network"))




        post_id = d.pop("post_id")

        potential_reach = d.pop("potential_reach")

        prefilled = d.pop("prefilled")

        def _parse_share_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        share_url = _parse_share_url(d.pop("share_url"))


        short_url = d.pop("short_url")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))


        topic_id = d.pop("topic_id")

        tracked_url = d.pop("tracked_url")

        advocacy_share_public = cls(
            confirmed_at=confirmed_at,
            created_at=created_at,
            id=id,
            locale=locale,
            network=network,
            post_id=post_id,
            potential_reach=potential_reach,
            prefilled=prefilled,
            share_url=share_url,
            short_url=short_url,
            text=text,
            topic_id=topic_id,
            tracked_url=tracked_url,
        )


        advocacy_share_public.additional_properties = d
        return advocacy_share_public

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
