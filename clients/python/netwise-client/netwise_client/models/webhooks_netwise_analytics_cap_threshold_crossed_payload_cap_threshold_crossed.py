from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseAnalyticsCapThresholdCrossedPayloadCapThresholdCrossed")



@_attrs_define
class WebhooksNetwiseAnalyticsCapThresholdCrossedPayloadCapThresholdCrossed:
    """ A person's (or a pooled scope's) minutes reached an alert threshold of a cap in one period.

        Attributes:
            cap_id (str):
            limit_minutes (int):
            period_end (datetime.date):
            period_start (datetime.date):
            person_id (None | str): None for a pooled cap.
            scope (str):
            scope_id (None | str):
            threshold_percent (int):
            used_minutes (int):
     """

    cap_id: str
    limit_minutes: int
    period_end: datetime.date
    period_start: datetime.date
    person_id: None | str
    scope: str
    scope_id: None | str
    threshold_percent: int
    used_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cap_id = self.cap_id

        limit_minutes = self.limit_minutes

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        person_id: None | str
        person_id = self.person_id

        scope = self.scope

        scope_id: None | str
        scope_id = self.scope_id

        threshold_percent = self.threshold_percent

        used_minutes = self.used_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cap_id": cap_id,
            "limit_minutes": limit_minutes,
            "period_end": period_end,
            "period_start": period_start,
            "person_id": person_id,
            "scope": scope,
            "scope_id": scope_id,
            "threshold_percent": threshold_percent,
            "used_minutes": used_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cap_id = d.pop("cap_id")

        limit_minutes = d.pop("limit_minutes")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        def _parse_person_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        person_id = _parse_person_id(d.pop("person_id"))


        scope = d.pop("scope")

        def _parse_scope_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scope_id = _parse_scope_id(d.pop("scope_id"))


        threshold_percent = d.pop("threshold_percent")

        used_minutes = d.pop("used_minutes")

        webhooks_netwise_analytics_cap_threshold_crossed_payload_cap_threshold_crossed = cls(
            cap_id=cap_id,
            limit_minutes=limit_minutes,
            period_end=period_end,
            period_start=period_start,
            person_id=person_id,
            scope=scope,
            scope_id=scope_id,
            threshold_percent=threshold_percent,
            used_minutes=used_minutes,
        )


        webhooks_netwise_analytics_cap_threshold_crossed_payload_cap_threshold_crossed.additional_properties = d
        return webhooks_netwise_analytics_cap_threshold_crossed_payload_cap_threshold_crossed

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
