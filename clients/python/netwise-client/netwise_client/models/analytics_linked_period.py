from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.analytics_linked_totals import AnalyticsLinkedTotals
  from ..models.analytics_linked_unit import AnalyticsLinkedUnit





T = TypeVar("T", bound="AnalyticsLinkedPeriod")



@_attrs_define
class AnalyticsLinkedPeriod:
    """ 
        Attributes:
            ends_on (datetime.date):
            organisation (AnalyticsLinkedTotals | None): Null for a manager, who sees their own units only.
            starts_on (datetime.date):
            units (list[AnalyticsLinkedUnit]):
     """

    ends_on: datetime.date
    organisation: AnalyticsLinkedTotals | None
    starts_on: datetime.date
    units: list[AnalyticsLinkedUnit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_linked_totals import AnalyticsLinkedTotals # noqa: PLC0415
        from ..models.analytics_linked_unit import AnalyticsLinkedUnit # noqa: PLC0415
        ends_on = self.ends_on.isoformat()

        organisation: dict[str, Any] | None
        if isinstance(self.organisation, AnalyticsLinkedTotals):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

        starts_on = self.starts_on.isoformat()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ends_on": ends_on,
            "organisation": organisation,
            "starts_on": starts_on,
            "units": units,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_linked_totals import AnalyticsLinkedTotals # noqa: PLC0415
        from ..models.analytics_linked_unit import AnalyticsLinkedUnit # noqa: PLC0415
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        def _parse_organisation(data: object) -> AnalyticsLinkedTotals | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = AnalyticsLinkedTotals.from_dict(data)



                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsLinkedTotals | None, data)

        organisation = _parse_organisation(d.pop("organisation"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        units = []
        _units = d.pop("units")
        for units_item_data in (_units):
            units_item = AnalyticsLinkedUnit.from_dict(units_item_data)



            units.append(units_item)


        analytics_linked_period = cls(
            ends_on=ends_on,
            organisation=organisation,
            starts_on=starts_on,
            units=units,
        )


        analytics_linked_period.additional_properties = d
        return analytics_linked_period

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
