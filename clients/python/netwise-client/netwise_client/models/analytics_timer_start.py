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






T = TypeVar("T", bound="AnalyticsTimerStart")



@_attrs_define
class AnalyticsTimerStart:
    """ 
        Attributes:
            activity (AnalyticsActivity | None | Unset):
            channel (AnalyticsChannel | None | Unset):
            note (None | str | Unset):
     """

    activity: AnalyticsActivity | None | Unset = UNSET
    channel: AnalyticsChannel | None | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
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


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if activity is not UNSET:
            field_dict["activity"] = activity
        if channel is not UNSET:
            field_dict["channel"] = channel
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        analytics_timer_start = cls(
            activity=activity,
            channel=channel,
            note=note,
        )

        return analytics_timer_start

