from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AdvocacyEligibility")



@_attrs_define
class AdvocacyEligibility:
    """ 
        Attributes:
            certifications (list[str]): Valid certification keys the person holds.
            eligible (bool):
            policy_acknowledged (bool):
            reasons (list[str]): Why not, in words a person can act on.
     """

    certifications: list[str]
    eligible: bool
    policy_acknowledged: bool
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        certifications = self.certifications



        eligible = self.eligible

        policy_acknowledged = self.policy_acknowledged

        reasons = self.reasons




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certifications": certifications,
            "eligible": eligible,
            "policy_acknowledged": policy_acknowledged,
            "reasons": reasons,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certifications = cast(list[str], d.pop("certifications"))


        eligible = d.pop("eligible")

        policy_acknowledged = d.pop("policy_acknowledged")

        reasons = cast(list[str], d.pop("reasons"))


        advocacy_eligibility = cls(
            certifications=certifications,
            eligible=eligible,
            policy_acknowledged=policy_acknowledged,
            reasons=reasons,
        )


        advocacy_eligibility.additional_properties = d
        return advocacy_eligibility

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
