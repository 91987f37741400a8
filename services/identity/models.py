"""identity's tables. API shapes live in schemas.py so a column change cannot silently change the contract."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from kit.db import UTCDateTime
from kit.events import event_tables
from kit.ids import new_id, utcnow


class IdentityTable(SQLModel):
    metadata = MetaData()


class Organisation(IdentityTable, table=True):
    __tablename__ = "organisations"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    name: str = Field(max_length=200)
    slug: str = Field(max_length=63, unique=True)
    currency: str = Field(max_length=3)
    timezone: str = Field(max_length=64)
    default_locale: str = Field(max_length=35)
    min_group_size: int = 5
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class OrgUnit(IdentityTable, table=True):
    __tablename__ = "org_units"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(foreign_key="organisations.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    parent_id: str | None = Field(default=None, foreign_key="org_units.id", max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class Person(IdentityTable, table=True):
    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("org_id", "email", name="uq_people_org_email"),
                      UniqueConstraint("org_id", "external_id", name="uq_people_org_external_id"))

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(foreign_key="organisations.id", index=True, max_length=36)
    email: str = Field(max_length=320)
    name: str = Field(max_length=200)
    org_unit_id: str | None = Field(default=None, foreign_key="org_units.id", index=True, max_length=36)
    job_function: str = Field(max_length=32)
    manager_id: str | None = Field(default=None, foreign_key="people.id", max_length=36)
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="active", max_length=16)
    locale: str | None = Field(default=None, max_length=35)
    external_id: str | None = Field(default=None, max_length=255)  # the directory's id for them (SCIM)
    user_name: str | None = Field(default=None, max_length=320)  # the directory's, when not the e-mail (SCIM)
    directory_removed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # deleted by SCIM
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class Client(IdentityTable, table=True):
    """An OAuth client of an integration (an LMS, an HR system), bound to one organisation."""

    __tablename__ = "clients"

    id: str = Field(primary_key=True, max_length=64)
    org_id: str = Field(foreign_key="organisations.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    secret_hash: str = Field(max_length=128)
    scopes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1  # of its client events, so projections keep the newest whatever the arrival order


class SigningKey(IdentityTable, table=True):
    """A token signing key: `next` (published, not signing), `current` (signing), `retiring` (published)."""

    __tablename__ = "signing_keys"

    kid: str = Field(primary_key=True, max_length=64)
    state: str = Field(max_length=16, index=True)
    private_jwk: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    retire_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class IdentityProvider(IdentityTable, table=True):
    """An organisation's OpenID provider (Entra ID, Google Workspace, Okta, Keycloak, …): its people sign in there."""

    __tablename__ = "identity_providers"

    org_id: str = Field(foreign_key="organisations.id", primary_key=True, max_length=36)
    issuer: str = Field(max_length=500)
    client_id: str = Field(max_length=255)
    client_secret: str = Field(max_length=500)  # write-only through the API
    scopes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    identify_by: str = Field(default="email", max_length=16)  # "email" (verified) or "subject" (linked once)
    allowed_domains: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    group_claim: str = Field(default="groups", max_length=100)
    group_roles: dict[str, list[str]] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    group_units: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    create_unknown: bool = False
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class PersonLogin(IdentityTable, table=True):
    """A person's account at their organisation's provider (`iss` + `sub`), linked at their first sign-in."""

    __tablename__ = "person_logins"

    issuer: str = Field(primary_key=True, max_length=500)
    subject: str = Field(primary_key=True, max_length=255)
    org_id: str = Field(foreign_key="organisations.id", max_length=36)
    person_id: str = Field(foreign_key="people.id", index=True, max_length=36)
    linked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AppClient(IdentityTable, table=True):
    """A first-party public client (an SPA): no secret, exact redirect URIs, PKCE. Registered by the operator."""

    __tablename__ = "app_clients"

    id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=200)
    redirect_uris: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SignInRequest(IdentityTable, table=True):
    """A sign-in on its way through the organisation's provider, found again by the `state` sent there."""

    __tablename__ = "sign_in_requests"

    state: str = Field(primary_key=True, max_length=64)
    org_id: str = Field(max_length=36)
    client_id: str = Field(max_length=64)
    redirect_uri: str = Field(max_length=2000)
    code_challenge: str = Field(max_length=128)
    client_state: str | None = Field(default=None, max_length=500)
    nonce: str = Field(max_length=64)
    provider_verifier: str = Field(max_length=128)
    expires_at: datetime = Field(sa_type=UTCDateTime)


class AuthorizationCode(IdentityTable, table=True):
    __tablename__ = "authorization_codes"

    code_hash: str = Field(primary_key=True, max_length=64)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    client_id: str = Field(max_length=64)
    redirect_uri: str = Field(max_length=2000)
    code_challenge: str = Field(max_length=128)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    family_id: str | None = Field(default=None, max_length=36)  # the refresh tokens it led to


class RefreshToken(IdentityTable, table=True):
    """One link of a rotating chain (a family): used once; a second use revokes the whole family."""

    __tablename__ = "refresh_tokens"

    token_hash: str = Field(primary_key=True, max_length=64)
    family_id: str = Field(index=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(index=True, max_length=36)
    client_id: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class DirectoryGroup(IdentityTable, table=True):
    """A group the organisation's directory provisions by SCIM; the identity provider's group mappings give its
    members roles and an org unit."""

    __tablename__ = "directory_groups"
    __table_args__ = (UniqueConstraint("org_id", "display_name", name="uq_directory_groups_org_name"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(foreign_key="organisations.id", index=True, max_length=36)
    display_name: str = Field(max_length=255)
    external_id: str | None = Field(default=None, max_length=255)
    members: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))  # person ids
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


outbox_table, inbox_table = event_tables(IdentityTable.metadata)
