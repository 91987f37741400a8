from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_quiz_question_for_learners import CurriculumQuizQuestionForLearners





T = TypeVar("T", bound="CurriculumQuizForLearners")



@_attrs_define
class CurriculumQuizForLearners:
    """ The quiz as a learner sees it: no answer key.

        Attributes:
            attempts_left_today (int):
            attempts_per_day (int):
            locale (str):
            module_id (str):
            pass_mark (int):
            questions (list[CurriculumQuizQuestionForLearners]):
     """

    attempts_left_today: int
    attempts_per_day: int
    locale: str
    module_id: str
    pass_mark: int
    questions: list[CurriculumQuizQuestionForLearners]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_quiz_question_for_learners import CurriculumQuizQuestionForLearners # noqa: PLC0415
        attempts_left_today = self.attempts_left_today

        attempts_per_day = self.attempts_per_day

        locale = self.locale

        module_id = self.module_id

        pass_mark = self.pass_mark

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts_left_today": attempts_left_today,
            "attempts_per_day": attempts_per_day,
            "locale": locale,
            "module_id": module_id,
            "pass_mark": pass_mark,
            "questions": questions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_quiz_question_for_learners import CurriculumQuizQuestionForLearners # noqa: PLC0415
        d = dict(src_dict)
        attempts_left_today = d.pop("attempts_left_today")

        attempts_per_day = d.pop("attempts_per_day")

        locale = d.pop("locale")

        module_id = d.pop("module_id")

        pass_mark = d.pop("pass_mark")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = CurriculumQuizQuestionForLearners.from_dict(questions_item_data)



            questions.append(questions_item)


        curriculum_quiz_for_learners = cls(
            attempts_left_today=attempts_left_today,
            attempts_per_day=attempts_per_day,
            locale=locale,
            module_id=module_id,
            pass_mark=pass_mark,
            questions=questions,
        )


        curriculum_quiz_for_learners.additional_properties = d
        return curriculum_quiz_for_learners

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
