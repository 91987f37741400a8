from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumModuleProgressPublic")



@_attrs_define
class CurriculumModuleProgressPublic:
    """ 
        Attributes:
            completed_at (datetime.datetime | None):
            completed_version (int | None):
            module_id (str):
            source (None | str):
            started_at (datetime.datetime):
     """

    completed_at: datetime.datetime | None
    completed_version: int | None
    module_id: str
    source: None | str
    started_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        completed_version: int | None
        completed_version = self.completed_version

        module_id = self.module_id

        source: None | str
        source = self.source

        started_at = self.started_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completed_at": completed_at,
            "completed_version": completed_version,
            "module_id": module_id,
            "source": source,
            "started_at": started_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)



                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))


        def _parse_completed_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completed_version = _parse_completed_version(d.pop("completed_version"))


        module_id = d.pop("module_id")

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))


        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        curriculum_module_progress_public = cls(
            completed_at=completed_at,
            completed_version=completed_version,
            module_id=module_id,
            source=source,
            started_at=started_at,
        )


        curriculum_module_progress_public.additional_properties = d
        return curriculum_module_progress_public

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
