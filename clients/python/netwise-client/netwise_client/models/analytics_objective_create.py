from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_channel import AnalyticsChannel
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsObjectiveCreate")



@_attrs_define
class AnalyticsObjectiveCreate:
    """ 
        Attributes:
            ends_on (datetime.date):
            kpi_key (str):
            learning_intent (str):
            owner_id (str):
            starts_on (datetime.date):
            target (float | str):
            title (str):
            channel (AnalyticsChannel | None | Unset):
     """

    ends_on: datetime.date
    kpi_key: str
    learning_intent: str
    owner_id: str
    starts_on: datetime.date
    target: float | str
    title: str
    channel: AnalyticsChannel | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        kpi_key = self.kpi_key

        learning_intent = self.learning_intent

        owner_id = self.owner_id

        starts_on = self.starts_on.isoformat()

        target: float | str
        target = self.target

        title = self.title

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, AnalyticsChannel):
            channel = self.channel.value
        else:
            channel = self.channel


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ends_on": ends_on,
            "kpi_key": kpi_key,
            "learning_intent": learning_intent,
            "owner_id": owner_id,
            "starts_on": starts_on,
            "target": target,
            "title": title,
        })
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        kpi_key = d.pop("kpi_key")

        learning_intent = d.pop("learning_intent")

        owner_id = d.pop("owner_id")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        def _parse_target(data: object) -> float | str:
            return cast(float | str, data)

        target = _parse_target(d.pop("target"))


        title = d.pop("title")

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


        analytics_objective_create = cls(
            ends_on=ends_on,
            kpi_key=kpi_key,
            learning_intent=learning_intent,
            owner_id=owner_id,
            starts_on=starts_on,
            target=target,
            title=title,
            channel=channel,
        )

        return analytics_objective_create

