from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_job_function import CurriculumJobFunction
from ..models.curriculum_platform import CurriculumPlatform
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CurriculumPlaybookCreate")



@_attrs_define
class CurriculumPlaybookCreate:
    """ 
        Attributes:
            body (str): Markdown
            title (str):
            job_functions (list[CurriculumJobFunction] | Unset):
            locale (str | Unset): BCP 47 language tag, e.g. sv-SE Default: 'en'.
            platforms (list[CurriculumPlatform] | Unset):
     """

    body: str
    title: str
    job_functions: list[CurriculumJobFunction] | Unset = UNSET
    locale: str | Unset = 'en'
    platforms: list[CurriculumPlatform] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        title = self.title

        job_functions: list[str] | Unset = UNSET
        if not isinstance(self.job_functions, Unset):
            job_functions = []
            for job_functions_item_data in self.job_functions:
                job_functions_item = job_functions_item_data.value
                job_functions.append(job_functions_item)



        locale = self.locale

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.value
                platforms.append(platforms_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "body": body,
            "title": title,
        })
        if job_functions is not UNSET:
            field_dict["job_functions"] = job_functions
        if locale is not UNSET:
            field_dict["locale"] = locale
        if platforms is not UNSET:
            field_dict["platforms"] = platforms

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        title = d.pop("title")

        _job_functions = d.pop("job_functions", UNSET)
        job_functions: list[CurriculumJobFunction] | Unset = UNSET
        if _job_functions is not UNSET:
            job_functions = []
            for job_functions_item_data in _job_functions:
                job_functions_item = CurriculumJobFunction(job_functions_item_data)



                job_functions.append(job_functions_item)


        locale = d.pop("locale", UNSET)

        _platforms = d.pop("platforms", UNSET)
        platforms: list[CurriculumPlatform] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = CurriculumPlatform(platforms_item_data)



                platforms.append(platforms_item)


        curriculum_playbook_create = cls(
            body=body,
            title=title,
            job_functions=job_functions,
            locale=locale,
            platforms=platforms,
        )

        return curriculum_playbook_create

