from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_digest_channel import AdvocacyDigestChannel
from ..models.advocacy_weekday import AdvocacyWeekday
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.advocacy_network_account import AdvocacyNetworkAccount





T = TypeVar("T", bound="AdvocacyAmbassadorPublic")



@_attrs_define
class AdvocacyAmbassadorPublic:
    """ 
        Attributes:
            consented_at (datetime.datetime):
            digest_channel (AdvocacyDigestChannel):
            digest_day (AdvocacyWeekday):
            id (str):
            leaderboard_opt_in (bool):
            left_at (datetime.datetime | None):
            networks (list[AdvocacyNetworkAccount]):
            person_id (str):
            policy_version (None | str): The policy version acknowledged when consenting.
            status (str): active, or left after opting out
            topic_ids (list[str]):
            version (int):
     """

    consented_at: datetime.datetime
    digest_channel: AdvocacyDigestChannel
    digest_day: AdvocacyWeekday
    id: str
    leaderboard_opt_in: bool
    left_at: datetime.datetime | None
    networks: list[AdvocacyNetworkAccount]
    person_id: str
    policy_version: None | str
    status: str
    topic_ids: list[str]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.advocacy_network_account import AdvocacyNetworkAccount # noqa: PLC0415
        consented_at = self.consented_at.isoformat()

        digest_channel = self.digest_channel.value

        digest_day = self.digest_day.value

        id = self.id

        leaderboard_opt_in = self.leaderboard_opt_in

        left_at: None | str
        if isinstance(self.left_at, datetime.datetime):
            left_at = self.left_at.isoformat()
        else:
            left_at = self.left_at

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)



        person_id = self.person_id

        policy_version: None | str
        policy_version = self.policy_version

        status = self.status

        topic_ids = self.topic_ids



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "consented_at": consented_at,
            "digest_channel": digest_channel,
            "digest_day": digest_day,
            "id": id,
            "leaderboard_opt_in": leaderboard_opt_in,
            "left_at": left_at,
            "networks": networks,
            "person_id": person_id,
            "policy_version": policy_version,
            "status": status,
            "topic_ids": topic_ids,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advocacy_network_account import AdvocacyNetworkAccount # noqa: PLC0415
        d = dict(src_dict)
        consented_at = datetime.datetime.fromisoformat(d.pop("consented_at"))




        digest_channel = AdvocacyDigestChannel(d.pop("digest_channel"))




        digest_day = AdvocacyWeekday(d.pop("digest_day"))




        id = d.pop("id")

        leaderboard_opt_in = d.pop("leaderboard_opt_in")

        def _parse_left_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_at_type_0 = datetime.datetime.fromisoformat(data)



                return left_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        left_at = _parse_left_at(d.pop("left_at"))


        networks = []
        _networks = d.pop("networks")
        for networks_item_data in (_networks):
            networks_item = AdvocacyNetworkAccount.from_dict(networks_item_data)



            networks.append(networks_item)


        person_id = d.pop("person_id")

        def _parse_policy_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        policy_version = _parse_policy_version(d.pop("policy_version"))


        status = d.pop("status")

        topic_ids = cast(list[str], d.pop("topic_ids"))


        version = d.pop("version")

        advocacy_ambassador_public = cls(
            consented_at=consented_at,
            digest_channel=digest_channel,
            digest_day=digest_day,
            id=id,
            leaderboard_opt_in=leaderboard_opt_in,
            left_at=left_at,
            networks=networks,
            person_id=person_id,
            policy_version=policy_version,
            status=status,
            topic_ids=topic_ids,
            version=version,
        )


        advocacy_ambassador_public.additional_properties = d
        return advocacy_ambassador_public

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
