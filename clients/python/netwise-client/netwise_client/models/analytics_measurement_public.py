from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_channel import AnalyticsChannel
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsMeasurementPublic")



@_attrs_define
class AnalyticsMeasurementPublic:
    """ 
        Attributes:
            channel (AnalyticsChannel | None):
            created_at (datetime.datetime):
            created_by (str):
            ends_on (datetime.date):
            id (str):
            kpi_key (str):
            note (None | str):
            starts_on (datetime.date):
            value (str):
     """

    channel: AnalyticsChannel | None
    created_at: datetime.datetime
    created_by: str
    ends_on: datetime.date
    id: str
    kpi_key: str
    note: None | str
    starts_on: datetime.date
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        channel: None | str
        if isinstance(self.channel, AnalyticsChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        ends_on = self.ends_on.isoformat()

        id = self.id

        kpi_key = self.kpi_key

        note: None | str
        note = self.note

        starts_on = self.starts_on.isoformat()

        value = self.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "channel": channel,
            "created_at": created_at,
            "created_by": created_by,
            "ends_on": ends_on,
            "id": id,
            "kpi_key": kpi_key,
            "note": note,
            "starts_on": starts_on,
            "value": value,
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




        created_by = d.pop("created_by")

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        id = d.pop("id")

        kpi_key = d.pop("kpi_key")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        value = d.pop("value")

        analytics_measurement_public = cls(
            channel=channel,
            created_at=created_at,
            created_by=created_by,
            ends_on=ends_on,
            id=id,
            kpi_key=kpi_key,
            note=note,
            starts_on=starts_on,
            value=value,
        )


        analytics_measurement_public.additional_properties = d
        return analytics_measurement_public

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
