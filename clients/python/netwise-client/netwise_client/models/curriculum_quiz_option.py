from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_quiz_option_text import CurriculumQuizOptionText





T = TypeVar("T", bound="CurriculumQuizOption")



@_attrs_define
class CurriculumQuizOption:
    """ 
        Attributes:
            id (str):
            text (CurriculumQuizOptionText):
     """

    id: str
    text: CurriculumQuizOptionText





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_quiz_option_text import CurriculumQuizOptionText # noqa: PLC0415
        id = self.id

        text = self.text.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_quiz_option_text import CurriculumQuizOptionText # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        text = CurriculumQuizOptionText.from_dict(d.pop("text"))




        curriculum_quiz_option = cls(
            id=id,
            text=text,
        )

        return curriculum_quiz_option

