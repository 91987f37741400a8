from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.advocacy_digest_item import AdvocacyDigestItem
  from ..models.advocacy_digest_preview_chat import AdvocacyDigestPreviewChat





T = TypeVar("T", bound="AdvocacyDigestPreview")



@_attrs_define
class AdvocacyDigestPreview:
    """ 
        Attributes:
            chat (AdvocacyDigestPreviewChat):
            html (str):
            items (list[AdvocacyDigestItem]):
            locale (str):
            person_id (str):
            subject (str):
            text (str):
            unsubscribe_url (str): Signed one-click link to leave the programme (List-Unsubscribe).
     """

    chat: AdvocacyDigestPreviewChat
    html: str
    items: list[AdvocacyDigestItem]
    locale: str
    person_id: str
    subject: str
    text: str
    unsubscribe_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.advocacy_digest_item import AdvocacyDigestItem # noqa: PLC0415
        from ..models.advocacy_digest_preview_chat import AdvocacyDigestPreviewChat # noqa: PLC0415
        chat = self.chat.to_dict()

        html = self.html

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        locale = self.locale

        person_id = self.person_id

        subject = self.subject

        text = self.text

        unsubscribe_url = self.unsubscribe_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chat": chat,
            "html": html,
            "items": items,
            "locale": locale,
            "person_id": person_id,
            "subject": subject,
            "text": text,
            "unsubscribe_url": unsubscribe_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advocacy_digest_item import AdvocacyDigestItem # noqa: PLC0415
        from ..models.advocacy_digest_preview_chat import AdvocacyDigestPreviewChat # noqa: PLC0415
        d = dict(src_dict)
        chat = AdvocacyDigestPreviewChat.from_dict(d.pop("chat"))




        html = d.pop("html")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = AdvocacyDigestItem.from_dict(items_item_data)



            items.append(items_item)


        locale = d.pop("locale")

        person_id = d.pop("person_id")

        subject = d.pop("subject")

        text = d.pop("text")

        unsubscribe_url = d.pop("unsubscribe_url")

        advocacy_digest_preview = cls(
            chat=chat,
            html=html,
            items=items,
            locale=locale,
            person_id=person_id,
            subject=subject,
            text=text,
            unsubscribe_url=unsubscribe_url,
        )


        advocacy_digest_preview.additional_properties = d
        return advocacy_digest_preview

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
