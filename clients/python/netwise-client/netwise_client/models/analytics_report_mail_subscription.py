from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsReportMailSubscription")



@_attrs_define
class AnalyticsReportMailSubscription:
    """ 
        Attributes:
            mailed (list[datetime.date]): The months (their first day) already mailed to you.
            subscribed (bool): Whether last month's leadership report is mailed to you each month.
     """

    mailed: list[datetime.date]
    subscribed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        mailed = []
        for mailed_item_data in self.mailed:
            mailed_item = mailed_item_data.isoformat()
            mailed.append(mailed_item)



        subscribed = self.subscribed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "mailed": mailed,
            "subscribed": subscribed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mailed = []
        _mailed = d.pop("mailed")
        for mailed_item_data in (_mailed):
            mailed_item = datetime.date.fromisoformat(mailed_item_data)



            mailed.append(mailed_item)


        subscribed = d.pop("subscribed")

        analytics_report_mail_subscription = cls(
            mailed=mailed,
            subscribed=subscribed,
        )


        analytics_report_mail_subscription.additional_properties = d
        return analytics_report_mail_subscription

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
