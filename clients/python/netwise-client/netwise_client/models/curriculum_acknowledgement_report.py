from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_unit_acknowledgement import CurriculumUnitAcknowledgement





T = TypeVar("T", bound="CurriculumAcknowledgementReport")



@_attrs_define
class CurriculumAcknowledgementReport:
    """ 
        Attributes:
            min_group_size (int): Groups with fewer people than this are not shown.
            policy_id (str):
            suppressed_groups (int): How many groups were left out for being too small.
            units (list[CurriculumUnitAcknowledgement]):
            version (str):
     """

    min_group_size: int
    policy_id: str
    suppressed_groups: int
    units: list[CurriculumUnitAcknowledgement]
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_unit_acknowledgement import CurriculumUnitAcknowledgement # noqa: PLC0415
        min_group_size = self.min_group_size

        policy_id = self.policy_id

        suppressed_groups = self.suppressed_groups

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "min_group_size": min_group_size,
            "policy_id": policy_id,
            "suppressed_groups": suppressed_groups,
            "units": units,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_unit_acknowledgement import CurriculumUnitAcknowledgement # noqa: PLC0415
        d = dict(src_dict)
        min_group_size = d.pop("min_group_size")

        policy_id = d.pop("policy_id")

        suppressed_groups = d.pop("suppressed_groups")

        units = []
        _units = d.pop("units")
        for units_item_data in (_units):
            units_item = CurriculumUnitAcknowledgement.from_dict(units_item_data)



            units.append(units_item)


        version = d.pop("version")

        curriculum_acknowledgement_report = cls(
            min_group_size=min_group_size,
            policy_id=policy_id,
            suppressed_groups=suppressed_groups,
            units=units,
            version=version,
        )


        curriculum_acknowledgement_report.additional_properties = d
        return curriculum_acknowledgement_report

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
