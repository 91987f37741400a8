from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_certification_public import CurriculumCertificationPublic
  from ..models.curriculum_module_progress_public import CurriculumModuleProgressPublic





T = TypeVar("T", bound="CurriculumModuleCompletionResult")



@_attrs_define
class CurriculumModuleCompletionResult:
    """ What completing a module led to: maybe finished tracks and new certifications.

        Attributes:
            certifications (list[CurriculumCertificationPublic]):
            completed_tracks (list[str]):
            progress (CurriculumModuleProgressPublic):
     """

    certifications: list[CurriculumCertificationPublic]
    completed_tracks: list[str]
    progress: CurriculumModuleProgressPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_certification_public import CurriculumCertificationPublic # noqa: PLC0415
        from ..models.curriculum_module_progress_public import CurriculumModuleProgressPublic # noqa: PLC0415
        certifications = []
        for certifications_item_data in self.certifications:
            certifications_item = certifications_item_data.to_dict()
            certifications.append(certifications_item)



        completed_tracks = self.completed_tracks



        progress = self.progress.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certifications": certifications,
            "completed_tracks": completed_tracks,
            "progress": progress,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_certification_public import CurriculumCertificationPublic # noqa: PLC0415
        from ..models.curriculum_module_progress_public import CurriculumModuleProgressPublic # noqa: PLC0415
        d = dict(src_dict)
        certifications = []
        _certifications = d.pop("certifications")
        for certifications_item_data in (_certifications):
            certifications_item = CurriculumCertificationPublic.from_dict(certifications_item_data)



            certifications.append(certifications_item)


        completed_tracks = cast(list[str], d.pop("completed_tracks"))


        progress = CurriculumModuleProgressPublic.from_dict(d.pop("progress"))




        curriculum_module_completion_result = cls(
            certifications=certifications,
            completed_tracks=completed_tracks,
            progress=progress,
        )


        curriculum_module_completion_result.additional_properties = d
        return curriculum_module_completion_result

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
