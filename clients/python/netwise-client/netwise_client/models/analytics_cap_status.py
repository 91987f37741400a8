from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_cap_public import AnalyticsCapPublic
  from ..models.analytics_cap_status_people_at_threshold import AnalyticsCapStatusPeopleAtThreshold
  from ..models.analytics_suppression import AnalyticsSuppression
  from ..models.analytics_usage import AnalyticsUsage





T = TypeVar("T", bound="AnalyticsCapStatus")



@_attrs_define
class AnalyticsCapStatus:
    """ 
        Attributes:
            average_used_minutes (int | None): Average minutes per person in scope.
            cap (AnalyticsCapPublic):
            people_at_threshold (AnalyticsCapStatusPeopleAtThreshold): Per threshold percent: people (or 1 for a pooled cap)
                at or beyond it.
            people_in_scope (int):
            people_over_limit (int | None): For a per-person cap: how many people passed the limit.
            people_with_time (int | None): People who recorded time against a per-person cap.
            period_end (datetime.date):
            period_start (datetime.date):
            pooled (AnalyticsUsage | None): For a pooled cap: the scope's usage against the one limit.
            suppression (AnalyticsSuppression): Says, in every aggregate response, what was held back and why.
            person (AnalyticsUsage | None | Unset): For a person-scoped cap, to the person and (with their consent) the
                leader who set it: the person's own usage.
     """

    average_used_minutes: int | None
    cap: AnalyticsCapPublic
    people_at_threshold: AnalyticsCapStatusPeopleAtThreshold
    people_in_scope: int
    people_over_limit: int | None
    people_with_time: int | None
    period_end: datetime.date
    period_start: datetime.date
    pooled: AnalyticsUsage | None
    suppression: AnalyticsSuppression
    person: AnalyticsUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_cap_public import AnalyticsCapPublic # noqa: PLC0415
        from ..models.analytics_cap_status_people_at_threshold import AnalyticsCapStatusPeopleAtThreshold # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        from ..models.analytics_usage import AnalyticsUsage # noqa: PLC0415
        average_used_minutes: int | None
        average_used_minutes = self.average_used_minutes

        cap = self.cap.to_dict()

        people_at_threshold = self.people_at_threshold.to_dict()

        people_in_scope = self.people_in_scope

        people_over_limit: int | None
        people_over_limit = self.people_over_limit

        people_with_time: int | None
        people_with_time = self.people_with_time

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        pooled: dict[str, Any] | None
        if isinstance(self.pooled, AnalyticsUsage):
            pooled = self.pooled.to_dict()
        else:
            pooled = self.pooled

        suppression = self.suppression.to_dict()

        person: dict[str, Any] | None | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, AnalyticsUsage):
            person = self.person.to_dict()
        else:
            person = self.person


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_used_minutes": average_used_minutes,
            "cap": cap,
            "people_at_threshold": people_at_threshold,
            "people_in_scope": people_in_scope,
            "people_over_limit": people_over_limit,
            "people_with_time": people_with_time,
            "period_end": period_end,
            "period_start": period_start,
            "pooled": pooled,
            "suppression": suppression,
        })
        if person is not UNSET:
            field_dict["person"] = person

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_cap_public import AnalyticsCapPublic # noqa: PLC0415
        from ..models.analytics_cap_status_people_at_threshold import AnalyticsCapStatusPeopleAtThreshold # noqa: PLC0415
        from ..models.analytics_suppression import AnalyticsSuppression # noqa: PLC0415
        from ..models.analytics_usage import AnalyticsUsage # noqa: PLC0415
        d = dict(src_dict)
        def _parse_average_used_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        average_used_minutes = _parse_average_used_minutes(d.pop("average_used_minutes"))


        cap = AnalyticsCapPublic.from_dict(d.pop("cap"))




        people_at_threshold = AnalyticsCapStatusPeopleAtThreshold.from_dict(d.pop("people_at_threshold"))




        people_in_scope = d.pop("people_in_scope")

        def _parse_people_over_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        people_over_limit = _parse_people_over_limit(d.pop("people_over_limit"))


        def _parse_people_with_time(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        people_with_time = _parse_people_with_time(d.pop("people_with_time"))


        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        def _parse_pooled(data: object) -> AnalyticsUsage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pooled_type_0 = AnalyticsUsage.from_dict(data)



                return pooled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsUsage | None, data)

        pooled = _parse_pooled(d.pop("pooled"))


        suppression = AnalyticsSuppression.from_dict(d.pop("suppression"))




        def _parse_person(data: object) -> AnalyticsUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = AnalyticsUsage.from_dict(data)



                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsUsage | None | Unset, data)

        person = _parse_person(d.pop("person", UNSET))


        analytics_cap_status = cls(
            average_used_minutes=average_used_minutes,
            cap=cap,
            people_at_threshold=people_at_threshold,
            people_in_scope=people_in_scope,
            people_over_limit=people_over_limit,
            people_with_time=people_with_time,
            period_end=period_end,
            period_start=period_start,
            pooled=pooled,
            suppression=suppression,
            person=person,
        )


        analytics_cap_status.additional_properties = d
        return analytics_cap_status

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
