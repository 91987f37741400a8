from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CurriculumAnswer")



@_attrs_define
class CurriculumAnswer:
    """ 
        Attributes:
            option_ids (list[str]):
            question_id (str):
     """

    option_ids: list[str]
    question_id: str





    def to_dict(self) -> dict[str, Any]:
        option_ids = self.option_ids



        question_id = self.question_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "option_ids": option_ids,
            "question_id": question_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option_ids = cast(list[str], d.pop("option_ids"))


        question_id = d.pop("question_id")

        curriculum_answer = cls(
            option_ids=option_ids,
            question_id=question_id,
        )

        return curriculum_answer

