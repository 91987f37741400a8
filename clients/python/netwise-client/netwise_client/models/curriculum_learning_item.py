from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_assignment_public import CurriculumAssignmentPublic





T = TypeVar("T", bound="CurriculumLearningItem")



@_attrs_define
class CurriculumLearningItem:
    """ 
        Attributes:
            assignment (CurriculumAssignmentPublic):
            completed_modules (int):
            title (str):
            total_modules (int):
     """

    assignment: CurriculumAssignmentPublic
    completed_modules: int
    title: str
    total_modules: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_assignment_public import CurriculumAssignmentPublic # noqa: PLC0415
        assignment = self.assignment.to_dict()

        completed_modules = self.completed_modules

        title = self.title

        total_modules = self.total_modules


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment": assignment,
            "completed_modules": completed_modules,
            "title": title,
            "total_modules": total_modules,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_assignment_public import CurriculumAssignmentPublic # noqa: PLC0415
        d = dict(src_dict)
        assignment = CurriculumAssignmentPublic.from_dict(d.pop("assignment"))




        completed_modules = d.pop("completed_modules")

        title = d.pop("title")

        total_modules = d.pop("total_modules")

        curriculum_learning_item = cls(
            assignment=assignment,
            completed_modules=completed_modules,
            title=title,
            total_modules=total_modules,
        )


        curriculum_learning_item.additional_properties = d
        return curriculum_learning_item

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
