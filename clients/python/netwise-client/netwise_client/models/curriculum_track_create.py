from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_job_function import CurriculumJobFunction
from ..models.curriculum_phase import CurriculumPhase
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_certification_spec import CurriculumCertificationSpec
  from ..models.curriculum_track_create_content import CurriculumTrackCreateContent





T = TypeVar("T", bound="CurriculumTrackCreate")



@_attrs_define
class CurriculumTrackCreate:
    """ 
        Attributes:
            content (CurriculumTrackCreateContent):
            phase (CurriculumPhase):
            audience_job_functions (list[CurriculumJobFunction] | Unset):
            audience_unit_ids (list[str] | Unset):
            certification (CurriculumCertificationSpec | None | Unset):
            default_locale (None | str | Unset):
            module_ids (list[str] | Unset):
            required (bool | None | Unset): Defaults to false for foundations, true otherwise
     """

    content: CurriculumTrackCreateContent
    phase: CurriculumPhase
    audience_job_functions: list[CurriculumJobFunction] | Unset = UNSET
    audience_unit_ids: list[str] | Unset = UNSET
    certification: CurriculumCertificationSpec | None | Unset = UNSET
    default_locale: None | str | Unset = UNSET
    module_ids: list[str] | Unset = UNSET
    required: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_certification_spec import CurriculumCertificationSpec # noqa: PLC0415
        from ..models.curriculum_track_create_content import CurriculumTrackCreateContent # noqa: PLC0415
        content = self.content.to_dict()

        phase = self.phase.value

        audience_job_functions: list[str] | Unset = UNSET
        if not isinstance(self.audience_job_functions, Unset):
            audience_job_functions = []
            for audience_job_functions_item_data in self.audience_job_functions:
                audience_job_functions_item = audience_job_functions_item_data.value
                audience_job_functions.append(audience_job_functions_item)



        audience_unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.audience_unit_ids, Unset):
            audience_unit_ids = self.audience_unit_ids



        certification: dict[str, Any] | None | Unset
        if isinstance(self.certification, Unset):
            certification = UNSET
        elif isinstance(self.certification, CurriculumCertificationSpec):
            certification = self.certification.to_dict()
        else:
            certification = self.certification

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale

        module_ids: list[str] | Unset = UNSET
        if not isinstance(self.module_ids, Unset):
            module_ids = self.module_ids



        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "content": content,
            "phase": phase,
        })
        if audience_job_functions is not UNSET:
            field_dict["audience_job_functions"] = audience_job_functions
        if audience_unit_ids is not UNSET:
            field_dict["audience_unit_ids"] = audience_unit_ids
        if certification is not UNSET:
            field_dict["certification"] = certification
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale
        if module_ids is not UNSET:
            field_dict["module_ids"] = module_ids
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_certification_spec import CurriculumCertificationSpec # noqa: PLC0415
        from ..models.curriculum_track_create_content import CurriculumTrackCreateContent # noqa: PLC0415
        d = dict(src_dict)
        content = CurriculumTrackCreateContent.from_dict(d.pop("content"))




        phase = CurriculumPhase(d.pop("phase"))




        _audience_job_functions = d.pop("audience_job_functions", UNSET)
        audience_job_functions: list[CurriculumJobFunction] | Unset = UNSET
        if _audience_job_functions is not UNSET:
            audience_job_functions = []
            for audience_job_functions_item_data in _audience_job_functions:
                audience_job_functions_item = CurriculumJobFunction(audience_job_functions_item_data)



                audience_job_functions.append(audience_job_functions_item)


        audience_unit_ids = cast(list[str], d.pop("audience_unit_ids", UNSET))


        def _parse_certification(data: object) -> CurriculumCertificationSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certification_type_0 = CurriculumCertificationSpec.from_dict(data)



                return certification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurriculumCertificationSpec | None | Unset, data)

        certification = _parse_certification(d.pop("certification", UNSET))


        def _parse_default_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_locale = _parse_default_locale(d.pop("default_locale", UNSET))


        module_ids = cast(list[str], d.pop("module_ids", UNSET))


        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))


        curriculum_track_create = cls(
            content=content,
            phase=phase,
            audience_job_functions=audience_job_functions,
            audience_unit_ids=audience_unit_ids,
            certification=certification,
            default_locale=default_locale,
            module_ids=module_ids,
            required=required,
        )

        return curriculum_track_create

