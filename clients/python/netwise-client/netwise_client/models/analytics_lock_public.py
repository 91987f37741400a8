from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsLockPublic")



@_attrs_define
class AnalyticsLockPublic:
    """ 
        Attributes:
            locked_at (datetime.datetime):
            locked_by (str):
            month (str):
     """

    locked_at: datetime.datetime
    locked_by: str
    month: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        locked_at = self.locked_at.isoformat()

        locked_by = self.locked_by

        month = self.month


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "locked_at": locked_at,
            "locked_by": locked_by,
            "month": month,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        locked_at = datetime.datetime.fromisoformat(d.pop("locked_at"))




        locked_by = d.pop("locked_by")

        month = d.pop("month")

        analytics_lock_public = cls(
            locked_at=locked_at,
            locked_by=locked_by,
            month=month,
        )


        analytics_lock_public.additional_properties = d
        return analytics_lock_public

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
