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
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsCapPublic")



@_attrs_define
class AnalyticsCapPublic:
    """ 
        Attributes:
            activity (AnalyticsActivity | None):
            channel (AnalyticsChannel | None):
            created_at (datetime.datetime):
            created_by (str):
            hard (bool):
            id (str):
            limit_minutes (int):
            name (str):
            per_person (bool):
            period (AnalyticsPeriod):
            scope (AnalyticsCapScope):
            scope_id (None | str):
            status_shared_with_setter (bool): For a person-scoped cap: whether the person lets the leader who set it see its
                status. Only the person sets it, with `PUT /v1/caps/{cap_id}/consent`; off until then.
            thresholds (list[int]):
            version (int):
            window_days (int | None):
     """

    activity: AnalyticsActivity | None
    channel: AnalyticsChannel | None
    created_at: datetime.datetime
    created_by: str
    hard: bool
    id: str
    limit_minutes: int
    name: str
    per_person: bool
    period: AnalyticsPeriod
    scope: AnalyticsCapScope
    scope_id: None | str
    status_shared_with_setter: bool
    thresholds: list[int]
    version: int
    window_days: int | None
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

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        hard = self.hard

        id = self.id

        limit_minutes = self.limit_minutes

        name = self.name

        per_person = self.per_person

        period = self.period.value

        scope = self.scope.value

        scope_id: None | str
        scope_id = self.scope_id

        status_shared_with_setter = self.status_shared_with_setter

        thresholds = self.thresholds



        version = self.version

        window_days: int | None
        window_days = self.window_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity": activity,
            "channel": channel,
            "created_at": created_at,
            "created_by": created_by,
            "hard": hard,
            "id": id,
            "limit_minutes": limit_minutes,
            "name": name,
            "per_person": per_person,
            "period": period,
            "scope": scope,
            "scope_id": scope_id,
            "status_shared_with_setter": status_shared_with_setter,
            "thresholds": thresholds,
            "version": version,
            "window_days": window_days,
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


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        hard = d.pop("hard")

        id = d.pop("id")

        limit_minutes = d.pop("limit_minutes")

        name = d.pop("name")

        per_person = d.pop("per_person")

        period = AnalyticsPeriod(d.pop("period"))




        scope = AnalyticsCapScope(d.pop("scope"))




        def _parse_scope_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scope_id = _parse_scope_id(d.pop("scope_id"))


        status_shared_with_setter = d.pop("status_shared_with_setter")

        thresholds = cast(list[int], d.pop("thresholds"))


        version = d.pop("version")

        def _parse_window_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        window_days = _parse_window_days(d.pop("window_days"))


        analytics_cap_public = cls(
            activity=activity,
            channel=channel,
            created_at=created_at,
            created_by=created_by,
            hard=hard,
            id=id,
            limit_minutes=limit_minutes,
            name=name,
            per_person=per_person,
            period=period,
            scope=scope,
            scope_id=scope_id,
            status_shared_with_setter=status_shared_with_setter,
            thresholds=thresholds,
            version=version,
            window_days=window_days,
        )


        analytics_cap_public.additional_properties = d
        return analytics_cap_public

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
