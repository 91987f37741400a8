from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CurriculumCompetencyGap")



@_attrs_define
class CurriculumCompetencyGap:
    """ 
        Attributes:
            average_level (float):
            below_target (int): People who rated themselves 1 or 2
            competency (str):
            group (str): Org unit id or job function
            group_name (str):
            people (int):
     """

    average_level: float
    below_target: int
    competency: str
    group: str
    group_name: str
    people: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        average_level = self.average_level

        below_target = self.below_target

        competency = self.competency

        group = self.group

        group_name = self.group_name

        people = self.people


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_level": average_level,
            "below_target": below_target,
            "competency": competency,
            "group": group,
            "group_name": group_name,
            "people": people,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_level = d.pop("average_level")

        below_target = d.pop("below_target")

        competency = d.pop("competency")

        group = d.pop("group")

        group_name = d.pop("group_name")

        people = d.pop("people")

        curriculum_competency_gap = cls(
            average_level=average_level,
            below_target=below_target,
            competency=competency,
            group=group,
            group_name=group_name,
            people=people,
        )


        curriculum_competency_gap.additional_properties = d
        return curriculum_competency_gap

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
