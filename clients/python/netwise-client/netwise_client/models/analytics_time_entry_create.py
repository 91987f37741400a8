from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_activity import AnalyticsActivity
from ..models.analytics_channel import AnalyticsChannel
from ..models.analytics_source import AnalyticsSource
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsTimeEntryCreate")



@_attrs_define
class AnalyticsTimeEntryCreate:
    """ 
        Attributes:
            date (datetime.date): Calendar day in the organisation's time zone.
            minutes (int): Whole minutes, 1-1440.
            activity (AnalyticsActivity | None | Unset):
            channel (AnalyticsChannel | None | Unset):
            note (None | str | Unset):
            person_id (None | str | Unset): Whose time; omitted means the caller's own.
            source (AnalyticsSource | Unset):
     """

    date: datetime.date
    minutes: int
    activity: AnalyticsActivity | None | Unset = UNSET
    channel: AnalyticsChannel | None | Unset = UNSET
    note: None | str | Unset = UNSET
    person_id: None | str | Unset = UNSET
    source: AnalyticsSource | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        minutes = self.minutes

        activity: None | str | Unset
        if isinstance(self.activity, Unset):
            activity = UNSET
        elif isinstance(self.activity, AnalyticsActivity):
            activity = self.activity.value
        else:
            activity = self.activity

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, AnalyticsChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
            "minutes": minutes,
        })
        if activity is not UNSET:
            field_dict["activity"] = activity
        if channel is not UNSET:
            field_dict["channel"] = channel
        if note is not UNSET:
            field_dict["note"] = note
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        minutes = d.pop("minutes")

        def _parse_activity(data: object) -> AnalyticsActivity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_type_0 = AnalyticsActivity(data)



                return activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsActivity | None | Unset, data)

        activity = _parse_activity(d.pop("activity", UNSET))


        def _parse_channel(data: object) -> AnalyticsChannel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = AnalyticsChannel(data)



                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsChannel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))


        _source = d.pop("source", UNSET)
        source: AnalyticsSource | Unset
        if isinstance(_source,  Unset):
            source = UNSET
        else:
            source = AnalyticsSource(_source)




        analytics_time_entry_create = cls(
            date=date,
            minutes=minutes,
            activity=activity,
            channel=channel,
            note=note,
            person_id=person_id,
            source=source,
        )

        return analytics_time_entry_create

