from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CurriculumUnitAcknowledgement")



@_attrs_define
class CurriculumUnitAcknowledgement:
    """ 
        Attributes:
            acknowledged (int):
            not_acknowledged (int):
            org_unit_id (None | str):
            people (int):
            unit_name (str):
     """

    acknowledged: int
    not_acknowledged: int
    org_unit_id: None | str
    people: int
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acknowledged = self.acknowledged

        not_acknowledged = self.not_acknowledged

        org_unit_id: None | str
        org_unit_id = self.org_unit_id

        people = self.people

        unit_name = self.unit_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledged": acknowledged,
            "not_acknowledged": not_acknowledged,
            "org_unit_id": org_unit_id,
            "people": people,
            "unit_name": unit_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged = d.pop("acknowledged")

        not_acknowledged = d.pop("not_acknowledged")

        def _parse_org_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_unit_id = _parse_org_unit_id(d.pop("org_unit_id"))


        people = d.pop("people")

        unit_name = d.pop("unit_name")

        curriculum_unit_acknowledgement = cls(
            acknowledged=acknowledged,
            not_acknowledged=not_acknowledged,
            org_unit_id=org_unit_id,
            people=people,
            unit_name=unit_name,
        )


        curriculum_unit_acknowledgement.additional_properties = d
        return curriculum_unit_acknowledgement

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
