from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.advocacy_variant import AdvocacyVariant





T = TypeVar("T", bound="AdvocacyPostCreate")



@_attrs_define
class AdvocacyPostCreate:
    """ 
        Attributes:
            link (str):
            title (str):
            topic_id (str):
            expires_at (datetime.datetime | None | Unset):
            priority (int | Unset): 5 is most important. Default: 3.
            starts_at (datetime.datetime | None | Unset):
            variants (list[AdvocacyVariant] | Unset):
     """

    link: str
    title: str
    topic_id: str
    expires_at: datetime.datetime | None | Unset = UNSET
    priority: int | Unset = 3
    starts_at: datetime.datetime | None | Unset = UNSET
    variants: list[AdvocacyVariant] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.advocacy_variant import AdvocacyVariant # noqa: PLC0415
        link = self.link

        title = self.title

        topic_id = self.topic_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        priority = self.priority

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = []
            for variants_item_data in self.variants:
                variants_item = variants_item_data.to_dict()
                variants.append(variants_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "link": link,
            "title": title,
            "topic_id": topic_id,
        })
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if priority is not UNSET:
            field_dict["priority"] = priority
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if variants is not UNSET:
            field_dict["variants"] = variants

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advocacy_variant import AdvocacyVariant # noqa: PLC0415
        d = dict(src_dict)
        link = d.pop("link")

        title = d.pop("title")

        topic_id = d.pop("topic_id")

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)



                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))


        priority = d.pop("priority", UNSET)

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)



                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))


        _variants = d.pop("variants", UNSET)
        variants: list[AdvocacyVariant] | Unset = UNSET
        if _variants is not UNSET:
            variants = []
            for variants_item_data in _variants:
                variants_item = AdvocacyVariant.from_dict(variants_item_data)



                variants.append(variants_item)


        advocacy_post_create = cls(
            link=link,
            title=title,
            topic_id=topic_id,
            expires_at=expires_at,
            priority=priority,
            starts_at=starts_at,
            variants=variants,
        )

        return advocacy_post_create

