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






T = TypeVar("T", bound="AnalyticsTimerPublic")



@_attrs_define
class AnalyticsTimerPublic:
    """ 
        Attributes:
            activity (AnalyticsActivity | None):
            channel (AnalyticsChannel | None):
            elapsed_minutes (int):
            id (str):
            note (None | str):
            person_id (str):
            started_at (datetime.datetime):
     """

    activity: AnalyticsActivity | None
    channel: AnalyticsChannel | None
    elapsed_minutes: int
    id: str
    note: None | str
    person_id: str
    started_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activity: None | str
        if isinstance(self.activity, AnalyticsActivity):
            activity = self.activity.value
        else:
            activity = self.activity

        channel: None | str
        if isinstance(self.channel, AnalyticsChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        elapsed_minutes = self.elapsed_minutes

        id = self.id

        note: None | str
        note = self.note

        person_id = self.person_id

        started_at = self.started_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity": activity,
            "channel": channel,
            "elapsed_minutes": elapsed_minutes,
            "id": id,
            "note": note,
            "person_id": person_id,
            "started_at": started_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_activity(data: object) -> AnalyticsActivity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_type_0 = AnalyticsActivity(data)



                return activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsActivity | None, data)

        activity = _parse_activity(d.pop("activity"))


        def _parse_channel(data: object) -> AnalyticsChannel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = AnalyticsChannel(data)



                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsChannel | None, data)

        channel = _parse_channel(d.pop("channel"))


        elapsed_minutes = d.pop("elapsed_minutes")

        id = d.pop("id")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        person_id = d.pop("person_id")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        analytics_timer_public = cls(
            activity=activity,
            channel=channel,
            elapsed_minutes=elapsed_minutes,
            id=id,
            note=note,
            person_id=person_id,
            started_at=started_at,
        )


        analytics_timer_public.additional_properties = d
        return analytics_timer_public

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
