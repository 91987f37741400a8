from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_report_row_group import AnalyticsReportRowGroup





T = TypeVar("T", bound="AnalyticsReportRow")



@_attrs_define
class AnalyticsReportRow:
    """ 
        Attributes:
            cost_minor (int):
            group (AnalyticsReportRowGroup): The value of each group_by key.
            minutes (int):
            people (int):
            uncosted_minutes (int): Minutes with no rate for their date.
     """

    cost_minor: int
    group: AnalyticsReportRowGroup
    minutes: int
    people: int
    uncosted_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_report_row_group import AnalyticsReportRowGroup # noqa: PLC0415
        cost_minor = self.cost_minor

        group = self.group.to_dict()

        minutes = self.minutes

        people = self.people

        uncosted_minutes = self.uncosted_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cost_minor": cost_minor,
            "group": group,
            "minutes": minutes,
            "people": people,
            "uncosted_minutes": uncosted_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_report_row_group import AnalyticsReportRowGroup # noqa: PLC0415
        d = dict(src_dict)
        cost_minor = d.pop("cost_minor")

        group = AnalyticsReportRowGroup.from_dict(d.pop("group"))




        minutes = d.pop("minutes")

        people = d.pop("people")

        uncosted_minutes = d.pop("uncosted_minutes")

        analytics_report_row = cls(
            cost_minor=cost_minor,
            group=group,
            minutes=minutes,
            people=people,
            uncosted_minutes=uncosted_minutes,
        )


        analytics_report_row.additional_properties = d
        return analytics_report_row

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
