from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_activity import AnalyticsActivity
from ..models.analytics_cap_scope import AnalyticsCapScope
from ..models.analytics_channel import AnalyticsChannel
from ..models.analytics_period import AnalyticsPeriod
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AnalyticsCapCreate")



@_attrs_define
class AnalyticsCapCreate:
    """ 
        Attributes:
            limit_minutes (int):
            name (str):
            period (AnalyticsPeriod):
            scope (AnalyticsCapScope):
            activity (AnalyticsActivity | None | Unset):
            channel (AnalyticsChannel | None | Unset):
            hard (bool | Unset): Refuse entries that would pass the limit. Default: False.
            per_person (bool | Unset): The limit applies to each person in scope; false pools everyone's minutes against one
                limit. Default: True.
            scope_id (None | str | Unset): Org unit id, job function or person id; none for the organisation.
            thresholds (list[int] | Unset):
            window_days (int | None | Unset): For rolling only.
     """

    limit_minutes: int
    name: str
    period: AnalyticsPeriod
    scope: AnalyticsCapScope
    activity: AnalyticsActivity | None | Unset = UNSET
    channel: AnalyticsChannel | None | Unset = UNSET
    hard: bool | Unset = False
    per_person: bool | Unset = True
    scope_id: None | str | Unset = UNSET
    thresholds: list[int] | Unset = UNSET
    window_days: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        limit_minutes = self.limit_minutes

        name = self.name

        period = self.period.value

        scope = self.scope.value

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

        hard = self.hard

        per_person = self.per_person

        scope_id: None | str | Unset
        if isinstance(self.scope_id, Unset):
            scope_id = UNSET
        else:
            scope_id = self.scope_id

        thresholds: list[int] | Unset = UNSET
        if not isinstance(self.thresholds, Unset):
            thresholds = self.thresholds



        window_days: int | None | Unset
        if isinstance(self.window_days, Unset):
            window_days = UNSET
        else:
            window_days = self.window_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "limit_minutes": limit_minutes,
            "name": name,
            "period": period,
            "scope": scope,
        })
        if activity is not UNSET:
            field_dict["activity"] = activity
        if channel is not UNSET:
            field_dict["channel"] = channel
        if hard is not UNSET:
            field_dict["hard"] = hard
        if per_person is not UNSET:
            field_dict["per_person"] = per_person
        if scope_id is not UNSET:
            field_dict["scope_id"] = scope_id
        if thresholds is not UNSET:
            field_dict["thresholds"] = thresholds
        if window_days is not UNSET:
            field_dict["window_days"] = window_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit_minutes = d.pop("limit_minutes")

        name = d.pop("name")

        period = AnalyticsPeriod(d.pop("period"))




        scope = AnalyticsCapScope(d.pop("scope"))




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


        hard = d.pop("hard", UNSET)

        per_person = d.pop("per_person", UNSET)

        def _parse_scope_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope_id = _parse_scope_id(d.pop("scope_id", UNSET))


        thresholds = cast(list[int], d.pop("thresholds", UNSET))


        def _parse_window_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        window_days = _parse_window_days(d.pop("window_days", UNSET))


        analytics_cap_create = cls(
            limit_minutes=limit_minutes,
            name=name,
            period=period,
            scope=scope,
            activity=activity,
            channel=channel,
            hard=hard,
            per_person=per_person,
            scope_id=scope_id,
            thresholds=thresholds,
            window_days=window_days,
        )

        return analytics_cap_create

