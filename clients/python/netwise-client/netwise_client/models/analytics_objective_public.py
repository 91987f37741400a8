from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_channel import AnalyticsChannel
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsObjectivePublic")



@_attrs_define
class AnalyticsObjectivePublic:
    """ 
        Attributes:
            channel (AnalyticsChannel | None):
            created_at (datetime.datetime):
            current (None | str): The KPI's value over the objective's period so far.
            ends_on (datetime.date):
            id (str):
            kpi_key (str):
            learning_intent (str):
            owner_id (str):
            progress_percent (float | None): current / target, one decimal.
            starts_on (datetime.date):
            target (str):
            title (str):
            version (int):
     """

    channel: AnalyticsChannel | None
    created_at: datetime.datetime
    current: None | str
    ends_on: datetime.date
    id: str
    kpi_key: str
    learning_intent: str
    owner_id: str
    progress_percent: float | None
    starts_on: datetime.date
    target: str
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        channel: None | str
        if isinstance(self.channel, AnalyticsChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        created_at = self.created_at.isoformat()

        current: None | str
        current = self.current

        ends_on = self.ends_on.isoformat()

        id = self.id

        kpi_key = self.kpi_key

        learning_intent = self.learning_intent

        owner_id = self.owner_id

        progress_percent: float | None
        progress_percent = self.progress_percent

        starts_on = self.starts_on.isoformat()

        target = self.target

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "channel": channel,
            "created_at": created_at,
            "current": current,
            "ends_on": ends_on,
            "id": id,
            "kpi_key": kpi_key,
            "learning_intent": learning_intent,
            "owner_id": owner_id,
            "progress_percent": progress_percent,
            "starts_on": starts_on,
            "target": target,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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




        def _parse_current(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        current = _parse_current(d.pop("current"))


        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        id = d.pop("id")

        kpi_key = d.pop("kpi_key")

        learning_intent = d.pop("learning_intent")

        owner_id = d.pop("owner_id")

        def _parse_progress_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        progress_percent = _parse_progress_percent(d.pop("progress_percent"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        target = d.pop("target")

        title = d.pop("title")

        version = d.pop("version")

        analytics_objective_public = cls(
            channel=channel,
            created_at=created_at,
            current=current,
            ends_on=ends_on,
            id=id,
            kpi_key=kpi_key,
            learning_intent=learning_intent,
            owner_id=owner_id,
            progress_percent=progress_percent,
            starts_on=starts_on,
            target=target,
            title=title,
            version=version,
        )


        analytics_objective_public.additional_properties = d
        return analytics_objective_public

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
