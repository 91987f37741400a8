"""The events identity publishes, with the schema of their `data` (exported to openapi/events/)."""

from pydantic import BaseModel

from services.identity.schemas import ClientChanged, OrganisationPublic, OrgUnitPublic, PersonPublic

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
