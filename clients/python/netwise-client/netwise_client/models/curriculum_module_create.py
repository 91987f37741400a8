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
  from ..models.curriculum_module_create_content import CurriculumModuleCreateContent





T = TypeVar("T", bound="CurriculumModuleCreate")



@_attrs_define
class CurriculumModuleCreate:
    """ 
        Attributes:
            content (CurriculumModuleCreateContent): Variants by BCP 47 locale
            phase (CurriculumPhase):
            competencies (list[str] | Unset):
            default_locale (None | str | Unset): Defaults to the first content locale
            estimated_minutes (int | Unset):  Default: 15.
            job_functions (list[CurriculumJobFunction] | Unset):
            platforms (list[CurriculumPlatform] | Unset):
            prerequisites (list[str] | Unset):
            review_by (datetime.date | None | Unset):
     """

    content: CurriculumModuleCreateContent
    phase: CurriculumPhase
    competencies: list[str] | Unset = UNSET
    default_locale: None | str | Unset = UNSET
    estimated_minutes: int | Unset = 15
    job_functions: list[CurriculumJobFunction] | Unset = UNSET
    platforms: list[CurriculumPlatform] | Unset = UNSET
    prerequisites: list[str] | Unset = UNSET
    review_by: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_module_create_content import CurriculumModuleCreateContent # noqa: PLC0415
        content = self.content.to_dict()

        phase = self.phase.value

        competencies: list[str] | Unset = UNSET
        if not isinstance(self.competencies, Unset):
            competencies = self.competencies



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



        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.value
                platforms.append(platforms_item)



        prerequisites: list[str] | Unset = UNSET
        if not isinstance(self.prerequisites, Unset):
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
            "content": content,
            "phase": phase,
        })
        if competencies is not UNSET:
            field_dict["competencies"] = competencies
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale
        if estimated_minutes is not UNSET:
            field_dict["estimated_minutes"] = estimated_minutes
        if job_functions is not UNSET:
            field_dict["job_functions"] = job_functions
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if prerequisites is not UNSET:
            field_dict["prerequisites"] = prerequisites
        if review_by is not UNSET:
            field_dict["review_by"] = review_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_module_create_content import CurriculumModuleCreateContent # noqa: PLC0415
        d = dict(src_dict)
        content = CurriculumModuleCreateContent.from_dict(d.pop("content"))




        phase = CurriculumPhase(d.pop("phase"))




        competencies = cast(list[str], d.pop("competencies", UNSET))


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


        _platforms = d.pop("platforms", UNSET)
        platforms: list[CurriculumPlatform] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = CurriculumPlatform(platforms_item_data)



                platforms.append(platforms_item)


        prerequisites = cast(list[str], d.pop("prerequisites", UNSET))


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


        curriculum_module_create = cls(
            content=content,
            phase=phase,
            competencies=competencies,
            default_locale=default_locale,
            estimated_minutes=estimated_minutes,
            job_functions=job_functions,
            platforms=platforms,
            prerequisites=prerequisites,
            review_by=review_by,
        )

        return curriculum_module_create

