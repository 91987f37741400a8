from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_job_function import CurriculumJobFunction
from ..models.curriculum_phase import CurriculumPhase
from ..models.curriculum_platform import CurriculumPlatform
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.curriculum_module_update_content import CurriculumModuleUpdateContent





T = TypeVar("T", bound="CurriculumModuleUpdate")



@_attrs_define
class CurriculumModuleUpdate:
    """ 
        Attributes:
            competencies (list[str] | Unset):
            content (CurriculumModuleUpdateContent | Unset): Variants by BCP 47 locale
            default_locale (None | str | Unset):
            estimated_minutes (int | Unset):
            job_functions (list[CurriculumJobFunction] | Unset):
            phase (CurriculumPhase | Unset):
            platforms (list[CurriculumPlatform] | Unset):
            prerequisites (list[str] | None | Unset):
            review_by (datetime.date | None | Unset):
     """

    competencies: list[str] | Unset = UNSET
    content: CurriculumModuleUpdateContent | Unset = UNSET
    default_locale: None | str | Unset = UNSET
    estimated_minutes: int | Unset = UNSET
    job_functions: list[CurriculumJobFunction] | Unset = UNSET
    phase: CurriculumPhase | Unset = UNSET
    platforms: list[CurriculumPlatform] | Unset = UNSET
    prerequisites: list[str] | None | Unset = UNSET
    review_by: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_module_update_content import CurriculumModuleUpdateContent # noqa: PLC0415
        competencies: list[str] | Unset = UNSET
        if not isinstance(self.competencies, Unset):
            competencies = self.competencies



        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale

        estimated_minutes = self.estimated_minutes

        job_functions: list[str] | Unset = UNSET
        if not isinstance(self.job_functions, Unset):
            job_functions = []
            for job_functions_item_data in self.job_functions:
                job_functions_item = job_functions_item_data.value
                job_functions.append(job_functions_item)



        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value


        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.value
                platforms.append(platforms_item)



        prerequisites: list[str] | None | Unset
        if isinstance(self.prerequisites, Unset):
            prerequisites = UNSET
        elif isinstance(self.prerequisites, list):
            prerequisites = self.prerequisites


        else:
            prerequisites = self.prerequisites

        review_by: None | str | Unset
        if isinstance(self.review_by, Unset):
            review_by = UNSET
        elif isinstance(self.review_by, datetime.date):
            review_by = self.review_by.isoformat()
        else:
            review_by = self.review_by


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if competencies is not UNSET:
            field_dict["competencies"] = competencies
        if content is not UNSET:
            field_dict["content"] = content
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale
        if estimated_minutes is not UNSET:
            field_dict["estimated_minutes"] = estimated_minutes
        if job_functions is not UNSET:
            field_dict["job_functions"] = job_functions
        if phase is not UNSET:
            field_dict["phase"] = phase
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if prerequisites is not UNSET:
            field_dict["prerequisites"] = prerequisites
        if review_by is not UNSET:
            field_dict["review_by"] = review_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_module_update_content import CurriculumModuleUpdateContent # noqa: PLC0415
        d = dict(src_dict)
        competencies = cast(list[str], d.pop("competencies", UNSET))


        _content = d.pop("content", UNSET)
        content: CurriculumModuleUpdateContent | Unset
        if isinstance(_content,  Unset):
            content = UNSET
        else:
            content = CurriculumModuleUpdateContent.from_dict(_content)




        def _parse_default_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_locale = _parse_default_locale(d.pop("default_locale", UNSET))


        estimated_minutes = d.pop("estimated_minutes", UNSET)

        _job_functions = d.pop("job_functions", UNSET)
        job_functions: list[CurriculumJobFunction] | Unset = UNSET
        if _job_functions is not UNSET:
            job_functions = []
            for job_functions_item_data in _job_functions:
                job_functions_item = CurriculumJobFunction(job_functions_item_data)



                job_functions.append(job_functions_item)


        _phase = d.pop("phase", UNSET)
        phase: CurriculumPhase | Unset
        if isinstance(_phase,  Unset):
            phase = UNSET
        else:
            phase = CurriculumPhase(_phase)




        _platforms = d.pop("platforms", UNSET)
        platforms: list[CurriculumPlatform] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = CurriculumPlatform(platforms_item_data)



                platforms.append(platforms_item)


        def _parse_prerequisites(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prerequisites_type_0 = cast(list[str], data)

                return prerequisites_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        prerequisites = _parse_prerequisites(d.pop("prerequisites", UNSET))


        def _parse_review_by(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_by_type_0 = datetime.date.fromisoformat(data)



                return review_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        review_by = _parse_review_by(d.pop("review_by", UNSET))


        curriculum_module_update = cls(
            competencies=competencies,
            content=content,
            default_locale=default_locale,
            estimated_minutes=estimated_minutes,
            job_functions=job_functions,
            phase=phase,
            platforms=platforms,
            prerequisites=prerequisites,
            review_by=review_by,
        )

        return curriculum_module_update

