from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_rate_subject import AnalyticsRateSubject
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsCostRateCreate")



@_attrs_define
class AnalyticsCostRateCreate:
    """ 
        Attributes:
            effective_from (datetime.date):
            hourly_minor (int): Hourly loaded cost in minor units of the organisation's currency.
            subject (str): A job function, or a person id.
            subject_kind (AnalyticsRateSubject):
     """

    effective_from: datetime.date
    hourly_minor: int
    subject: str
    subject_kind: AnalyticsRateSubject





    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        hourly_minor = self.hourly_minor

        subject = self.subject

        subject_kind = self.subject_kind.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "effective_from": effective_from,
            "hourly_minor": hourly_minor,
            "subject": subject,
            "subject_kind": subject_kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        hourly_minor = d.pop("hourly_minor")

        subject = d.pop("subject")

        subject_kind = AnalyticsRateSubject(d.pop("subject_kind"))




        analytics_cost_rate_create = cls(
            effective_from=effective_from,
            hourly_minor=hourly_minor,
            subject=subject,
            subject_kind=subject_kind,
        )

        return analytics_cost_rate_create

