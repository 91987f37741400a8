from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_self_assessment_in_ratings import CurriculumSelfAssessmentInRatings





T = TypeVar("T", bound="CurriculumSelfAssessmentIn")



@_attrs_define
class CurriculumSelfAssessmentIn:
    """ 
        Attributes:
            ratings (CurriculumSelfAssessmentInRatings): Competency -> 1..5
     """

    ratings: CurriculumSelfAssessmentInRatings





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_self_assessment_in_ratings import CurriculumSelfAssessmentInRatings # noqa: PLC0415
        ratings = self.ratings.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ratings": ratings,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_self_assessment_in_ratings import CurriculumSelfAssessmentInRatings # noqa: PLC0415
        d = dict(src_dict)
        ratings = CurriculumSelfAssessmentInRatings.from_dict(d.pop("ratings"))




        curriculum_self_assessment_in = cls(
            ratings=ratings,
        )

        return curriculum_self_assessment_in

