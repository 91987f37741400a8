from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_rating import CurriculumRating





T = TypeVar("T", bound="CurriculumSelfAssessmentPublic")



@_attrs_define
class CurriculumSelfAssessmentPublic:
    """ 
        Attributes:
            person_id (str):
            ratings (list[CurriculumRating]):
     """

    person_id: str
    ratings: list[CurriculumRating]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_rating import CurriculumRating # noqa: PLC0415
        person_id = self.person_id

        ratings = []
        for ratings_item_data in self.ratings:
            ratings_item = ratings_item_data.to_dict()
            ratings.append(ratings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "person_id": person_id,
            "ratings": ratings,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_rating import CurriculumRating # noqa: PLC0415
        d = dict(src_dict)
        person_id = d.pop("person_id")

        ratings = []
        _ratings = d.pop("ratings")
        for ratings_item_data in (_ratings):
            ratings_item = CurriculumRating.from_dict(ratings_item_data)



            ratings.append(ratings_item)


        curriculum_self_assessment_public = cls(
            person_id=person_id,
            ratings=ratings,
        )


        curriculum_self_assessment_public.additional_properties = d
        return curriculum_self_assessment_public

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
