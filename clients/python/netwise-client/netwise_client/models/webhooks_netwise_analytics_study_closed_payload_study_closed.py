from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhooksNetwiseAnalyticsStudyClosedPayloadStudyClosed")



@_attrs_define
class WebhooksNetwiseAnalyticsStudyClosedPayloadStudyClosed:
    """ 
        Attributes:
            ends_on (datetime.date):
            name (str):
            starts_on (datetime.date):
            study_id (str):
     """

    ends_on: datetime.date
    name: str
    starts_on: datetime.date
    study_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        name = self.name

        starts_on = self.starts_on.isoformat()

        study_id = self.study_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ends_on": ends_on,
            "name": name,
            "starts_on": starts_on,
            "study_id": study_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        name = d.pop("name")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        study_id = d.pop("study_id")

        webhooks_netwise_analytics_study_closed_payload_study_closed = cls(
            ends_on=ends_on,
            name=name,
            starts_on=starts_on,
            study_id=study_id,
        )


        webhooks_netwise_analytics_study_closed_payload_study_closed.additional_properties = d
        return webhooks_netwise_analytics_study_closed_payload_study_closed

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
