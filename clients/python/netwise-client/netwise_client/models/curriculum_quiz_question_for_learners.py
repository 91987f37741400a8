from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_question_kind import CurriculumQuestionKind
from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_quiz_option_for_learners import CurriculumQuizOptionForLearners





T = TypeVar("T", bound="CurriculumQuizQuestionForLearners")



@_attrs_define
class CurriculumQuizQuestionForLearners:
    """ 
        Attributes:
            id (str):
            kind (CurriculumQuestionKind):
            options (list[CurriculumQuizOptionForLearners]):
            text (str):
     """

    id: str
    kind: CurriculumQuestionKind
    options: list[CurriculumQuizOptionForLearners]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_quiz_option_for_learners import CurriculumQuizOptionForLearners # noqa: PLC0415
        id = self.id

        kind = self.kind.value

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)



        text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "options": options,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_quiz_option_for_learners import CurriculumQuizOptionForLearners # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        kind = CurriculumQuestionKind(d.pop("kind"))




        options = []
        _options = d.pop("options")
        for options_item_data in (_options):
            options_item = CurriculumQuizOptionForLearners.from_dict(options_item_data)



            options.append(options_item)


        text = d.pop("text")

        curriculum_quiz_question_for_learners = cls(
            id=id,
            kind=kind,
            options=options,
            text=text,
        )


        curriculum_quiz_question_for_learners.additional_properties = d
        return curriculum_quiz_question_for_learners

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
