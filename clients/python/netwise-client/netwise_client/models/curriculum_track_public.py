from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_content_status import CurriculumContentStatus
from ..models.curriculum_job_function import CurriculumJobFunction
from ..models.curriculum_phase import CurriculumPhase
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.curriculum_certification_spec import CurriculumCertificationSpec





T = TypeVar("T", bound="CurriculumTrackPublic")



@_attrs_define
class CurriculumTrackPublic:
    """ 
        Attributes:
            audience_job_functions (list[CurriculumJobFunction]):
            audience_unit_ids (list[str]):
            available_locales (list[str]):
            certification (CurriculumCertificationSpec | None):
            id (str):
            locale (str):
            module_ids (list[str]): In the order to take them
            phase (CurriculumPhase):
            published_at (datetime.datetime | None):
            required (bool):
            status (CurriculumContentStatus):
            summary (str):
            title (str):
            updated_at (datetime.datetime):
     """

    audience_job_functions: list[CurriculumJobFunction]
    audience_unit_ids: list[str]
    available_locales: list[str]
    certification: CurriculumCertificationSpec | None
    id: str
    locale: str
    module_ids: list[str]
    phase: CurriculumPhase
    published_at: datetime.datetime | None
    required: bool
    status: CurriculumContentStatus
    summary: str
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_certification_spec import CurriculumCertificationSpec # noqa: PLC0415
        audience_job_functions = []
        for audience_job_functions_item_data in self.audience_job_functions:
            audience_job_functions_item = audience_job_functions_item_data.value
            audience_job_functions.append(audience_job_functions_item)



        audience_unit_ids = self.audience_unit_ids



        available_locales = self.available_locales



        certification: dict[str, Any] | None
        if isinstance(self.certification, CurriculumCertificationSpec):
            certification = self.certification.to_dict()
        else:
            certification = self.certification

        id = self.id

        locale = self.locale

        module_ids = self.module_ids



        phase = self.phase.value

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        required = self.required

        status = self.status.value

        summary = self.summary

        title = self.title

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audience_job_functions": audience_job_functions,
            "audience_unit_ids": audience_unit_ids,
            "available_locales": available_locales,
            "certification": certification,
            "id": id,
            "locale": locale,
            "module_ids": module_ids,
            "phase": phase,
            "published_at": published_at,
            "required": required,
            "status": status,
            "summary": summary,
            "title": title,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_certification_spec import CurriculumCertificationSpec # noqa: PLC0415
        d = dict(src_dict)
        audience_job_functions = []
        _audience_job_functions = d.pop("audience_job_functions")
        for audience_job_functions_item_data in (_audience_job_functions):
            audience_job_functions_item = CurriculumJobFunction(audience_job_functions_item_data)



            audience_job_functions.append(audience_job_functions_item)


        audience_unit_ids = cast(list[str], d.pop("audience_unit_ids"))


        available_locales = cast(list[str], d.pop("available_locales"))


        def _parse_certification(data: object) -> CurriculumCertificationSpec | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certification_type_0 = CurriculumCertificationSpec.from_dict(data)



                return certification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurriculumCertificationSpec | None, data)

        certification = _parse_certification(d.pop("certification"))


        id = d.pop("id")

        locale = d.pop("locale")

        module_ids = cast(list[str], d.pop("module_ids"))


        phase = CurriculumPhase(d.pop("phase"))




        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        required = d.pop("required")

        status = CurriculumContentStatus(d.pop("status"))




        summary = d.pop("summary")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        curriculum_track_public = cls(
            audience_job_functions=audience_job_functions,
            audience_unit_ids=audience_unit_ids,
            available_locales=available_locales,
            certification=certification,
            id=id,
            locale=locale,
            module_ids=module_ids,
            phase=phase,
            published_at=published_at,
            required=required,
            status=status,
            summary=summary,
            title=title,
            updated_at=updated_at,
        )


        curriculum_track_public.additional_properties = d
        return curriculum_track_public

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
