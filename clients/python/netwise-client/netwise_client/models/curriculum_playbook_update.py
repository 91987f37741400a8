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






T = TypeVar("T", bound="CurriculumPlaybookUpdate")



@_attrs_define
class CurriculumPlaybookUpdate:
    """ 
        Attributes:
            body (None | str | Unset):
            job_functions (list[CurriculumJobFunction] | None | Unset):
            locale (None | str | Unset):
            platforms (list[CurriculumPlatform] | None | Unset):
            title (None | str | Unset):
     """

    body: None | str | Unset = UNSET
    job_functions: list[CurriculumJobFunction] | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    platforms: list[CurriculumPlatform] | None | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        job_functions: list[str] | None | Unset
        if isinstance(self.job_functions, Unset):
            job_functions = UNSET
        elif isinstance(self.job_functions, list):
            job_functions = []
            for job_functions_type_0_item_data in self.job_functions:
                job_functions_type_0_item = job_functions_type_0_item_data.value
                job_functions.append(job_functions_type_0_item)


        else:
            job_functions = self.job_functions

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        platforms: list[str] | None | Unset
        if isinstance(self.platforms, Unset):
            platforms = UNSET
        elif isinstance(self.platforms, list):
            platforms = []
            for platforms_type_0_item_data in self.platforms:
                platforms_type_0_item = platforms_type_0_item_data.value
                platforms.append(platforms_type_0_item)


        else:
            platforms = self.platforms

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if body is not UNSET:
            field_dict["body"] = body
        if job_functions is not UNSET:
            field_dict["job_functions"] = job_functions
        if locale is not UNSET:
            field_dict["locale"] = locale
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))


        def _parse_job_functions(data: object) -> list[CurriculumJobFunction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_functions_type_0 = []
                _job_functions_type_0 = data
                for job_functions_type_0_item_data in (_job_functions_type_0):
                    job_functions_type_0_item = CurriculumJobFunction(job_functions_type_0_item_data)



                    job_functions_type_0.append(job_functions_type_0_item)

                return job_functions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CurriculumJobFunction] | None | Unset, data)

        job_functions = _parse_job_functions(d.pop("job_functions", UNSET))


        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))


        def _parse_platforms(data: object) -> list[CurriculumPlatform] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                platforms_type_0 = []
                _platforms_type_0 = data
                for platforms_type_0_item_data in (_platforms_type_0):
                    platforms_type_0_item = CurriculumPlatform(platforms_type_0_item_data)



                    platforms_type_0.append(platforms_type_0_item)

                return platforms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CurriculumPlatform] | None | Unset, data)

        platforms = _parse_platforms(d.pop("platforms", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        curriculum_playbook_update = cls(
            body=body,
            job_functions=job_functions,
            locale=locale,
            platforms=platforms,
            title=title,
        )

        return curriculum_playbook_update

