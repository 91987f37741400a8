from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_question_kind import CurriculumQuestionKind
from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_quiz_option import CurriculumQuizOption
  from ..models.curriculum_quiz_question_text import CurriculumQuizQuestionText





T = TypeVar("T", bound="CurriculumQuizQuestion")



@_attrs_define
class CurriculumQuizQuestion:
    """ 
        Attributes:
            correct (list[str]):
            id (str):
            kind (CurriculumQuestionKind):
            options (list[CurriculumQuizOption]):
            text (CurriculumQuizQuestionText):
     """

    correct: list[str]
    id: str
    kind: CurriculumQuestionKind
    options: list[CurriculumQuizOption]
    text: CurriculumQuizQuestionText





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_quiz_option import CurriculumQuizOption # noqa: PLC0415
        from ..models.curriculum_quiz_question_text import CurriculumQuizQuestionText # noqa: PLC0415
        correct = self.correct



        id = self.id

        kind = self.kind.value

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)



        text = self.text.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "correct": correct,
            "id": id,
            "kind": kind,
            "options": options,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_quiz_option import CurriculumQuizOption # noqa: PLC0415
        from ..models.curriculum_quiz_question_text import CurriculumQuizQuestionText # noqa: PLC0415
        d = dict(src_dict)
        correct = cast(list[str], d.pop("correct"))


        id = d.pop("id")

        kind = CurriculumQuestionKind(d.pop("kind"))




        options = []
        _options = d.pop("options")
        for options_item_data in (_options):
            options_item = CurriculumQuizOption.from_dict(options_item_data)



            options.append(options_item)


        text = CurriculumQuizQuestionText.from_dict(d.pop("text"))




        curriculum_quiz_question = cls(
            correct=correct,
            id=id,
            kind=kind,
            options=options,
            text=text,
        )

        return curriculum_quiz_question

