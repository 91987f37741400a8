from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_job_function import CurriculumJobFunction
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumRulePublic")



@_attrs_define
class CurriculumRulePublic:
    """ 
        Attributes:
            created_at (datetime.datetime):
            due_in_days (int | None):
            id (str):
            job_functions (list[CurriculumJobFunction]):
            org_unit_id (None | str):
            required (bool):
            track_id (str):
            assigned_now (int | None | Unset): Assignments made when the rule was created
     """

    created_at: datetime.datetime
    due_in_days: int | None
    id: str
    job_functions: list[CurriculumJobFunction]
    org_unit_id: None | str
    required: bool
    track_id: str
    assigned_now: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        due_in_days: int | None
        due_in_days = self.due_in_days

        id = self.id

        job_functions = []
        for job_functions_item_data in self.job_functions:
            job_functions_item = job_functions_item_data.value
            job_functions.append(job_functions_item)



        org_unit_id: None | str
        org_unit_id = self.org_unit_id

        required = self.required

        track_id = self.track_id

        assigned_now: int | None | Unset
        if isinstance(self.assigned_now, Unset):
            assigned_now = UNSET
        else:
            assigned_now = self.assigned_now


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "due_in_days": due_in_days,
            "id": id,
            "job_functions": job_functions,
            "org_unit_id": org_unit_id,
            "required": required,
            "track_id": track_id,
        })
        if assigned_now is not UNSET:
            field_dict["assigned_now"] = assigned_now

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_due_in_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        due_in_days = _parse_due_in_days(d.pop("due_in_days"))


        id = d.pop("id")

        job_functions = []
        _job_functions = d.pop("job_functions")
        for job_functions_item_data in (_job_functions):
            job_functions_item = CurriculumJobFunction(job_functions_item_data)



            job_functions.append(job_functions_item)


        def _parse_org_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_unit_id = _parse_org_unit_id(d.pop("org_unit_id"))


        required = d.pop("required")

        track_id = d.pop("track_id")

        def _parse_assigned_now(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assigned_now = _parse_assigned_now(d.pop("assigned_now", UNSET))


        curriculum_rule_public = cls(
            created_at=created_at,
            due_in_days=due_in_days,
            id=id,
            job_functions=job_functions,
            org_unit_id=org_unit_id,
            required=required,
            track_id=track_id,
            assigned_now=assigned_now,
        )


        curriculum_rule_public.additional_properties = d
        return curriculum_rule_public

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
