from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumAttemptPublic")



@_attrs_define
class CurriculumAttemptPublic:
    """ 
        Attributes:
            attempted_at (datetime.datetime):
            attempts_left_today (int):
            id (str):
            module_id (str):
            module_version (int):
            pass_mark (int):
            passed (bool):
            score (int): Percent of questions answered right
     """

    attempted_at: datetime.datetime
    attempts_left_today: int
    id: str
    module_id: str
    module_version: int
    pass_mark: int
    passed: bool
    score: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attempted_at = self.attempted_at.isoformat()

        attempts_left_today = self.attempts_left_today

        id = self.id

        module_id = self.module_id

        module_version = self.module_version

        pass_mark = self.pass_mark

        passed = self.passed

        score = self.score


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempted_at": attempted_at,
            "attempts_left_today": attempts_left_today,
            "id": id,
            "module_id": module_id,
            "module_version": module_version,
            "pass_mark": pass_mark,
            "passed": passed,
            "score": score,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempted_at = datetime.datetime.fromisoformat(d.pop("attempted_at"))




        attempts_left_today = d.pop("attempts_left_today")

        id = d.pop("id")

        module_id = d.pop("module_id")

        module_version = d.pop("module_version")

        pass_mark = d.pop("pass_mark")

        passed = d.pop("passed")

        score = d.pop("score")

        curriculum_attempt_public = cls(
            attempted_at=attempted_at,
            attempts_left_today=attempts_left_today,
            id=id,
            module_id=module_id,
            module_version=module_version,
            pass_mark=pass_mark,
            passed=passed,
            score=score,
        )


        curriculum_attempt_public.additional_properties = d
        return curriculum_attempt_public

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
