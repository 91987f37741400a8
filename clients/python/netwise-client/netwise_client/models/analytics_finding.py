from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.analytics_finding_values import AnalyticsFindingValues





T = TypeVar("T", bound="AnalyticsFinding")



@_attrs_define
class AnalyticsFinding:
    """ 
        Attributes:
            code (str): Which rule produced it, e.g. `investment_share`.
            text (str): The finding in the reader's language, from the numbers only.
            values (AnalyticsFindingValues): The numbers the text states.
     """

    code: str
    text: str
    values: AnalyticsFindingValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_finding_values import AnalyticsFindingValues # noqa: PLC0415
        code = self.code

        text = self.text

        values = self.values.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "text": text,
            "values": values,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_finding_values import AnalyticsFindingValues # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        text = d.pop("text")

        values = AnalyticsFindingValues.from_dict(d.pop("values"))




        analytics_finding = cls(
            code=code,
            text=text,
            values=values,
        )


        analytics_finding.additional_properties = d
        return analytics_finding

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
