from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AnalyticsCapConsent")



@_attrs_define
class AnalyticsCapConsent:
    """ 
        Attributes:
            status_shared_with_setter (bool): true lets the leader who set this cap on you see your status against it; false
                takes that back at once.
     """

    status_shared_with_setter: bool





    def to_dict(self) -> dict[str, Any]:
        status_shared_with_setter = self.status_shared_with_setter


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status_shared_with_setter": status_shared_with_setter,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_shared_with_setter = d.pop("status_shared_with_setter")

        analytics_cap_consent = cls(
            status_shared_with_setter=status_shared_with_setter,
        )

        return analytics_cap_consent

