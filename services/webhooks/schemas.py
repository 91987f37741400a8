"""webhooks' API shapes."""

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.json_schema import JsonDict

from kit.inputs import NotNull

Url = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
EventTypeName = Annotated[str, StringConstraints(min_length=1, max_length=200)]
EventTypes = Annotated[list[EventTypeName], Field(min_length=1, max_length=100, description="Event types from "
                                                  "`GET /v1/event-types`.")]
Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
PERSONAL_DATA_HELP = ("Whether payloads may name people (ids, names, e-mail addresses); without it, the fields the "
                      "event contract marks `x-personal-data` are left out.")

EXAMPLE: JsonDict = {"url": "https://hooks.example.com/netwise",
                     "event_types": ["netwise.curriculum.certification.issued"],
                     "description": "Docebo: certifications into the learning record", "personal_data": True}


class EndpointCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE]})

    url: Url = Field(description="Where deliveries are POSTed: https, on a public address.")
    event_types: EventTypes
    description: Description = ""
    personal_data: bool = Field(False, description=PERSONAL_DATA_HELP)


class EndpointUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "active"},
                                                              {"event_types": ["netwise.advocacy.share.created"]}]})

    url: NotNull[Url] = None
    event_types: NotNull[EventTypes] = None
    description: NotNull[Description] = None
    personal_data: NotNull[bool] = Field(None, description=PERSONAL_DATA_HELP)
    status: NotNull[Literal["active", "disabled"]] = Field(
        None, description="`active` enables a disabled endpoint: its waiting deliveries go out at once.")


class EndpointPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    url: str
    description: str
    event_types: list[str]
    personal_data: bool
    status: Literal["active", "disabled"]
    failing_since: datetime | None = Field(description="Since when every attempt has failed; null when the last "
                                           "one succeeded.")
    disabled_at: datetime | None
    created_at: datetime
    version: int


class EndpointCreated(EndpointPublic):
    secret: str = Field(description="The signing secret (`whsec_…`), shown in this response only.")


class SecretRotation(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"overlap_hours": 24}]})

    overlap_hours: NotNull[float] = Field(None, ge=0, le=24 * 30, description="How long deliveries are signed with "
                                          "the previous secret too; default: the service's `SECRET_OVERLAP_HOURS`.")


class SecretRotated(BaseModel):
    secret: str = Field(description="The new signing secret, shown in this response only.")
    previous_secret_expires_at: datetime


class AttemptPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    attempted_at: datetime
    status_code: int | None = Field(description="The endpoint's HTTP status; null when it gave none.")
    error: str | None
    duration_ms: int


class DeliveryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str = Field(description="The `webhook-id` header: the same on every retry and replay.")
    event_id: str
    event_type: str
    status: Literal["pending", "succeeded"]
    attempts: int = Field(description="Attempts since it was queued or last replayed; `log` has them all.")
    next_attempt_at: datetime | None = Field(description="Null once succeeded.")
    created_at: datetime
    delivered_at: datetime | None


class DeliveryDetail(DeliveryPublic):
    payload: dict[str, Any]
    log: list[AttemptPublic] = Field(description="Every attempt, oldest first.")


class EventTypePublic(BaseModel):
    name: str
    personal_fields: list[str] = Field(description="Fields of `data` left out for endpoints without personal data.")
    data_schema: dict[str, Any] = Field(description="JSON Schema of the payload's `data`.")
