"""The events identity publishes, with the schema of their `data` (exported to openapi/events/)."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from contracts.vocabulary import PERSONAL_DATA, JobFunction, Role

ORGANISATION_CREATED = "netwise.identity.organisation.created"
ORGANISATION_UPDATED = "netwise.identity.organisation.updated"
ORG_UNIT_CREATED = "netwise.identity.org_unit.created"
ORG_UNIT_UPDATED = "netwise.identity.org_unit.updated"
ORG_UNIT_DELETED = "netwise.identity.org_unit.deleted"
PERSON_CREATED = "netwise.identity.person.created"
PERSON_UPDATED = "netwise.identity.person.updated"
PERSON_DEACTIVATED = "netwise.identity.person.deactivated"
CLIENT_CREATED = "netwise.identity.client.created"
CLIENT_REVOKED = "netwise.identity.client.revoked"

class Scope(StrEnum):
    """What an integration client may be granted."""

    catalog_read = "catalog:read"
    enrolments_write = "enrolments:write"
    completions_write = "completions:write"
    progress_read = "progress:read"
    people_read = "people:read"
    people_write = "people:write"
    scim = "scim"  # the organisation's directory provisions people and groups at /scim/v2
    time_write = "time:write"
    kpis_write = "kpis:write"
    reports_read = "reports:read"
    xapi_read = "xapi:read"  # read the organisation's Learning Record Store (statements, documents)
    xapi_write = "xapi:write"  # read and write it


class PersonStatus(StrEnum):
    active = "active"
    deactivated = "deactivated"


class OrganisationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    name: str
    slug: str
    currency: str
    timezone: str
    default_locale: str
    min_group_size: int = Field(description="Aggregates over fewer people than this are suppressed.")
    created_at: datetime
    version: int


class OrgUnitPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    name: str
    parent_id: str | None
    created_at: datetime
    version: int


class PersonPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str = Field(json_schema_extra=PERSONAL_DATA)
    email: str = Field(json_schema_extra=PERSONAL_DATA)
    name: str = Field(json_schema_extra=PERSONAL_DATA)
    job_function: JobFunction
    org_unit_id: str | None
    manager_id: str | None = Field(json_schema_extra=PERSONAL_DATA)
    roles: list[Role]
    status: PersonStatus
    locale: str | None
    created_at: datetime
    updated_at: datetime
    version: int


class ClientPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str = Field(description="The client_id.")
    name: str
    scopes: list[Scope]
    created_at: datetime
    revoked_at: datetime | None


class ClientStatus(StrEnum):
    active = "active"
    revoked = "revoked"


class ClientChanged(ClientPublic):
    """The data of identity's client events: what a service needs to refuse a revoked client's tokens."""

    status: ClientStatus
    version: int


EVENT_SCHEMAS: dict[str, type[BaseModel]] = {
    ORGANISATION_CREATED: OrganisationPublic,
    ORGANISATION_UPDATED: OrganisationPublic,
    ORG_UNIT_CREATED: OrgUnitPublic,
    ORG_UNIT_UPDATED: OrgUnitPublic,
    ORG_UNIT_DELETED: OrgUnitPublic,
    PERSON_CREATED: PersonPublic,
    PERSON_UPDATED: PersonPublic,
    PERSON_DEACTIVATED: PersonPublic,
    CLIENT_CREATED: ClientChanged,
    CLIENT_REVOKED: ClientChanged,
}
