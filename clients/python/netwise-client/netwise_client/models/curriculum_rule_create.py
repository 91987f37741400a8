from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_job_function import CurriculumJobFunction
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CurriculumRuleCreate")



@_attrs_define
class CurriculumRuleCreate:
    """ 
        Attributes:
            track_id (str):
            due_in_days (int | None | Unset):
            job_functions (list[CurriculumJobFunction] | Unset): Empty means every job function
            org_unit_id (None | str | Unset): The unit and every unit below it; null for everyone
            required (bool | Unset):  Default: True.
     """

    track_id: str
    due_in_days: int | None | Unset = UNSET
    job_functions: list[CurriculumJobFunction] | Unset = UNSET
    org_unit_id: None | str | Unset = UNSET
    required: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        track_id = self.track_id

        due_in_days: int | None | Unset
        if isinstance(self.due_in_days, Unset):
            due_in_days = UNSET
        else:
            due_in_days = self.due_in_days

        job_functions: list[str] | Unset = UNSET
        if not isinstance(self.job_functions, Unset):
            job_functions = []
            for job_functions_item_data in self.job_functions:
                job_functions_item = job_functions_item_data.value
                job_functions.append(job_functions_item)



        org_unit_id: None | str | Unset
        if isinstance(self.org_unit_id, Unset):
            org_unit_id = UNSET
        else:
            org_unit_id = self.org_unit_id

        required = self.required


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "track_id": track_id,
        })
        if due_in_days is not UNSET:
            field_dict["due_in_days"] = due_in_days
        if job_functions is not UNSET:
            field_dict["job_functions"] = job_functions
        if org_unit_id is not UNSET:
            field_dict["org_unit_id"] = org_unit_id
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        track_id = d.pop("track_id")

        def _parse_due_in_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        due_in_days = _parse_due_in_days(d.pop("due_in_days", UNSET))


        _job_functions = d.pop("job_functions", UNSET)
        job_functions: list[CurriculumJobFunction] | Unset = UNSET
        if _job_functions is not UNSET:
            job_functions = []
            for job_functions_item_data in _job_functions:
                job_functions_item = CurriculumJobFunction(job_functions_item_data)



                job_functions.append(job_functions_item)


        def _parse_org_unit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_unit_id = _parse_org_unit_id(d.pop("org_unit_id", UNSET))


        required = d.pop("required", UNSET)

        curriculum_rule_create = cls(
            track_id=track_id,
            due_in_days=due_in_days,
            job_functions=job_functions,
            org_unit_id=org_unit_id,
            required=required,
        )

        return curriculum_rule_create

