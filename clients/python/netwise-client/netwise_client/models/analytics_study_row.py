from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AnalyticsStudyRow")



@_attrs_define
class AnalyticsStudyRow:
    """ 
        Attributes:
            activity (str):
            channel (str):
            cost_minor (int):
            minutes (int):
            org_unit_id (None | str):
            people (int):
            share_percent (float): Of the unit's study minutes.
            unit_name (None | str):
     """

    activity: str
    channel: str
    cost_minor: int
    minutes: int
    org_unit_id: None | str
    people: int
    share_percent: float
    unit_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activity = self.activity

        channel = self.channel

        cost_minor = self.cost_minor

        minutes = self.minutes

        org_unit_id: None | str
        org_unit_id = self.org_unit_id

        people = self.people

        share_percent = self.share_percent

        unit_name: None | str
        unit_name = self.unit_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity": activity,
            "channel": channel,
            "cost_minor": cost_minor,
            "minutes": minutes,
            "org_unit_id": org_unit_id,
            "people": people,
            "share_percent": share_percent,
            "unit_name": unit_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity = d.pop("activity")

        channel = d.pop("channel")

        cost_minor = d.pop("cost_minor")

        minutes = d.pop("minutes")

        def _parse_org_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_unit_id = _parse_org_unit_id(d.pop("org_unit_id"))


        people = d.pop("people")

        share_percent = d.pop("share_percent")

        def _parse_unit_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_name = _parse_unit_name(d.pop("unit_name"))


        analytics_study_row = cls(
            activity=activity,
            channel=channel,
            cost_minor=cost_minor,
            minutes=minutes,
            org_unit_id=org_unit_id,
            people=people,
            share_percent=share_percent,
            unit_name=unit_name,
        )


        analytics_study_row.additional_properties = d
        return analytics_study_row

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
