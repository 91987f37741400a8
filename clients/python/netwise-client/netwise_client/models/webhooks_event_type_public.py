from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.webhooks_event_type_public_data_schema import WebhooksEventTypePublicDataSchema





T = TypeVar("T", bound="WebhooksEventTypePublic")



@_attrs_define
class WebhooksEventTypePublic:
    """ 
        Attributes:
            data_schema (WebhooksEventTypePublicDataSchema): JSON Schema of the payload's `data`.
            name (str):
            personal_fields (list[str]): Fields of `data` left out for endpoints without personal data.
     """

    data_schema: WebhooksEventTypePublicDataSchema
    name: str
    personal_fields: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.webhooks_event_type_public_data_schema import WebhooksEventTypePublicDataSchema # noqa: PLC0415
        data_schema = self.data_schema.to_dict()

        name = self.name

        personal_fields = self.personal_fields




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data_schema": data_schema,
            "name": name,
            "personal_fields": personal_fields,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhooks_event_type_public_data_schema import WebhooksEventTypePublicDataSchema # noqa: PLC0415
        d = dict(src_dict)
        data_schema = WebhooksEventTypePublicDataSchema.from_dict(d.pop("data_schema"))




        name = d.pop("name")

        personal_fields = cast(list[str], d.pop("personal_fields"))


        webhooks_event_type_public = cls(
            data_schema=data_schema,
            name=name,
            personal_fields=personal_fields,
        )


        webhooks_event_type_public.additional_properties = d
        return webhooks_event_type_public

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
