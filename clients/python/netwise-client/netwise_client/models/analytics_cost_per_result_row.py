from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_channel import AnalyticsChannel
from typing import cast






T = TypeVar("T", bound="AnalyticsCostPerResultRow")



@_attrs_define
class AnalyticsCostPerResultRow:
    """ 
        Attributes:
            ad_spend_minor (int):
            channel (AnalyticsChannel): Where the work happened: the social networks plus the other ways an organisation
                communicates.
            cost_per_result_minor (int | None):
            minutes (int):
            results (str):
            time_cost_minor (int):
     """

    ad_spend_minor: int
    channel: AnalyticsChannel
    cost_per_result_minor: int | None
    minutes: int
    results: str
    time_cost_minor: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ad_spend_minor = self.ad_spend_minor

        channel = self.channel.value

        cost_per_result_minor: int | None
        cost_per_result_minor = self.cost_per_result_minor

        minutes = self.minutes

        results = self.results

        time_cost_minor = self.time_cost_minor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ad_spend_minor": ad_spend_minor,
            "channel": channel,
            "cost_per_result_minor": cost_per_result_minor,
            "minutes": minutes,
            "results": results,
            "time_cost_minor": time_cost_minor,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ad_spend_minor = d.pop("ad_spend_minor")

        channel = AnalyticsChannel(d.pop("channel"))




        def _parse_cost_per_result_minor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cost_per_result_minor = _parse_cost_per_result_minor(d.pop("cost_per_result_minor"))


        minutes = d.pop("minutes")

        results = d.pop("results")

        time_cost_minor = d.pop("time_cost_minor")

        analytics_cost_per_result_row = cls(
            ad_spend_minor=ad_spend_minor,
            channel=channel,
            cost_per_result_minor=cost_per_result_minor,
            minutes=minutes,
            results=results,
            time_cost_minor=time_cost_minor,
        )


        analytics_cost_per_result_row.additional_properties = d
        return analytics_cost_per_result_row

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
