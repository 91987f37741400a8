from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumEnrolmentIn")



@_attrs_define
class CurriculumEnrolmentIn:
    """ 
        Attributes:
            track_id (str):
            due_at (datetime.datetime | None | Unset):
            email (None | str | Unset):
            person_id (None | str | Unset):
            required (bool | Unset):  Default: True.
     """

    track_id: str
    due_at: datetime.datetime | None | Unset = UNSET
    email: None | str | Unset = UNSET
    person_id: None | str | Unset = UNSET
    required: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        track_id = self.track_id

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        required = self.required


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "track_id": track_id,
        })
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if email is not UNSET:
            field_dict["email"] = email
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        track_id = d.pop("track_id")

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


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))


        required = d.pop("required", UNSET)

        curriculum_enrolment_in = cls(
            track_id=track_id,
            due_at=due_at,
            email=email,
            person_id=person_id,
            required=required,
        )

        return curriculum_enrolment_in

