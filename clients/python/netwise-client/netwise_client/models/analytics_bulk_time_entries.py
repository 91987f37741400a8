from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_time_entry_create import AnalyticsTimeEntryCreate





T = TypeVar("T", bound="AnalyticsBulkTimeEntries")



@_attrs_define
class AnalyticsBulkTimeEntries:
    """ 
        Attributes:
            entries (list[AnalyticsTimeEntryCreate]):
     """

    entries: list[AnalyticsTimeEntryCreate]





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_time_entry_create import AnalyticsTimeEntryCreate # noqa: PLC0415
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "entries": entries,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_time_entry_create import AnalyticsTimeEntryCreate # noqa: PLC0415
        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in (_entries):
            entries_item = AnalyticsTimeEntryCreate.from_dict(entries_item_data)



            entries.append(entries_item)


        analytics_bulk_time_entries = cls(
            entries=entries,
        )

        return analytics_bulk_time_entries

