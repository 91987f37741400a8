from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AdvocacyTopicPublic")



@_attrs_define
class AdvocacyTopicPublic:
    """ 
        Attributes:
            audience_job_functions (list[str]):
            audience_org_unit_ids (list[str]):
            certification_key (None | str):
            description (None | str):
            guidance (None | str): What to do while the topic is on hold.
            held_at (datetime.datetime | None):
            id (str):
            name (str):
            on_hold (bool):
            sensitive (bool):
            slug (str):
            version (int):
     """

    audience_job_functions: list[str]
    audience_org_unit_ids: list[str]
    certification_key: None | str
    description: None | str
    guidance: None | str
    held_at: datetime.datetime | None
    id: str
    name: str
    on_hold: bool
    sensitive: bool
    slug: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        audience_job_functions = self.audience_job_functions



        audience_org_unit_ids = self.audience_org_unit_ids



        certification_key: None | str
        certification_key = self.certification_key

        description: None | str
        description = self.description

        guidance: None | str
        guidance = self.guidance

        held_at: None | str
        if isinstance(self.held_at, datetime.datetime):
            held_at = self.held_at.isoformat()
        else:
            held_at = self.held_at

        id = self.id

        name = self.name

        on_hold = self.on_hold

        sensitive = self.sensitive

        slug = self.slug

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audience_job_functions": audience_job_functions,
            "audience_org_unit_ids": audience_org_unit_ids,
            "certification_key": certification_key,
            "description": description,
            "guidance": guidance,
            "held_at": held_at,
            "id": id,
            "name": name,
            "on_hold": on_hold,
            "sensitive": sensitive,
            "slug": slug,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audience_job_functions = cast(list[str], d.pop("audience_job_functions"))


        audience_org_unit_ids = cast(list[str], d.pop("audience_org_unit_ids"))


        def _parse_certification_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certification_key = _parse_certification_key(d.pop("certification_key"))


        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        def _parse_guidance(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        guidance = _parse_guidance(d.pop("guidance"))


        def _parse_held_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_at_type_0 = datetime.datetime.fromisoformat(data)



                return held_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        held_at = _parse_held_at(d.pop("held_at"))


        id = d.pop("id")

        name = d.pop("name")

        on_hold = d.pop("on_hold")

        sensitive = d.pop("sensitive")

        slug = d.pop("slug")

        version = d.pop("version")

        advocacy_topic_public = cls(
            audience_job_functions=audience_job_functions,
            audience_org_unit_ids=audience_org_unit_ids,
            certification_key=certification_key,
            description=description,
            guidance=guidance,
            held_at=held_at,
            id=id,
            name=name,
            on_hold=on_hold,
            sensitive=sensitive,
            slug=slug,
            version=version,
        )


        advocacy_topic_public.additional_properties = d
        return advocacy_topic_public

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
