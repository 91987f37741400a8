from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_digest_channel import AdvocacyDigestChannel
from ..models.advocacy_weekday import AdvocacyWeekday
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.advocacy_network_account import AdvocacyNetworkAccount





T = TypeVar("T", bound="AdvocacyAmbassadorUpdate")



@_attrs_define
class AdvocacyAmbassadorUpdate:
    """ 
        Attributes:
            digest_channel (AdvocacyDigestChannel | Unset):
            digest_day (AdvocacyWeekday | Unset):
            leaderboard_opt_in (bool | Unset):
            networks (list[AdvocacyNetworkAccount] | Unset):
            topic_ids (list[str] | Unset):
     """

    digest_channel: AdvocacyDigestChannel | Unset = UNSET
    digest_day: AdvocacyWeekday | Unset = UNSET
    leaderboard_opt_in: bool | Unset = UNSET
    networks: list[AdvocacyNetworkAccount] | Unset = UNSET
    topic_ids: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.advocacy_network_account import AdvocacyNetworkAccount # noqa: PLC0415
        digest_channel: str | Unset = UNSET
        if not isinstance(self.digest_channel, Unset):
            digest_channel = self.digest_channel.value


        digest_day: str | Unset = UNSET
        if not isinstance(self.digest_day, Unset):
            digest_day = self.digest_day.value


        leaderboard_opt_in = self.leaderboard_opt_in

        networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = []
            for networks_item_data in self.networks:
                networks_item = networks_item_data.to_dict()
                networks.append(networks_item)



        topic_ids: list[str] | Unset = UNSET
        if not isinstance(self.topic_ids, Unset):
            topic_ids = self.topic_ids




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if digest_channel is not UNSET:
            field_dict["digest_channel"] = digest_channel
        if digest_day is not UNSET:
            field_dict["digest_day"] = digest_day
        if leaderboard_opt_in is not UNSET:
            field_dict["leaderboard_opt_in"] = leaderboard_opt_in
        if networks is not UNSET:
            field_dict["networks"] = networks
        if topic_ids is not UNSET:
            field_dict["topic_ids"] = topic_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advocacy_network_account import AdvocacyNetworkAccount # noqa: PLC0415
        d = dict(src_dict)
        _digest_channel = d.pop("digest_channel", UNSET)
        digest_channel: AdvocacyDigestChannel | Unset
        if isinstance(_digest_channel,  Unset):
            digest_channel = UNSET
        else:
            digest_channel = AdvocacyDigestChannel(_digest_channel)




        _digest_day = d.pop("digest_day", UNSET)
        digest_day: AdvocacyWeekday | Unset
        if isinstance(_digest_day,  Unset):
            digest_day = UNSET
        else:
            digest_day = AdvocacyWeekday(_digest_day)




        leaderboard_opt_in = d.pop("leaderboard_opt_in", UNSET)

        _networks = d.pop("networks", UNSET)
        networks: list[AdvocacyNetworkAccount] | Unset = UNSET
        if _networks is not UNSET:
            networks = []
            for networks_item_data in _networks:
                networks_item = AdvocacyNetworkAccount.from_dict(networks_item_data)



                networks.append(networks_item)


        topic_ids = cast(list[str], d.pop("topic_ids", UNSET))


        advocacy_ambassador_update = cls(
            digest_channel=digest_channel,
            digest_day=digest_day,
            leaderboard_opt_in=leaderboard_opt_in,
            networks=networks,
            topic_ids=topic_ids,
        )

        return advocacy_ambassador_update

