from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_channel import AnalyticsChannel
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsAdSpendPublic")



@_attrs_define
class AnalyticsAdSpendPublic:
    """ 
        Attributes:
            amount_minor (int):
            channel (AnalyticsChannel): Where the work happened: the social networks plus the other ways an organisation
                communicates.
            created_at (datetime.datetime):
            currency (str):
            ends_on (datetime.date):
            id (str):
            note (None | str):
            starts_on (datetime.date):
     """

    amount_minor: int
    channel: AnalyticsChannel
    created_at: datetime.datetime
    currency: str
    ends_on: datetime.date
    id: str
    note: None | str
    starts_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_minor = self.amount_minor

        channel = self.channel.value

        created_at = self.created_at.isoformat()

        currency = self.currency

        ends_on = self.ends_on.isoformat()

        id = self.id

        note: None | str
        note = self.note

        starts_on = self.starts_on.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_minor": amount_minor,
            "channel": channel,
            "created_at": created_at,
            "currency": currency,
            "ends_on": ends_on,
            "id": id,
            "note": note,
            "starts_on": starts_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_minor = d.pop("amount_minor")

        channel = AnalyticsChannel(d.pop("channel"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        currency = d.pop("currency")

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        id = d.pop("id")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        analytics_ad_spend_public = cls(
            amount_minor=amount_minor,
            channel=channel,
            created_at=created_at,
            currency=currency,
            ends_on=ends_on,
            id=id,
            note=note,
            starts_on=starts_on,
        )


        analytics_ad_spend_public.additional_properties = d
        return analytics_ad_spend_public

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
