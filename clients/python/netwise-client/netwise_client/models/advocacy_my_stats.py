from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.advocacy_figures import AdvocacyFigures
  from ..models.advocacy_period import AdvocacyPeriod
  from ..models.advocacy_post_stats import AdvocacyPostStats





T = TypeVar("T", bound="AdvocacyMyStats")



@_attrs_define
class AdvocacyMyStats:
    """ 
        Attributes:
            period (AdvocacyPeriod):
            posts (list[AdvocacyPostStats]):
            totals (AdvocacyFigures):
     """

    period: AdvocacyPeriod
    posts: list[AdvocacyPostStats]
    totals: AdvocacyFigures
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.advocacy_figures import AdvocacyFigures # noqa: PLC0415
        from ..models.advocacy_period import AdvocacyPeriod # noqa: PLC0415
        from ..models.advocacy_post_stats import AdvocacyPostStats # noqa: PLC0415
        period = self.period.to_dict()

        posts = []
        for posts_item_data in self.posts:
            posts_item = posts_item_data.to_dict()
            posts.append(posts_item)



        totals = self.totals.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "period": period,
            "posts": posts,
            "totals": totals,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advocacy_figures import AdvocacyFigures # noqa: PLC0415
        from ..models.advocacy_period import AdvocacyPeriod # noqa: PLC0415
        from ..models.advocacy_post_stats import AdvocacyPostStats # noqa: PLC0415
        d = dict(src_dict)
        period = AdvocacyPeriod.from_dict(d.pop("period"))




        posts = []
        _posts = d.pop("posts")
        for posts_item_data in (_posts):
            posts_item = AdvocacyPostStats.from_dict(posts_item_data)



            posts.append(posts_item)


        totals = AdvocacyFigures.from_dict(d.pop("totals"))




        advocacy_my_stats = cls(
            period=period,
            posts=posts,
            totals=totals,
        )


        advocacy_my_stats.additional_properties = d
        return advocacy_my_stats

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
