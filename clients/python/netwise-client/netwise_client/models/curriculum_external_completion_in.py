from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumExternalCompletionIn")



@_attrs_define
class CurriculumExternalCompletionIn:
    """ A completion an LMS recorded: of one module or a whole track.

        Attributes:
            completed_at (datetime.datetime | None | Unset): Defaults to now; not in the future
            email (None | str | Unset):
            module_id (None | str | Unset):
            person_id (None | str | Unset):
            track_id (None | str | Unset):
     """

    completed_at: datetime.datetime | None | Unset = UNSET
    email: None | str | Unset = UNSET
    module_id: None | str | Unset = UNSET
    person_id: None | str | Unset = UNSET
    track_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        module_id: None | str | Unset
        if isinstance(self.module_id, Unset):
            module_id = UNSET
        else:
            module_id = self.module_id

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        track_id: None | str | Unset
        if isinstance(self.track_id, Unset):
            track_id = UNSET
        else:
            track_id = self.track_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if email is not UNSET:
            field_dict["email"] = email
        if module_id is not UNSET:
            field_dict["module_id"] = module_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if track_id is not UNSET:
            field_dict["track_id"] = track_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)



                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_module_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        module_id = _parse_module_id(d.pop("module_id", UNSET))


        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))


        def _parse_track_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        track_id = _parse_track_id(d.pop("track_id", UNSET))


        curriculum_external_completion_in = cls(
            completed_at=completed_at,
            email=email,
            module_id=module_id,
            person_id=person_id,
            track_id=track_id,
        )

        return curriculum_external_completion_in

