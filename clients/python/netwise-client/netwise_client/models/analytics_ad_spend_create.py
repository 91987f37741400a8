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






T = TypeVar("T", bound="AnalyticsAdSpendCreate")



@_attrs_define
class AnalyticsAdSpendCreate:
    """ 
        Attributes:
            amount_minor (int): Amount in minor units of the organisation's currency.
            channel (AnalyticsChannel): Where the work happened: the social networks plus the other ways an organisation
                communicates.
            ends_on (datetime.date):
            starts_on (datetime.date):
            note (None | str | Unset):
     """

    amount_minor: int
    channel: AnalyticsChannel
    ends_on: datetime.date
    starts_on: datetime.date
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        amount_minor = self.amount_minor

        channel = self.channel.value

        ends_on = self.ends_on.isoformat()

        starts_on = self.starts_on.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount_minor": amount_minor,
            "channel": channel,
            "ends_on": ends_on,
            "starts_on": starts_on,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_minor = d.pop("amount_minor")

        channel = AnalyticsChannel(d.pop("channel"))




        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        analytics_ad_spend_create = cls(
            amount_minor=amount_minor,
            channel=channel,
            ends_on=ends_on,
            starts_on=starts_on,
            note=note,
        )

        return analytics_ad_spend_create

