from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AdvocacyPeriod")



@_attrs_define
class AdvocacyPeriod:
    """ 
        Attributes:
            from_date (datetime.date | None):
            timezone (str):
            to_date (datetime.date | None):
     """

    from_date: datetime.date | None
    timezone: str
    to_date: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from_date: None | str
        if isinstance(self.from_date, datetime.date):
            from_date = self.from_date.isoformat()
        else:
            from_date = self.from_date

        timezone = self.timezone

        to_date: None | str
        if isinstance(self.to_date, datetime.date):
            to_date = self.to_date.isoformat()
        else:
            to_date = self.to_date


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "from_date": from_date,
            "timezone": timezone,
            "to_date": to_date,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_from_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_date_type_0 = datetime.date.fromisoformat(data)



                return from_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_date = _parse_from_date(d.pop("from_date"))


        timezone = d.pop("timezone")

        def _parse_to_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_date_type_0 = datetime.date.fromisoformat(data)



                return to_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to_date = _parse_to_date(d.pop("to_date"))


        advocacy_period = cls(
            from_date=from_date,
            timezone=timezone,
            to_date=to_date,
        )


        advocacy_period.additional_properties = d
        return advocacy_period

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
