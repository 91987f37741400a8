from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CurriculumModuleContent")



@_attrs_define
class CurriculumModuleContent:
    """ 
        Attributes:
            title (str):
            body (str | Unset): Markdown Default: ''.
            summary (str | Unset):  Default: ''.
     """

    title: str
    body: str | Unset = ''
    summary: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
        })
        if body is not UNSET:
            field_dict["body"] = body
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        body = d.pop("body", UNSET)

        summary = d.pop("summary", UNSET)

        curriculum_module_content = cls(
            title=title,
            body=body,
            summary=summary,
        )

        return curriculum_module_content

