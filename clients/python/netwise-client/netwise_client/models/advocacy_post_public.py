from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_post_status import AdvocacyPostStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.advocacy_variant import AdvocacyVariant





T = TypeVar("T", bound="AdvocacyPostPublic")



@_attrs_define
class AdvocacyPostPublic:
    """ 
        Attributes:
            approver_id (None | str):
            author_id (str):
            created_at (datetime.datetime):
            expires_at (datetime.datetime | None):
            id (str):
            link (str):
            locale (str): The locale served; readers get only its variants, editors and the author all.
            priority (int):
            published_at (datetime.datetime | None):
            review_note (None | str):
            starts_at (datetime.datetime | None):
            status (AdvocacyPostStatus):
            title (str):
            topic_id (str):
            variants (list[AdvocacyVariant]):
            version (int):
     """

    approver_id: None | str
    author_id: str
    created_at: datetime.datetime
    expires_at: datetime.datetime | None
    id: str
    link: str
    locale: str
    priority: int
    published_at: datetime.datetime | None
    review_note: None | str
    starts_at: datetime.datetime | None
    status: AdvocacyPostStatus
    title: str
    topic_id: str
    variants: list[AdvocacyVariant]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.advocacy_variant import AdvocacyVariant # noqa: PLC0415
        approver_id: None | str
        approver_id = self.approver_id

        author_id = self.author_id

        created_at = self.created_at.isoformat()

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        id = self.id

        link = self.link

        locale = self.locale

        priority = self.priority

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        review_note: None | str
        review_note = self.review_note

        starts_at: None | str
        if isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        status = self.status.value

        title = self.title

        topic_id = self.topic_id

        variants = []
        for variants_item_data in self.variants:
            variants_item = variants_item_data.to_dict()
            variants.append(variants_item)



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approver_id": approver_id,
            "author_id": author_id,
            "created_at": created_at,
            "expires_at": expires_at,
            "id": id,
            "link": link,
            "locale": locale,
            "priority": priority,
            "published_at": published_at,
            "review_note": review_note,
            "starts_at": starts_at,
            "status": status,
            "title": title,
            "topic_id": topic_id,
            "variants": variants,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advocacy_variant import AdvocacyVariant # noqa: PLC0415
        d = dict(src_dict)
        def _parse_approver_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approver_id = _parse_approver_id(d.pop("approver_id"))


        author_id = d.pop("author_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)



                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))


        id = d.pop("id")

        link = d.pop("link")

        locale = d.pop("locale")

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


        def _parse_review_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_note = _parse_review_note(d.pop("review_note"))


        def _parse_starts_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)



                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        starts_at = _parse_starts_at(d.pop("starts_at"))


        status = AdvocacyPostStatus(d.pop("status"))




        title = d.pop("title")

        topic_id = d.pop("topic_id")

        variants = []
        _variants = d.pop("variants")
        for variants_item_data in (_variants):
            variants_item = AdvocacyVariant.from_dict(variants_item_data)



            variants.append(variants_item)


        version = d.pop("version")

        advocacy_post_public = cls(
            approver_id=approver_id,
            author_id=author_id,
            created_at=created_at,
            expires_at=expires_at,
            id=id,
            link=link,
            locale=locale,
            priority=priority,
            published_at=published_at,
            review_note=review_note,
            starts_at=starts_at,
            status=status,
            title=title,
            topic_id=topic_id,
            variants=variants,
            version=version,
        )


        advocacy_post_public.additional_properties = d
        return advocacy_post_public

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
