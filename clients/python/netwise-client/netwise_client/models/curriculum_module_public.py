from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_content_status import CurriculumContentStatus
from ..models.curriculum_job_function import CurriculumJobFunction
from ..models.curriculum_phase import CurriculumPhase
from ..models.curriculum_platform import CurriculumPlatform
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.curriculum_module_public_content_type_0 import CurriculumModulePublicContentType0





T = TypeVar("T", bound="CurriculumModulePublic")



@_attrs_define
class CurriculumModulePublic:
    """ A module as a reader sees it: the last published version, or the draft for editors (`view=draft`).

        Attributes:
            available_locales (list[str]):
            body (str):
            competencies (list[str]):
            estimated_minutes (int):
            has_quiz (bool):
            id (str):
            job_functions (list[CurriculumJobFunction]):
            locale (str): The locale of title, summary and body
            needs_review (bool):
            phase (CurriculumPhase):
            platforms (list[CurriculumPlatform]):
            prerequisites (list[str]):
            published_at (datetime.datetime | None):
            review_by (datetime.date | None):
            review_reason (None | str):
            status (CurriculumContentStatus):
            summary (str):
            title (str):
            updated_at (datetime.datetime):
            version (int): Increases on each publish; 0 for a never-published draft
            content (CurriculumModulePublicContentType0 | None | Unset): All variants (draft view only)
            has_unpublished_changes (bool | None | Unset): Draft view only
     """

    available_locales: list[str]
    body: str
    competencies: list[str]
    estimated_minutes: int
    has_quiz: bool
    id: str
    job_functions: list[CurriculumJobFunction]
    locale: str
    needs_review: bool
    phase: CurriculumPhase
    platforms: list[CurriculumPlatform]
    prerequisites: list[str]
    published_at: datetime.datetime | None
    review_by: datetime.date | None
    review_reason: None | str
    status: CurriculumContentStatus
    summary: str
    title: str
    updated_at: datetime.datetime
    version: int
    content: CurriculumModulePublicContentType0 | None | Unset = UNSET
    has_unpublished_changes: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_module_public_content_type_0 import CurriculumModulePublicContentType0 # noqa: PLC0415
        available_locales = self.available_locales



        body = self.body

        competencies = self.competencies



        estimated_minutes = self.estimated_minutes

        has_quiz = self.has_quiz

        id = self.id

        job_functions = []
        for job_functions_item_data in self.job_functions:
            job_functions_item = job_functions_item_data.value
            job_functions.append(job_functions_item)



        locale = self.locale

        needs_review = self.needs_review

        phase = self.phase.value

        platforms = []
        for platforms_item_data in self.platforms:
            platforms_item = platforms_item_data.value
            platforms.append(platforms_item)



        prerequisites = self.prerequisites



        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        review_by: None | str
        if isinstance(self.review_by, datetime.date):
            review_by = self.review_by.isoformat()
        else:
            review_by = self.review_by

        review_reason: None | str
        review_reason = self.review_reason

        status = self.status.value

        summary = self.summary

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, CurriculumModulePublicContentType0):
            content = self.content.to_dict()
        else:
            content = self.content

        has_unpublished_changes: bool | None | Unset
        if isinstance(self.has_unpublished_changes, Unset):
            has_unpublished_changes = UNSET
        else:
            has_unpublished_changes = self.has_unpublished_changes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "available_locales": available_locales,
            "body": body,
            "competencies": competencies,
            "estimated_minutes": estimated_minutes,
            "has_quiz": has_quiz,
            "id": id,
            "job_functions": job_functions,
            "locale": locale,
            "needs_review": needs_review,
            "phase": phase,
            "platforms": platforms,
            "prerequisites": prerequisites,
            "published_at": published_at,
            "review_by": review_by,
            "review_reason": review_reason,
            "status": status,
            "summary": summary,
            "title": title,
            "updated_at": updated_at,
            "version": version,
        })
        if content is not UNSET:
            field_dict["content"] = content
        if has_unpublished_changes is not UNSET:
            field_dict["has_unpublished_changes"] = has_unpublished_changes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_module_public_content_type_0 import CurriculumModulePublicContentType0 # noqa: PLC0415
        d = dict(src_dict)
        available_locales = cast(list[str], d.pop("available_locales"))


        body = d.pop("body")

        competencies = cast(list[str], d.pop("competencies"))


        estimated_minutes = d.pop("estimated_minutes")

        has_quiz = d.pop("has_quiz")

        id = d.pop("id")

        job_functions = []
        _job_functions = d.pop("job_functions")
        for job_functions_item_data in (_job_functions):
            job_functions_item = CurriculumJobFunction(job_functions_item_data)



            job_functions.append(job_functions_item)


        locale = d.pop("locale")

        needs_review = d.pop("needs_review")

        phase = CurriculumPhase(d.pop("phase"))




        platforms = []
        _platforms = d.pop("platforms")
        for platforms_item_data in (_platforms):
            platforms_item = CurriculumPlatform(platforms_item_data)



            platforms.append(platforms_item)


        prerequisites = cast(list[str], d.pop("prerequisites"))


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


        def _parse_review_by(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_by_type_0 = datetime.date.fromisoformat(data)



                return review_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        review_by = _parse_review_by(d.pop("review_by"))


        def _parse_review_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_reason = _parse_review_reason(d.pop("review_reason"))


        status = CurriculumContentStatus(d.pop("status"))




        summary = d.pop("summary")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_content(data: object) -> CurriculumModulePublicContentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = CurriculumModulePublicContentType0.from_dict(data)



                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurriculumModulePublicContentType0 | None | Unset, data)

        content = _parse_content(d.pop("content", UNSET))


        def _parse_has_unpublished_changes(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_unpublished_changes = _parse_has_unpublished_changes(d.pop("has_unpublished_changes", UNSET))


        curriculum_module_public = cls(
            available_locales=available_locales,
            body=body,
            competencies=competencies,
            estimated_minutes=estimated_minutes,
            has_quiz=has_quiz,
            id=id,
            job_functions=job_functions,
            locale=locale,
            needs_review=needs_review,
            phase=phase,
            platforms=platforms,
            prerequisites=prerequisites,
            published_at=published_at,
            review_by=review_by,
            review_reason=review_reason,
            status=status,
            summary=summary,
            title=title,
            updated_at=updated_at,
            version=version,
            content=content,
            has_unpublished_changes=has_unpublished_changes,
        )


        curriculum_module_public.additional_properties = d
        return curriculum_module_public

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
