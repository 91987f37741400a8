from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_cap_public import AnalyticsCapPublic





T = TypeVar("T", bound="AnalyticsPersonCapStatus")



@_attrs_define
class AnalyticsPersonCapStatus:
    """ 
        Attributes:
            average_minutes_per_day_left (int): Remaining minutes spread over the days left.
            cap (AnalyticsCapPublic):
            days_left (int): Days from today to the end of the period, today included.
            limit_minutes (int):
            percent (float): Used as a percentage of the limit, one decimal.
            period_end (datetime.date):
            period_start (datetime.date):
            remaining_minutes (int):
            used_minutes (int):
     """

    average_minutes_per_day_left: int
    cap: AnalyticsCapPublic
    days_left: int
    limit_minutes: int
    percent: float
    period_end: datetime.date
    period_start: datetime.date
    remaining_minutes: int
    used_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_cap_public import AnalyticsCapPublic # noqa: PLC0415
        average_minutes_per_day_left = self.average_minutes_per_day_left

        cap = self.cap.to_dict()

        days_left = self.days_left

        limit_minutes = self.limit_minutes

        percent = self.percent

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        remaining_minutes = self.remaining_minutes

        used_minutes = self.used_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_minutes_per_day_left": average_minutes_per_day_left,
            "cap": cap,
            "days_left": days_left,
            "limit_minutes": limit_minutes,
            "percent": percent,
            "period_end": period_end,
            "period_start": period_start,
            "remaining_minutes": remaining_minutes,
            "used_minutes": used_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_cap_public import AnalyticsCapPublic # noqa: PLC0415
        d = dict(src_dict)
        average_minutes_per_day_left = d.pop("average_minutes_per_day_left")

        cap = AnalyticsCapPublic.from_dict(d.pop("cap"))




        days_left = d.pop("days_left")

        limit_minutes = d.pop("limit_minutes")

        percent = d.pop("percent")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        remaining_minutes = d.pop("remaining_minutes")

        used_minutes = d.pop("used_minutes")

        analytics_person_cap_status = cls(
            average_minutes_per_day_left=average_minutes_per_day_left,
            cap=cap,
            days_left=days_left,
            limit_minutes=limit_minutes,
            percent=percent,
            period_end=period_end,
            period_start=period_start,
            remaining_minutes=remaining_minutes,
            used_minutes=used_minutes,
        )


        analytics_person_cap_status.additional_properties = d
        return analytics_person_cap_status

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
