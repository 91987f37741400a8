from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AnalyticsSuppression")



@_attrs_define
class AnalyticsSuppression:
    """ Says, in every aggregate response, what was held back and why.

        Attributes:
            min_group_size (int): Groups with fewer people than this are not shown.
            suppressed_groups (int): How many groups were left out for being too small.
     """

    min_group_size: int
    suppressed_groups: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        min_group_size = self.min_group_size

        suppressed_groups = self.suppressed_groups


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "min_group_size": min_group_size,
            "suppressed_groups": suppressed_groups,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_group_size = d.pop("min_group_size")

        suppressed_groups = d.pop("suppressed_groups")

        analytics_suppression = cls(
            min_group_size=min_group_size,
            suppressed_groups=suppressed_groups,
        )


        analytics_suppression.additional_properties = d
        return analytics_suppression

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
