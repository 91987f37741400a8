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






T = TypeVar("T", bound="AnalyticsMeasurementCreate")



@_attrs_define
class AnalyticsMeasurementCreate:
    """ 
        Attributes:
            ends_on (datetime.date):
            kpi_key (str):
            starts_on (datetime.date):
            value (float | str):
            channel (AnalyticsChannel | None | Unset):
            note (None | str | Unset):
     """

    ends_on: datetime.date
    kpi_key: str
    starts_on: datetime.date
    value: float | str
    channel: AnalyticsChannel | None | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        kpi_key = self.kpi_key

        starts_on = self.starts_on.isoformat()

        value: float | str
        value = self.value

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
            "ends_on": ends_on,
            "kpi_key": kpi_key,
            "starts_on": starts_on,
            "value": value,
        })
        if channel is not UNSET:
            field_dict["channel"] = channel
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        kpi_key = d.pop("kpi_key")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))


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


        analytics_measurement_create = cls(
            ends_on=ends_on,
            kpi_key=kpi_key,
            starts_on=starts_on,
            value=value,
            channel=channel,
            note=note,
        )

        return analytics_measurement_create

