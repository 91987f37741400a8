from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_assignment_public import CurriculumAssignmentPublic
  from ..models.curriculum_certification_public import CurriculumCertificationPublic
  from ..models.curriculum_module_progress_public import CurriculumModuleProgressPublic
  from ..models.curriculum_track_completion_public import CurriculumTrackCompletionPublic





T = TypeVar("T", bound="CurriculumPersonProgress")



@_attrs_define
class CurriculumPersonProgress:
    """ 
        Attributes:
            assignments (list[CurriculumAssignmentPublic]):
            certifications (list[CurriculumCertificationPublic]):
            modules (list[CurriculumModuleProgressPublic]):
            person_id (str):
            tracks (list[CurriculumTrackCompletionPublic]):
     """

    assignments: list[CurriculumAssignmentPublic]
    certifications: list[CurriculumCertificationPublic]
    modules: list[CurriculumModuleProgressPublic]
    person_id: str
    tracks: list[CurriculumTrackCompletionPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_assignment_public import CurriculumAssignmentPublic # noqa: PLC0415
        from ..models.curriculum_certification_public import CurriculumCertificationPublic # noqa: PLC0415
        from ..models.curriculum_module_progress_public import CurriculumModuleProgressPublic # noqa: PLC0415
        from ..models.curriculum_track_completion_public import CurriculumTrackCompletionPublic # noqa: PLC0415
        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)



        certifications = []
        for certifications_item_data in self.certifications:
            certifications_item = certifications_item_data.to_dict()
            certifications.append(certifications_item)



        modules = []
        for modules_item_data in self.modules:
            modules_item = modules_item_data.to_dict()
            modules.append(modules_item)



        person_id = self.person_id

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignments": assignments,
            "certifications": certifications,
            "modules": modules,
            "person_id": person_id,
            "tracks": tracks,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_assignment_public import CurriculumAssignmentPublic # noqa: PLC0415
        from ..models.curriculum_certification_public import CurriculumCertificationPublic # noqa: PLC0415
        from ..models.curriculum_module_progress_public import CurriculumModuleProgressPublic # noqa: PLC0415
        from ..models.curriculum_track_completion_public import CurriculumTrackCompletionPublic # noqa: PLC0415
        d = dict(src_dict)
        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in (_assignments):
            assignments_item = CurriculumAssignmentPublic.from_dict(assignments_item_data)



            assignments.append(assignments_item)


        certifications = []
        _certifications = d.pop("certifications")
        for certifications_item_data in (_certifications):
            certifications_item = CurriculumCertificationPublic.from_dict(certifications_item_data)



            certifications.append(certifications_item)


        modules = []
        _modules = d.pop("modules")
        for modules_item_data in (_modules):
            modules_item = CurriculumModuleProgressPublic.from_dict(modules_item_data)



            modules.append(modules_item)


        person_id = d.pop("person_id")

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in (_tracks):
            tracks_item = CurriculumTrackCompletionPublic.from_dict(tracks_item_data)



            tracks.append(tracks_item)


        curriculum_person_progress = cls(
            assignments=assignments,
            certifications=certifications,
            modules=modules,
            person_id=person_id,
            tracks=tracks,
        )


        curriculum_person_progress.additional_properties = d
        return curriculum_person_progress

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
