from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CurriculumCertificationSpec")



@_attrs_define
class CurriculumCertificationSpec:
    """ 
        Attributes:
            key (str): Stable slug other services refer to, e.g. social-media-ambassador
            validity_days (int):
     """

    key: str
    validity_days: int





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        validity_days = self.validity_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "key": key,
            "validity_days": validity_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        validity_days = d.pop("validity_days")

        curriculum_certification_spec = cls(
            key=key,
            validity_days=validity_days,
        )

        return curriculum_certification_spec

