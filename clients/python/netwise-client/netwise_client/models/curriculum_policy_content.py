from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CurriculumPolicyContent")



@_attrs_define
class CurriculumPolicyContent:
    """ 
        Attributes:
            body (str): Markdown
            title (str):
     """

    body: str
    title: str





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "body": body,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        title = d.pop("title")

        curriculum_policy_content = cls(
            body=body,
            title=title,
        )

        return curriculum_policy_content

