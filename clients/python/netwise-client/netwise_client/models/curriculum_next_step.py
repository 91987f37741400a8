from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CurriculumNextStep")



@_attrs_define
class CurriculumNextStep:
    """ 
        Attributes:
            assignment_id (str):
            module_id (str):
            title (str):
            track_id (None | str):
     """

    assignment_id: str
    module_id: str
    title: str
    track_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assignment_id = self.assignment_id

        module_id = self.module_id

        title = self.title

        track_id: None | str
        track_id = self.track_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment_id": assignment_id,
            "module_id": module_id,
            "title": title,
            "track_id": track_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        module_id = d.pop("module_id")

        title = d.pop("title")

        def _parse_track_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        track_id = _parse_track_id(d.pop("track_id"))


        curriculum_next_step = cls(
            assignment_id=assignment_id,
            module_id=module_id,
            title=title,
            track_id=track_id,
        )


        curriculum_next_step.additional_properties = d
        return curriculum_next_step

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
