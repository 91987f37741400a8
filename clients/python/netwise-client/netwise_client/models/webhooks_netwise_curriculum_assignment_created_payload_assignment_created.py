from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseCurriculumAssignmentCreatedPayloadAssignmentCreated")



@_attrs_define
class WebhooksNetwiseCurriculumAssignmentCreatedPayloadAssignmentCreated:
    """ 
        Attributes:
            due_at (datetime.datetime | None):
            id (str):
            module_id (None | str):
            person_id (str):
            required (bool):
            source (str):
            track_id (None | str):
     """

    due_at: datetime.datetime | None
    id: str
    module_id: None | str
    person_id: str
    required: bool
    source: str
    track_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        id = self.id

        module_id: None | str
        module_id = self.module_id

        person_id = self.person_id

        required = self.required

        source = self.source

        track_id: None | str
        track_id = self.track_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_at": due_at,
            "id": id,
            "module_id": module_id,
            "person_id": person_id,
            "required": required,
            "source": source,
            "track_id": track_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)



                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))


        id = d.pop("id")

        def _parse_module_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        module_id = _parse_module_id(d.pop("module_id"))


        person_id = d.pop("person_id")

        required = d.pop("required")

        source = d.pop("source")

        def _parse_track_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        track_id = _parse_track_id(d.pop("track_id"))


        webhooks_netwise_curriculum_assignment_created_payload_assignment_created = cls(
            due_at=due_at,
            id=id,
            module_id=module_id,
            person_id=person_id,
            required=required,
            source=source,
            track_id=track_id,
        )


        webhooks_netwise_curriculum_assignment_created_payload_assignment_created.additional_properties = d
        return webhooks_netwise_curriculum_assignment_created_payload_assignment_created

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
