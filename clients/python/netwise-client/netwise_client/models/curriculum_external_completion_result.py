from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_assignment_source import CurriculumAssignmentSource
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.curriculum_certification_public import CurriculumCertificationPublic





T = TypeVar("T", bound="CurriculumExternalCompletionResult")



@_attrs_define
class CurriculumExternalCompletionResult:
    """ 
        Attributes:
            certifications (list[CurriculumCertificationPublic]):
            completed_at (datetime.datetime):
            completed_tracks (list[str]):
            module_id (None | str):
            person_id (str):
            source (CurriculumAssignmentSource):
            track_id (None | str):
     """

    certifications: list[CurriculumCertificationPublic]
    completed_at: datetime.datetime
    completed_tracks: list[str]
    module_id: None | str
    person_id: str
    source: CurriculumAssignmentSource
    track_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_certification_public import CurriculumCertificationPublic # noqa: PLC0415
        certifications = []
        for certifications_item_data in self.certifications:
            certifications_item = certifications_item_data.to_dict()
            certifications.append(certifications_item)



        completed_at = self.completed_at.isoformat()

        completed_tracks = self.completed_tracks



        module_id: None | str
        module_id = self.module_id

        person_id = self.person_id

        source = self.source.value

        track_id: None | str
        track_id = self.track_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certifications": certifications,
            "completed_at": completed_at,
            "completed_tracks": completed_tracks,
            "module_id": module_id,
            "person_id": person_id,
            "source": source,
            "track_id": track_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_certification_public import CurriculumCertificationPublic # noqa: PLC0415
        d = dict(src_dict)
        certifications = []
        _certifications = d.pop("certifications")
        for certifications_item_data in (_certifications):
            certifications_item = CurriculumCertificationPublic.from_dict(certifications_item_data)



            certifications.append(certifications_item)


        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))




        completed_tracks = cast(list[str], d.pop("completed_tracks"))


        def _parse_module_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        module_id = _parse_module_id(d.pop("module_id"))


        person_id = d.pop("person_id")

        source = CurriculumAssignmentSource(d.pop("source"))




        def _parse_track_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        track_id = _parse_track_id(d.pop("track_id"))


        curriculum_external_completion_result = cls(
            certifications=certifications,
            completed_at=completed_at,
            completed_tracks=completed_tracks,
            module_id=module_id,
            person_id=person_id,
            source=source,
            track_id=track_id,
        )


        curriculum_external_completion_result.additional_properties = d
        return curriculum_external_completion_result

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
