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
  from ..models.curriculum_track_update_content import CurriculumTrackUpdateContent





T = TypeVar("T", bound="CurriculumTrackUpdate")



@_attrs_define
class CurriculumTrackUpdate:
    """ 
        Attributes:
            audience_job_functions (list[CurriculumJobFunction] | Unset):
            audience_unit_ids (list[str] | Unset):
            certification (CurriculumCertificationSpec | None | Unset):
            content (CurriculumTrackUpdateContent | Unset):
            default_locale (None | str | Unset):
            module_ids (list[str] | Unset):
            phase (CurriculumPhase | Unset):
            required (bool | Unset):
     """

    audience_job_functions: list[CurriculumJobFunction] | Unset = UNSET
    audience_unit_ids: list[str] | Unset = UNSET
    certification: CurriculumCertificationSpec | None | Unset = UNSET
    content: CurriculumTrackUpdateContent | Unset = UNSET
    default_locale: None | str | Unset = UNSET
    module_ids: list[str] | Unset = UNSET
    phase: CurriculumPhase | Unset = UNSET
    required: bool | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_certification_spec import CurriculumCertificationSpec # noqa: PLC0415
        from ..models.curriculum_track_update_content import CurriculumTrackUpdateContent # noqa: PLC0415
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

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale

        module_ids: list[str] | Unset = UNSET
        if not isinstance(self.module_ids, Unset):
            module_ids = self.module_ids



        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value


        required = self.required


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if audience_job_functions is not UNSET:
            field_dict["audience_job_functions"] = audience_job_functions
        if audience_unit_ids is not UNSET:
            field_dict["audience_unit_ids"] = audience_unit_ids
        if certification is not UNSET:
            field_dict["certification"] = certification
        if content is not UNSET:
            field_dict["content"] = content
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale
        if module_ids is not UNSET:
            field_dict["module_ids"] = module_ids
        if phase is not UNSET:
            field_dict["phase"] = phase
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_certification_spec import CurriculumCertificationSpec # noqa: PLC0415
        from ..models.curriculum_track_update_content import CurriculumTrackUpdateContent # noqa: PLC0415
        d = dict(src_dict)
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


        _content = d.pop("content", UNSET)
        content: CurriculumTrackUpdateContent | Unset
        if isinstance(_content,  Unset):
            content = UNSET
        else:
            content = CurriculumTrackUpdateContent.from_dict(_content)




        def _parse_default_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_locale = _parse_default_locale(d.pop("default_locale", UNSET))


        module_ids = cast(list[str], d.pop("module_ids", UNSET))


        _phase = d.pop("phase", UNSET)
        phase: CurriculumPhase | Unset
        if isinstance(_phase,  Unset):
            phase = UNSET
        else:
            phase = CurriculumPhase(_phase)




        required = d.pop("required", UNSET)

        curriculum_track_update = cls(
            audience_job_functions=audience_job_functions,
            audience_unit_ids=audience_unit_ids,
            certification=certification,
            content=content,
            default_locale=default_locale,
            module_ids=module_ids,
            phase=phase,
            required=required,
        )

        return curriculum_track_update

