from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_activity import AnalyticsActivity
from ..models.analytics_category import AnalyticsCategory
from ..models.analytics_channel import AnalyticsChannel
from ..models.analytics_source import AnalyticsSource
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsTimeEntryPublic")



@_attrs_define
class AnalyticsTimeEntryPublic:
    """ 
        Attributes:
            activity (AnalyticsActivity | None):
            category (AnalyticsCategory | None): Investment or operations, by the organisation's mapping.
            channel (AnalyticsChannel | None):
            created_at (datetime.datetime):
            date (datetime.date):
            id (str):
            job_function (None | str):
            minutes (int):
            note (None | str):
            org_unit_id (None | str):
            person_id (str):
            source (AnalyticsSource):
            updated_at (datetime.datetime):
            version (int):
     """

    activity: AnalyticsActivity | None
    category: AnalyticsCategory | None
    channel: AnalyticsChannel | None
    created_at: datetime.datetime
    date: datetime.date
    id: str
    job_function: None | str
    minutes: int
    note: None | str
    org_unit_id: None | str
    person_id: str
    source: AnalyticsSource
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activity: None | str
        if isinstance(self.activity, AnalyticsActivity):
            activity = self.activity.value
        else:
            activity = self.activity

        category: None | str
        if isinstance(self.category, AnalyticsCategory):
            category = self.category.value
        else:
            category = self.category

        channel: None | str
        if isinstance(self.channel, AnalyticsChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        created_at = self.created_at.isoformat()

        date = self.date.isoformat()

        id = self.id

        job_function: None | str
        job_function = self.job_function

        minutes = self.minutes

        note: None | str
        note = self.note

        org_unit_id: None | str
        org_unit_id = self.org_unit_id

        person_id = self.person_id

        source = self.source.value

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity": activity,
            "category": category,
            "channel": channel,
            "created_at": created_at,
            "date": date,
            "id": id,
            "job_function": job_function,
            "minutes": minutes,
            "note": note,
            "org_unit_id": org_unit_id,
            "person_id": person_id,
            "source": source,
            "updated_at": updated_at,
            "version": version,
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


        def _parse_category(data: object) -> AnalyticsCategory | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = AnalyticsCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsCategory | None, data)

        category = _parse_category(d.pop("category"))


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




        date = datetime.date.fromisoformat(d.pop("date"))




        id = d.pop("id")

        def _parse_job_function(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_function = _parse_job_function(d.pop("job_function"))


        minutes = d.pop("minutes")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        def _parse_org_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_unit_id = _parse_org_unit_id(d.pop("org_unit_id"))


        person_id = d.pop("person_id")

        source = AnalyticsSource(d.pop("source"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        analytics_time_entry_public = cls(
            activity=activity,
            category=category,
            channel=channel,
            created_at=created_at,
            date=date,
            id=id,
            job_function=job_function,
            minutes=minutes,
            note=note,
            org_unit_id=org_unit_id,
            person_id=person_id,
            source=source,
            updated_at=updated_at,
            version=version,
        )


        analytics_time_entry_public.additional_properties = d
        return analytics_time_entry_public

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
