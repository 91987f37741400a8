from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_gap_grouping import CurriculumGapGrouping
from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_competency_gap import CurriculumCompetencyGap





T = TypeVar("T", bound="CurriculumGapReport")



@_attrs_define
class CurriculumGapReport:
    """ 
        Attributes:
            gaps (list[CurriculumCompetencyGap]):
            group_by (CurriculumGapGrouping):
            min_group_size (int): Groups with fewer people than this are not shown.
            suppressed_groups (int): How many groups were left out for being too small.
     """

    gaps: list[CurriculumCompetencyGap]
    group_by: CurriculumGapGrouping
    min_group_size: int
    suppressed_groups: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_competency_gap import CurriculumCompetencyGap # noqa: PLC0415
        gaps = []
        for gaps_item_data in self.gaps:
            gaps_item = gaps_item_data.to_dict()
            gaps.append(gaps_item)



        group_by = self.group_by.value

        min_group_size = self.min_group_size

        suppressed_groups = self.suppressed_groups


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "gaps": gaps,
            "group_by": group_by,
            "min_group_size": min_group_size,
            "suppressed_groups": suppressed_groups,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_competency_gap import CurriculumCompetencyGap # noqa: PLC0415
        d = dict(src_dict)
        gaps = []
        _gaps = d.pop("gaps")
        for gaps_item_data in (_gaps):
            gaps_item = CurriculumCompetencyGap.from_dict(gaps_item_data)



            gaps.append(gaps_item)


        group_by = CurriculumGapGrouping(d.pop("group_by"))




        min_group_size = d.pop("min_group_size")

        suppressed_groups = d.pop("suppressed_groups")

        curriculum_gap_report = cls(
            gaps=gaps,
            group_by=group_by,
            min_group_size=min_group_size,
            suppressed_groups=suppressed_groups,
        )


        curriculum_gap_report.additional_properties = d
        return curriculum_gap_report

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
