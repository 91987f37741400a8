from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_learning_item import CurriculumLearningItem
  from ..models.curriculum_next_step import CurriculumNextStep





T = TypeVar("T", bound="CurriculumMyLearning")



@_attrs_define
class CurriculumMyLearning:
    """ 
        Attributes:
            items (list[CurriculumLearningItem]):
            locale (str):
            next_ (CurriculumNextStep | None):
            overdue (int):
            person_id (str):
     """

    items: list[CurriculumLearningItem]
    locale: str
    next_: CurriculumNextStep | None
    overdue: int
    person_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_learning_item import CurriculumLearningItem # noqa: PLC0415
        from ..models.curriculum_next_step import CurriculumNextStep # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        locale = self.locale

        next_: dict[str, Any] | None
        if isinstance(self.next_, CurriculumNextStep):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        overdue = self.overdue

        person_id = self.person_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "locale": locale,
            "next": next_,
            "overdue": overdue,
            "person_id": person_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_learning_item import CurriculumLearningItem # noqa: PLC0415
        from ..models.curriculum_next_step import CurriculumNextStep # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = CurriculumLearningItem.from_dict(items_item_data)



            items.append(items_item)


        locale = d.pop("locale")

        def _parse_next_(data: object) -> CurriculumNextStep | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_type_0 = CurriculumNextStep.from_dict(data)



                return next_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurriculumNextStep | None, data)

        next_ = _parse_next_(d.pop("next"))


        overdue = d.pop("overdue")

        person_id = d.pop("person_id")

        curriculum_my_learning = cls(
            items=items,
            locale=locale,
            next_=next_,
            overdue=overdue,
            person_id=person_id,
        )


        curriculum_my_learning.additional_properties = d
        return curriculum_my_learning

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
