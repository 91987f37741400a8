from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumAssignmentCreate")



@_attrs_define
class CurriculumAssignmentCreate:
    """ A manual assignment of one track or one module.

        Attributes:
            person_id (str):
            due_at (datetime.datetime | None | Unset):
            module_id (None | str | Unset):
            required (bool | Unset):  Default: True.
            track_id (None | str | Unset):
     """

    person_id: str
    due_at: datetime.datetime | None | Unset = UNSET
    module_id: None | str | Unset = UNSET
    required: bool | Unset = True
    track_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        module_id: None | str | Unset
        if isinstance(self.module_id, Unset):
            module_id = UNSET
        else:
            module_id = self.module_id

        required = self.required

        track_id: None | str | Unset
        if isinstance(self.track_id, Unset):
            track_id = UNSET
        else:
            track_id = self.track_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "person_id": person_id,
        })
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if module_id is not UNSET:
            field_dict["module_id"] = module_id
        if required is not UNSET:
            field_dict["required"] = required
        if track_id is not UNSET:
            field_dict["track_id"] = track_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = d.pop("person_id")

        def _parse_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)



                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))


        def _parse_module_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        module_id = _parse_module_id(d.pop("module_id", UNSET))


        required = d.pop("required", UNSET)

        def _parse_track_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        track_id = _parse_track_id(d.pop("track_id", UNSET))


        curriculum_assignment_create = cls(
            person_id=person_id,
            due_at=due_at,
            module_id=module_id,
            required=required,
            track_id=track_id,
        )

        return curriculum_assignment_create

