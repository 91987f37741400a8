from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_policy_create_content import CurriculumPolicyCreateContent





T = TypeVar("T", bound="CurriculumPolicyCreate")



@_attrs_define
class CurriculumPolicyCreate:
    """ 
        Attributes:
            content (CurriculumPolicyCreateContent):
            default_locale (None | str | Unset):
     """

    content: CurriculumPolicyCreateContent
    default_locale: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_policy_create_content import CurriculumPolicyCreateContent # noqa: PLC0415
        content = self.content.to_dict()

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "content": content,
        })
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_policy_create_content import CurriculumPolicyCreateContent # noqa: PLC0415
        d = dict(src_dict)
        content = CurriculumPolicyCreateContent.from_dict(d.pop("content"))




        def _parse_default_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_locale = _parse_default_locale(d.pop("default_locale", UNSET))


        curriculum_policy_create = cls(
            content=content,
            default_locale=default_locale,
        )

        return curriculum_policy_create

