from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_quiz_question import CurriculumQuizQuestion





T = TypeVar("T", bound="CurriculumQuizIn")



@_attrs_define
class CurriculumQuizIn:
    """ 
        Attributes:
            pass_mark (int): Percent of questions to get right
            questions (list[CurriculumQuizQuestion]):
     """

    pass_mark: int
    questions: list[CurriculumQuizQuestion]





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_quiz_question import CurriculumQuizQuestion # noqa: PLC0415
        pass_mark = self.pass_mark

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "pass_mark": pass_mark,
            "questions": questions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_quiz_question import CurriculumQuizQuestion # noqa: PLC0415
        d = dict(src_dict)
        pass_mark = d.pop("pass_mark")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = CurriculumQuizQuestion.from_dict(questions_item_data)



            questions.append(questions_item)


        curriculum_quiz_in = cls(
            pass_mark=pass_mark,
            questions=questions,
        )

        return curriculum_quiz_in

