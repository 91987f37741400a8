from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.advocacy_network import AdvocacyNetwork
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AdvocacyProgrammeUpdate")



@_attrs_define
class AdvocacyProgrammeUpdate:
    """ The whole programme settings (PUT): fields left out take their defaults.

        Attributes:
            allowed_link_domains (list[str] | Unset): Links must be on these domains or their subdomains (empty: any
                domain).
            banned_terms (list[str] | Unset):
            daily_share_limit (int | Unset):  Default: 10.
            disclosure_networks (list[AdvocacyNetwork] | Unset):
            disclosure_text (None | str | Unset): Text a post must contain where required, e.g. "#employee".
            earned_media_cpc_minor (int | Unset): Value of one click on a shared link, in minor units of the organisation's
                currency. Default: 0.
            earned_media_cpm_minor (int | Unset): Value of 1000 potential impressions from shares, in minor units of the
                organisation's currency (öre for SEK). The one earned media setting: analytics values shares with it too.
                Default: 0.
            leaderboard_enabled (bool | Unset):  Default: False.
            require_policy_acknowledgement (bool | Unset): Opt-in needs the latest major of every published policy
                acknowledged. Default: False.
            required_certification (None | str | Unset): Certification key a person must hold to opt in (none: no
                requirement).
            sharing_end_hour (int | Unset): Sharing is allowed from start to end hour, in the organisation's time zone.
                Default: 24.
            sharing_start_hour (int | Unset):  Default: 0.
     """

    allowed_link_domains: list[str] | Unset = UNSET
    banned_terms: list[str] | Unset = UNSET
    daily_share_limit: int | Unset = 10
    disclosure_networks: list[AdvocacyNetwork] | Unset = UNSET
    disclosure_text: None | str | Unset = UNSET
    earned_media_cpc_minor: int | Unset = 0
    earned_media_cpm_minor: int | Unset = 0
    leaderboard_enabled: bool | Unset = False
    require_policy_acknowledgement: bool | Unset = False
    required_certification: None | str | Unset = UNSET
    sharing_end_hour: int | Unset = 24
    sharing_start_hour: int | Unset = 0





    def to_dict(self) -> dict[str, Any]:
        allowed_link_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_link_domains, Unset):
            allowed_link_domains = self.allowed_link_domains



        banned_terms: list[str] | Unset = UNSET
        if not isinstance(self.banned_terms, Unset):
            banned_terms = self.banned_terms



        daily_share_limit = self.daily_share_limit

        disclosure_networks: list[str] | Unset = UNSET
        if not isinstance(self.disclosure_networks, Unset):
            disclosure_networks = []
            for disclosure_networks_item_data in self.disclosure_networks:
                disclosure_networks_item = disclosure_networks_item_data.value
                disclosure_networks.append(disclosure_networks_item)



        disclosure_text: None | str | Unset
        if isinstance(self.disclosure_text, Unset):
            disclosure_text = UNSET
        else:
            disclosure_text = self.disclosure_text

        earned_media_cpc_minor = self.earned_media_cpc_minor

        earned_media_cpm_minor = self.earned_media_cpm_minor

        leaderboard_enabled = self.leaderboard_enabled

        require_policy_acknowledgement = self.require_policy_acknowledgement

        required_certification: None | str | Unset
        if isinstance(self.required_certification, Unset):
            required_certification = UNSET
        else:
            required_certification = self.required_certification

        sharing_end_hour = self.sharing_end_hour

        sharing_start_hour = self.sharing_start_hour


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if allowed_link_domains is not UNSET:
            field_dict["allowed_link_domains"] = allowed_link_domains
        if banned_terms is not UNSET:
            field_dict["banned_terms"] = banned_terms
        if daily_share_limit is not UNSET:
            field_dict["daily_share_limit"] = daily_share_limit
        if disclosure_networks is not UNSET:
            field_dict["disclosure_networks"] = disclosure_networks
        if disclosure_text is not UNSET:
            field_dict["disclosure_text"] = disclosure_text
        if earned_media_cpc_minor is not UNSET:
            field_dict["earned_media_cpc_minor"] = earned_media_cpc_minor
        if earned_media_cpm_minor is not UNSET:
            field_dict["earned_media_cpm_minor"] = earned_media_cpm_minor
        if leaderboard_enabled is not UNSET:
            field_dict["leaderboard_enabled"] = leaderboard_enabled
        if require_policy_acknowledgement is not UNSET:
            field_dict["require_policy_acknowledgement"] = require_policy_acknowledgement
        if required_certification is not UNSET:
            field_dict["required_certification"] = required_certification
        if sharing_end_hour is not UNSET:
            field_dict["sharing_end_hour"] = sharing_end_hour
        if sharing_start_hour is not UNSET:
            field_dict["sharing_start_hour"] = sharing_start_hour

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_link_domains = cast(list[str], d.pop("allowed_link_domains", UNSET))


        banned_terms = cast(list[str], d.pop("banned_terms", UNSET))


        daily_share_limit = d.pop("daily_share_limit", UNSET)

        _disclosure_networks = d.pop("disclosure_networks", UNSET)
        disclosure_networks: list[AdvocacyNetwork] | Unset = UNSET
        if _disclosure_networks is not UNSET:
            disclosure_networks = []
            for disclosure_networks_item_data in _disclosure_networks:
                disclosure_networks_item = AdvocacyNetwork(disclosure_networks_item_data)



                disclosure_networks.append(disclosure_networks_item)


        def _parse_disclosure_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disclosure_text = _parse_disclosure_text(d.pop("disclosure_text", UNSET))


        earned_media_cpc_minor = d.pop("earned_media_cpc_minor", UNSET)

        earned_media_cpm_minor = d.pop("earned_media_cpm_minor", UNSET)

        leaderboard_enabled = d.pop("leaderboard_enabled", UNSET)

        require_policy_acknowledgement = d.pop("require_policy_acknowledgement", UNSET)

        def _parse_required_certification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required_certification = _parse_required_certification(d.pop("required_certification", UNSET))


        sharing_end_hour = d.pop("sharing_end_hour", UNSET)

        sharing_start_hour = d.pop("sharing_start_hour", UNSET)

        advocacy_programme_update = cls(
            allowed_link_domains=allowed_link_domains,
            banned_terms=banned_terms,
            daily_share_limit=daily_share_limit,
            disclosure_networks=disclosure_networks,
            disclosure_text=disclosure_text,
            earned_media_cpc_minor=earned_media_cpc_minor,
            earned_media_cpm_minor=earned_media_cpm_minor,
            leaderboard_enabled=leaderboard_enabled,
            require_policy_acknowledgement=require_policy_acknowledgement,
            required_certification=required_certification,
            sharing_end_hour=sharing_end_hour,
            sharing_start_hour=sharing_start_hour,
        )

        return advocacy_programme_update

