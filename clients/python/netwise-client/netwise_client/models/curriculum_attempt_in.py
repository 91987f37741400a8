from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_answer import CurriculumAnswer





T = TypeVar("T", bound="CurriculumAttemptIn")



@_attrs_define
class CurriculumAttemptIn:
    """ 
        Attributes:
            answers (list[CurriculumAnswer]):
     """

    answers: list[CurriculumAnswer]





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_answer import CurriculumAnswer # noqa: PLC0415
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "answers": answers,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_answer import CurriculumAnswer # noqa: PLC0415
        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in (_answers):
            answers_item = CurriculumAnswer.from_dict(answers_item_data)



            answers.append(answers_item)


        curriculum_attempt_in = cls(
            answers=answers,
        )

        return curriculum_attempt_in

