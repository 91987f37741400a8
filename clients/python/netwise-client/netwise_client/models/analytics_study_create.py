from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_activity import AnalyticsActivity
from ..models.analytics_channel import AnalyticsChannel
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsStudyCreate")



@_attrs_define
class AnalyticsStudyCreate:
    """ 
        Attributes:
            ends_on (datetime.date):
            name (str):
            starts_on (datetime.date):
            activities (list[AnalyticsActivity] | Unset):
            channels (list[AnalyticsChannel] | Unset): Channels reported in detail; empty means all communication work.
            person_ids (list[str] | Unset):
            unit_ids (list[str] | Unset):
     """

    ends_on: datetime.date
    name: str
    starts_on: datetime.date
    activities: list[AnalyticsActivity] | Unset = UNSET
    channels: list[AnalyticsChannel] | Unset = UNSET
    person_ids: list[str] | Unset = UNSET
    unit_ids: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        name = self.name

        starts_on = self.starts_on.isoformat()

        activities: list[str] | Unset = UNSET
        if not isinstance(self.activities, Unset):
            activities = []
            for activities_item_data in self.activities:
                activities_item = activities_item_data.value
                activities.append(activities_item)



        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.value
                channels.append(channels_item)



        person_ids: list[str] | Unset = UNSET
        if not isinstance(self.person_ids, Unset):
            person_ids = self.person_ids



        unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.unit_ids, Unset):
            unit_ids = self.unit_ids




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ends_on": ends_on,
            "name": name,
            "starts_on": starts_on,
        })
        if activities is not UNSET:
            field_dict["activities"] = activities
        if channels is not UNSET:
            field_dict["channels"] = channels
        if person_ids is not UNSET:
            field_dict["person_ids"] = person_ids
        if unit_ids is not UNSET:
            field_dict["unit_ids"] = unit_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        name = d.pop("name")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        _activities = d.pop("activities", UNSET)
        activities: list[AnalyticsActivity] | Unset = UNSET
        if _activities is not UNSET:
            activities = []
            for activities_item_data in _activities:
                activities_item = AnalyticsActivity(activities_item_data)



                activities.append(activities_item)


        _channels = d.pop("channels", UNSET)
        channels: list[AnalyticsChannel] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = AnalyticsChannel(channels_item_data)



                channels.append(channels_item)


        person_ids = cast(list[str], d.pop("person_ids", UNSET))


        unit_ids = cast(list[str], d.pop("unit_ids", UNSET))


        analytics_study_create = cls(
            ends_on=ends_on,
            name=name,
            starts_on=starts_on,
            activities=activities,
            channels=channels,
            person_ids=person_ids,
            unit_ids=unit_ids,
        )

        return analytics_study_create

