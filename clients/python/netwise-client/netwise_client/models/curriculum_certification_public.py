from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curriculum_certification_status import CurriculumCertificationStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CurriculumCertificationPublic")



@_attrs_define
class CurriculumCertificationPublic:
    """ 
        Attributes:
            certification_key (str):
            expired_at (datetime.datetime | None):
            expires_at (datetime.datetime):
            id (str):
            issued_at (datetime.datetime):
            person_id (str):
            status (CurriculumCertificationStatus):
            track_id (str):
     """

    certification_key: str
    expired_at: datetime.datetime | None
    expires_at: datetime.datetime
    id: str
    issued_at: datetime.datetime
    person_id: str
    status: CurriculumCertificationStatus
    track_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        certification_key = self.certification_key

        expired_at: None | str
        if isinstance(self.expired_at, datetime.datetime):
            expired_at = self.expired_at.isoformat()
        else:
            expired_at = self.expired_at

        expires_at = self.expires_at.isoformat()

        id = self.id

        issued_at = self.issued_at.isoformat()

        person_id = self.person_id

        status = self.status.value

        track_id = self.track_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certification_key": certification_key,
            "expired_at": expired_at,
            "expires_at": expires_at,
            "id": id,
            "issued_at": issued_at,
            "person_id": person_id,
            "status": status,
            "track_id": track_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certification_key = d.pop("certification_key")

        def _parse_expired_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_at_type_0 = datetime.datetime.fromisoformat(data)



                return expired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expired_at = _parse_expired_at(d.pop("expired_at"))


        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        id = d.pop("id")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))




        person_id = d.pop("person_id")

        status = CurriculumCertificationStatus(d.pop("status"))




        track_id = d.pop("track_id")

        curriculum_certification_public = cls(
            certification_key=certification_key,
            expired_at=expired_at,
            expires_at=expires_at,
            id=id,
            issued_at=issued_at,
            person_id=person_id,
            status=status,
            track_id=track_id,
        )


        curriculum_certification_public.additional_properties = d
        return curriculum_certification_public

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
