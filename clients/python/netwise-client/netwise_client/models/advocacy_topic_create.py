from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AdvocacyTopicCreate")



@_attrs_define
class AdvocacyTopicCreate:
    """ 
        Attributes:
            name (str):
            slug (str):
            audience_job_functions (list[str] | Unset):
            audience_org_unit_ids (list[str] | Unset):
            certification_key (None | str | Unset): Needed to share a sensitive topic's posts.
            description (None | str | Unset):
            sensitive (bool | Unset):  Default: False.
     """

    name: str
    slug: str
    audience_job_functions: list[str] | Unset = UNSET
    audience_org_unit_ids: list[str] | Unset = UNSET
    certification_key: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    sensitive: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        audience_job_functions: list[str] | Unset = UNSET
        if not isinstance(self.audience_job_functions, Unset):
            audience_job_functions = self.audience_job_functions



        audience_org_unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.audience_org_unit_ids, Unset):
            audience_org_unit_ids = self.audience_org_unit_ids



        certification_key: None | str | Unset
        if isinstance(self.certification_key, Unset):
            certification_key = UNSET
        else:
            certification_key = self.certification_key

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        sensitive = self.sensitive


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "slug": slug,
        })
        if audience_job_functions is not UNSET:
            field_dict["audience_job_functions"] = audience_job_functions
        if audience_org_unit_ids is not UNSET:
            field_dict["audience_org_unit_ids"] = audience_org_unit_ids
        if certification_key is not UNSET:
            field_dict["certification_key"] = certification_key
        if description is not UNSET:
            field_dict["description"] = description
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        audience_job_functions = cast(list[str], d.pop("audience_job_functions", UNSET))


        audience_org_unit_ids = cast(list[str], d.pop("audience_org_unit_ids", UNSET))


        def _parse_certification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certification_key = _parse_certification_key(d.pop("certification_key", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        sensitive = d.pop("sensitive", UNSET)

        advocacy_topic_create = cls(
            name=name,
            slug=slug,
            audience_job_functions=audience_job_functions,
            audience_org_unit_ids=audience_org_unit_ids,
            certification_key=certification_key,
            description=description,
            sensitive=sensitive,
        )

        return advocacy_topic_create

