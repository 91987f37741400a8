from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="AdvocacyTopicHold")



@_attrs_define
class AdvocacyTopicHold:
    """ 
        Attributes:
            guidance (str | Unset):  Default: 'do not engage, flag it to the comms team'.
     """

    guidance: str | Unset = 'do not engage, flag it to the comms team'





    def to_dict(self) -> dict[str, Any]:
        guidance = self.guidance


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if guidance is not UNSET:
            field_dict["guidance"] = guidance

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        guidance = d.pop("guidance", UNSET)

        advocacy_topic_hold = cls(
            guidance=guidance,
        )

        return advocacy_topic_hold

