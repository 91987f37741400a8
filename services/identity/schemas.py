"""identity's API shapes."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field, StringConstraints

# identity's event payloads are the contract's; its API shows the same shapes.
from contracts.events.identity import (
    ClientChanged as ClientChanged,
)
from contracts.events.identity import (
    ClientPublic as ClientPublic,
)
from contracts.events.identity import (
    ClientStatus as ClientStatus,
)
from contracts.events.identity import (
    OrganisationPublic as OrganisationPublic,
)
from contracts.events.identity import (
    OrgUnitPublic as OrgUnitPublic,
)
from contracts.events.identity import (
    PersonPublic as PersonPublic,
)
from contracts.events.identity import (
    PersonStatus as PersonStatus,
)
from contracts.events.identity import (
    Scope as Scope,
)
from contracts.vocabulary import JobFunction, Role
from kit.inputs import Currency, NotNull


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("must be an IANA time zone such as Europe/Stockholm") from None
    if value not in available_timezones() and value != "UTC":
        raise ValueError("must be an IANA time zone such as Europe/Stockholm")
    return value


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Timezone = Annotated[str, StringConstraints(max_length=64), AfterValidator(_timezone)]


def _has_host(value: str) -> str:
    """An issuer is fetched: it must parse as a URL with a host (`http://[` passes the pattern, not this)."""
    try:
        host = urlsplit(value).hostname
    except ValueError as exc:
        raise ValueError(f"is not a URL ({exc})") from None
    if not host:
        raise ValueError("needs a host")
    return value
Locale = Annotated[
    str, StringConstraints(pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", max_length=35),
    Field(description="BCP 47 language tag, e.g. sv-SE"),
]
Email = Annotated[EmailStr, AfterValidator(lambda v: v.lower())]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OrganisationUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "currency": "NOK",
        "timezone": "Europe/Oslo",
        "min_group_size": 5,
    }]})
    name: NotNull[Name] = None
    currency: NotNull[Currency] = None
    timezone: NotNull[Timezone] = None
    default_locale: NotNull[Locale] = None
    min_group_size: NotNull[Annotated[int, Field(ge=2, le=100)]] = None


class OrgUnitCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Sales Norway",
        "parent_id": "01a23e3f-b201-7c11-8a3e-5d0c9e2f4b10",
    }]})
    name: Name
    parent_id: Id | None = None


class OrgUnitUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "Sales Norway and Denmark"}]})
    name: NotNull[Name] = None
    parent_id: Id | None = None


class PersonCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "email": "ingrid.dahl@fjordline.example",
        "name": "Ingrid Dahl",
        "job_function": "sales",
        "org_unit_id": "01a23e3f-b201-7c11-8a3e-5d0c9e2f4b10",
        "roles": ["learner", "ambassador"],
        "locale": "nb-NO",
    }]})
    email: Email
    name: Name
    job_function: JobFunction
    org_unit_id: Id | None = None
    manager_id: Id | None = None
    roles: Annotated[list[Role], Field(max_length=7)] = [Role.learner]
    locale: Locale | None = None


class PersonUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"job_function": "marketing", "locale": "nb-NO"}]})
    email: NotNull[Email] = None
    name: NotNull[Name] = None
    job_function: NotNull[JobFunction] = None
    org_unit_id: Id | None = None
    manager_id: Id | None = None
    roles: NotNull[Annotated[list[Role], Field(max_length=7)]] = None
    locale: Locale | None = None
    status: NotNull[PersonStatus] = None


class ImportReport(BaseModel):
    created: int
    updated: int
    unchanged: int


class ClientCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Moodle",
        "scopes": ["catalog:read", "enrolments:write", "completions:write"],
    }]})
    name: Name
    scopes: Annotated[list[Scope], Field(min_length=1, max_length=len(Scope))]


class ClientCreated(ClientPublic):
    client_secret: str = Field(description="Shown once; only a hash is kept.")


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int
    scope: str


class OAuthError(BaseModel):
    """RFC 6749 §5.2 error body of the token endpoint."""

    error: str
    error_description: str | None = None


class JWKSet(BaseModel):
    keys: list[dict[str, str]]


class IdentifyBy(StrEnum):
    email = "email"
    subject = "subject"


class IdentityProviderSet(Strict):
    """The organisation's OpenID provider; its discovery document is fetched and checked before it is saved."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "issuer": "https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0",
        "client_id": "6731de76-14a6-49ae-97bc-6eba6914391e",
        "client_secret": "write-only: the secret from the app registration",
        "identify_by": "subject",
        "allowed_domains": ["fjordline.example"],
        "group_roles": {"Social ambassadors": ["ambassador"]},
        "group_units": {"Sales Norway": "01a23e3f-b201-7c11-8a3e-5d0c9e2f4b10"},
    }]})

    issuer: Annotated[str, Field(min_length=8, max_length=500, pattern=r"^https?://[\x21-\x7e]+$", examples=[
        "https://login.microsoftonline.com/<tenant-id>/v2.0"]), AfterValidator(_has_host)]
    client_id: Annotated[str, Field(min_length=1, max_length=255)]
    client_secret: Annotated[str | None, Field(min_length=1, max_length=500, description=(
        "Write-only: never returned. Omit it to keep the one saved."))] = None
    scopes: Annotated[list[Annotated[str, Field(pattern=r"^[\x21\x23-\x5b\x5d-\x7e]{1,100}$")]],
                      Field(max_length=20)] = ["openid", "email", "profile"]
    identify_by: IdentifyBy = Field(IdentifyBy.email, description=(
        "`email`: the person whose e-mail is the provider's verified `email`; `subject`: the account linked at "
        "the person's first sign-in (by verified e-mail), then by `sub` even if the e-mail changes."))
    allowed_domains: Annotated[list[Annotated[str, Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}$", max_length=253)]],
                               Field(max_length=50)] = Field([], description="E-mail domains that may sign in; "
                                                             "empty: any")
    group_claim: Annotated[str, Field(min_length=1, max_length=100)] = "groups"
    group_roles: Annotated[dict[str, list[Role]], Field(max_length=200)] = Field(
        {}, description="Group (as the provider names it in `group_claim`) → the roles it gives. When set, these "
        "roles follow the groups at every sign-in.")
    group_units: Annotated[dict[str, Id], Field(max_length=500)] = Field(
        {}, description="Group → the org unit its members belong to, set at every sign-in.")
    create_unknown: bool = Field(False, description="Create a person (a learner) at the first sign-in of someone "
                                 "who is not in the directory yet.")


class IdentityProviderPublic(BaseModel):
    issuer: str
    client_id: str
    client_secret_set: bool
    scopes: list[str]
    identify_by: IdentifyBy
    allowed_domains: list[str]
    group_claim: str
    group_roles: dict[str, list[Role]]
    group_units: dict[str, str]
    create_unknown: bool
    callback_url: str = Field(description="Register this redirect URI at the provider.")
    updated_at: datetime
    version: int


class RolesUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"roles": ["learner", "ambassador", "editor"]}]})
    roles: Annotated[list[Role], Field(max_length=len(Role))]


class SignInTokens(BaseModel):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int
    refresh_token: str | None = None
    scope: str = ""
    issued_token_type: str | None = None
