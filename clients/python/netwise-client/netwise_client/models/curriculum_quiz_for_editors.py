from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.curriculum_quiz_question import CurriculumQuizQuestion





T = TypeVar("T", bound="CurriculumQuizForEditors")



@_attrs_define
class CurriculumQuizForEditors:
    """ The quiz with its answer key: only editors ever get this shape.

        Attributes:
            module_id (str):
            pass_mark (int): Percent of questions to get right
            questions (list[CurriculumQuizQuestion]):
            revision (int):
            updated_at (datetime.datetime):
     """

    module_id: str
    pass_mark: int
    questions: list[CurriculumQuizQuestion]
    revision: int
    updated_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_quiz_question import CurriculumQuizQuestion # noqa: PLC0415
        module_id = self.module_id

        pass_mark = self.pass_mark

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)



        revision = self.revision

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "module_id": module_id,
            "pass_mark": pass_mark,
            "questions": questions,
            "revision": revision,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_quiz_question import CurriculumQuizQuestion # noqa: PLC0415
        d = dict(src_dict)
        module_id = d.pop("module_id")

        pass_mark = d.pop("pass_mark")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = CurriculumQuizQuestion.from_dict(questions_item_data)



            questions.append(questions_item)


        revision = d.pop("revision")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        curriculum_quiz_for_editors = cls(
            module_id=module_id,
            pass_mark=pass_mark,
            questions=questions,
            revision=revision,
            updated_at=updated_at,
        )

        return curriculum_quiz_for_editors

