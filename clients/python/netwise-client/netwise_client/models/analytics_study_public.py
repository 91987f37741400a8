from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_activity import AnalyticsActivity
from ..models.analytics_channel import AnalyticsChannel
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsStudyPublic")



@_attrs_define
class AnalyticsStudyPublic:
    """ 
        Attributes:
            activities (list[AnalyticsActivity]):
            channels (list[AnalyticsChannel]):
            closed_at (datetime.datetime | None):
            created_at (datetime.datetime):
            ends_on (datetime.date):
            id (str):
            name (str):
            person_ids (list[str]):
            starts_on (datetime.date):
            status (str): planned, running, ended (past its end, not yet closed) or closed.
            unit_ids (list[str]):
            version (int):
     """

    activities: list[AnalyticsActivity]
    channels: list[AnalyticsChannel]
    closed_at: datetime.datetime | None
    created_at: datetime.datetime
    ends_on: datetime.date
    id: str
    name: str
    person_ids: list[str]
    starts_on: datetime.date
    status: str
    unit_ids: list[str]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activities = []
        for activities_item_data in self.activities:
            activities_item = activities_item_data.value
            activities.append(activities_item)



        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)



        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        created_at = self.created_at.isoformat()

        ends_on = self.ends_on.isoformat()

        id = self.id

        name = self.name

        person_ids = self.person_ids



        starts_on = self.starts_on.isoformat()

        status = self.status

        unit_ids = self.unit_ids



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activities": activities,
            "channels": channels,
            "closed_at": closed_at,
            "created_at": created_at,
            "ends_on": ends_on,
            "id": id,
            "name": name,
            "person_ids": person_ids,
            "starts_on": starts_on,
            "status": status,
            "unit_ids": unit_ids,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activities = []
        _activities = d.pop("activities")
        for activities_item_data in (_activities):
            activities_item = AnalyticsActivity(activities_item_data)



            activities.append(activities_item)


        channels = []
        _channels = d.pop("channels")
        for channels_item_data in (_channels):
            channels_item = AnalyticsChannel(channels_item_data)



            channels.append(channels_item)


        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        id = d.pop("id")

        name = d.pop("name")

        person_ids = cast(list[str], d.pop("person_ids"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        status = d.pop("status")

        unit_ids = cast(list[str], d.pop("unit_ids"))


        version = d.pop("version")

        analytics_study_public = cls(
            activities=activities,
            channels=channels,
            closed_at=closed_at,
            created_at=created_at,
            ends_on=ends_on,
            id=id,
            name=name,
            person_ids=person_ids,
            starts_on=starts_on,
            status=status,
            unit_ids=unit_ids,
            version=version,
        )


        analytics_study_public.additional_properties = d
        return analytics_study_public

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
