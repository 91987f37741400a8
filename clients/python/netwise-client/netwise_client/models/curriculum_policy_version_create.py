from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_version_change import CurriculumVersionChange
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.curriculum_policy_version_create_content import CurriculumPolicyVersionCreateContent





T = TypeVar("T", bound="CurriculumPolicyVersionCreate")



@_attrs_define
class CurriculumPolicyVersionCreate:
    """ 
        Attributes:
            change (CurriculumVersionChange):
            content (CurriculumPolicyVersionCreateContent):
            change_summary (None | str | Unset):
            default_locale (None | str | Unset):
     """

    change: CurriculumVersionChange
    content: CurriculumPolicyVersionCreateContent
    change_summary: None | str | Unset = UNSET
    default_locale: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.curriculum_policy_version_create_content import CurriculumPolicyVersionCreateContent # noqa: PLC0415
        change = self.change.value

        content = self.content.to_dict()

        change_summary: None | str | Unset
        if isinstance(self.change_summary, Unset):
            change_summary = UNSET
        else:
            change_summary = self.change_summary

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "change": change,
            "content": content,
        })
        if change_summary is not UNSET:
            field_dict["change_summary"] = change_summary
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curriculum_policy_version_create_content import CurriculumPolicyVersionCreateContent # noqa: PLC0415
        d = dict(src_dict)
        change = CurriculumVersionChange(d.pop("change"))




        content = CurriculumPolicyVersionCreateContent.from_dict(d.pop("content"))




        def _parse_change_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        change_summary = _parse_change_summary(d.pop("change_summary", UNSET))


        def _parse_default_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_locale = _parse_default_locale(d.pop("default_locale", UNSET))


        curriculum_policy_version_create = cls(
            change=change,
            content=content,
            change_summary=change_summary,
            default_locale=default_locale,
        )

        return curriculum_policy_version_create

