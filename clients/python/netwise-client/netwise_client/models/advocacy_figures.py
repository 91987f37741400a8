from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="AdvocacyFigures")



@_attrs_define
class AdvocacyFigures:
    """ 
        Attributes:
            clicks (int):
            currency (str):
            earned_media_value_minor (int): potential reach / 1000 x the programme's CPM + clicks x its CPC, in minor units
                of `currency`, rounded half up: the number analytics reports for the same shares and clicks.
            potential_reach (int):
            shares (int):
            potential_reach_note (str | Unset):  Default: "not de-duplicated: the sum of each sharer's follower count,
                people who follow several sharers count once per sharer".
     """

    clicks: int
    currency: str
    earned_media_value_minor: int
    potential_reach: int
    shares: int
    potential_reach_note: str | Unset = "not de-duplicated: the sum of each sharer's follower count, people who follow several sharers count once per sharer"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        clicks = self.clicks

        currency = self.currency

        earned_media_value_minor = self.earned_media_value_minor

        potential_reach = self.potential_reach

        shares = self.shares

        potential_reach_note = self.potential_reach_note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "clicks": clicks,
            "currency": currency,
            "earned_media_value_minor": earned_media_value_minor,
            "potential_reach": potential_reach,
            "shares": shares,
        })
        if potential_reach_note is not UNSET:
            field_dict["potential_reach_note"] = potential_reach_note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clicks = d.pop("clicks")

        currency = d.pop("currency")

        earned_media_value_minor = d.pop("earned_media_value_minor")

        potential_reach = d.pop("potential_reach")

        shares = d.pop("shares")

        potential_reach_note = d.pop("potential_reach_note", UNSET)

        advocacy_figures = cls(
            clicks=clicks,
            currency=currency,
            earned_media_value_minor=earned_media_value_minor,
            potential_reach=potential_reach,
            shares=shares,
            potential_reach_note=potential_reach_note,
        )


        advocacy_figures.additional_properties = d
        return advocacy_figures

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
