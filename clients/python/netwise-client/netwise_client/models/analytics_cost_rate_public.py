from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_rate_subject import AnalyticsRateSubject
from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsCostRatePublic")



@_attrs_define
class AnalyticsCostRatePublic:
    """ 
        Attributes:
            created_at (datetime.datetime):
            created_by (str):
            currency (str):
            effective_from (datetime.date):
            effective_to (datetime.date | None): Exclusive; none while it is the latest rate.
            hourly_minor (int):
            id (str):
            subject (str):
            subject_kind (AnalyticsRateSubject):
     """

    created_at: datetime.datetime
    created_by: str
    currency: str
    effective_from: datetime.date
    effective_to: datetime.date | None
    hourly_minor: int
    id: str
    subject: str
    subject_kind: AnalyticsRateSubject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = self.created_by

        currency = self.currency

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        hourly_minor = self.hourly_minor

        id = self.id

        subject = self.subject

        subject_kind = self.subject_kind.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "created_by": created_by,
            "currency": currency,
            "effective_from": effective_from,
            "effective_to": effective_to,
            "hourly_minor": hourly_minor,
            "id": id,
            "subject": subject,
            "subject_kind": subject_kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        currency = d.pop("currency")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        def _parse_effective_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)



                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_to = _parse_effective_to(d.pop("effective_to"))


        hourly_minor = d.pop("hourly_minor")

        id = d.pop("id")

        subject = d.pop("subject")

        subject_kind = AnalyticsRateSubject(d.pop("subject_kind"))




        analytics_cost_rate_public = cls(
            created_at=created_at,
            created_by=created_by,
            currency=currency,
            effective_from=effective_from,
            effective_to=effective_to,
            hourly_minor=hourly_minor,
            id=id,
            subject=subject,
            subject_kind=subject_kind,
        )


        analytics_cost_rate_public.additional_properties = d
        return analytics_cost_rate_public

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
