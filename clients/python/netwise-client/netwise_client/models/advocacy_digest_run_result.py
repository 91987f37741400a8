from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AdvocacyDigestRunResult")



@_attrs_define
class AdvocacyDigestRunResult:
    """ 
        Attributes:
            messages (int): Messages written to the delivery outbox.
            run_id (str):
            skipped (int): Active ambassadors with nothing new, or digest channel none.
     """

    messages: int
    run_id: str
    skipped: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        messages = self.messages

        run_id = self.run_id

        skipped = self.skipped


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "messages": messages,
            "run_id": run_id,
            "skipped": skipped,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messages = d.pop("messages")

        run_id = d.pop("run_id")

        skipped = d.pop("skipped")

        advocacy_digest_run_result = cls(
            messages=messages,
            run_id=run_id,
            skipped=skipped,
        )


        advocacy_digest_run_result.additional_properties = d
        return advocacy_digest_run_result

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
