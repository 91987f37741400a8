from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AnalyticsObjectiveUpdate")



@_attrs_define
class AnalyticsObjectiveUpdate:
    """ 
        Attributes:
            learning_intent (str | Unset):
            owner_id (str | Unset):
            target (float | str | Unset):
            title (str | Unset):
     """

    learning_intent: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    target: float | str | Unset = UNSET
    title: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        learning_intent = self.learning_intent

        owner_id = self.owner_id

        target: float | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if learning_intent is not UNSET:
            field_dict["learning_intent"] = learning_intent
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if target is not UNSET:
            field_dict["target"] = target
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        learning_intent = d.pop("learning_intent", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        def _parse_target(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))


        title = d.pop("title", UNSET)

        analytics_objective_update = cls(
            learning_intent=learning_intent,
            owner_id=owner_id,
            target=target,
            title=title,
        )

        return analytics_objective_update

