from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_job_function import CurriculumJobFunction
from ..models.curriculum_platform import CurriculumPlatform
from ..models.curriculum_playbook_status import CurriculumPlaybookStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumPlaybookPublic")



@_attrs_define
class CurriculumPlaybookPublic:
    """ 
        Attributes:
            author_id (str):
            body (str):
            created_at (datetime.datetime):
            id (str):
            job_functions (list[CurriculumJobFunction]):
            locale (str):
            platforms (list[CurriculumPlatform]):
            published_at (datetime.datetime | None):
            review_note (None | str):
            status (CurriculumPlaybookStatus):
            title (str):
            updated_at (datetime.datetime):
     """

    author_id: str
    body: str
    created_at: datetime.datetime
    id: str
    job_functions: list[CurriculumJobFunction]
    locale: str
    platforms: list[CurriculumPlatform]
    published_at: datetime.datetime | None
    review_note: None | str
    status: CurriculumPlaybookStatus
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        author_id = self.author_id

        body = self.body

        created_at = self.created_at.isoformat()

        id = self.id

        job_functions = []
        for job_functions_item_data in self.job_functions:
            job_functions_item = job_functions_item_data.value
            job_functions.append(job_functions_item)



        locale = self.locale

        platforms = []
        for platforms_item_data in self.platforms:
            platforms_item = platforms_item_data.value
            platforms.append(platforms_item)



        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        review_note: None | str
        review_note = self.review_note

        status = self.status.value

        title = self.title

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "author_id": author_id,
            "body": body,
            "created_at": created_at,
            "id": id,
            "job_functions": job_functions,
            "locale": locale,
            "platforms": platforms,
            "published_at": published_at,
            "review_note": review_note,
            "status": status,
            "title": title,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author_id = d.pop("author_id")

        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        job_functions = []
        _job_functions = d.pop("job_functions")
        for job_functions_item_data in (_job_functions):
            job_functions_item = CurriculumJobFunction(job_functions_item_data)



            job_functions.append(job_functions_item)


        locale = d.pop("locale")

        platforms = []
        _platforms = d.pop("platforms")
        for platforms_item_data in (_platforms):
            platforms_item = CurriculumPlatform(platforms_item_data)



            platforms.append(platforms_item)


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


        def _parse_review_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_note = _parse_review_note(d.pop("review_note"))


        status = CurriculumPlaybookStatus(d.pop("status"))




        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        curriculum_playbook_public = cls(
            author_id=author_id,
            body=body,
            created_at=created_at,
            id=id,
            job_functions=job_functions,
            locale=locale,
            platforms=platforms,
            published_at=published_at,
            review_note=review_note,
            status=status,
            title=title,
            updated_at=updated_at,
        )


        curriculum_playbook_public.additional_properties = d
        return curriculum_playbook_public

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
