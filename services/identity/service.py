"""identity's rules. Functions flush but never commit: the request's session commits or rolls back."""

import hashlib
import re
import secrets
from typing import Any

from pydantic import ValidationError
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import identity as events
from kit.db import apply_changes, remove, save
from kit.events import Outbox
from kit.ids import new_id, utcnow
from kit.problems import Conflict, FieldError, Unprocessable
from kit.uploads import parse_csv
from services.identity import repositories as repo
from services.identity.models import Client, Organisation, OrgUnit, Person
from services.identity.schemas import (
    ClientChanged,
    ClientCreate,
    ClientStatus,
    ImportReport,
    OrganisationPublic,
    OrganisationUpdate,
    OrgUnitCreate,
    OrgUnitPublic,
    OrgUnitUpdate,
    PersonCreate,
    PersonPublic,
    PersonStatus,
    PersonUpdate,
)

PEOPLE_COLUMNS = {"email", "name", "job_function", "org_unit", "manager_email", "roles", "locale"}
SLUG = re.compile(r"[a-z][a-z0-9-]{1,62}")


# -- organisations -------------------------------------------------------------------------------

async def create_organisation(session: AsyncSession, outbox: Outbox, *, name: str, slug: str, currency: str,
                              timezone: str, default_locale: str, min_group_size: int = 5) -> Organisation:
    if not SLUG.fullmatch(slug):
        raise Unprocessable.field("slug", "use 2-63 lowercase letters, digits and hyphens, starting with a letter")
    if await repo.organisation_by_slug(session, slug) is not None:
        raise Conflict(f"an organisation with slug {slug!r} exists", errors=[
            FieldError(field="slug", message="is already taken")])
    org = Organisation(name=name, slug=slug, currency=currency, timezone=timezone,
                       default_locale=default_locale, min_group_size=min_group_size)
    session.add(org)
    await session.flush()
    await _organisation_event(session, outbox, org, events.ORGANISATION_CREATED)
    return org


async def update_organisation(session: AsyncSession, outbox: Outbox, org: Organisation,
                              changes: OrganisationUpdate) -> Organisation:
    if apply_changes(org, changes.model_dump(exclude_unset=True)):
        org.version += 1
        await session.flush()
        await _organisation_event(session, outbox, org, events.ORGANISATION_UPDATED)
    return org


async def _organisation_event(session: AsyncSession, outbox: Outbox, org: Organisation, event_type: str) -> None:
    await outbox.emit(session, type=event_type, org=org.id, subject=org.id,
                      data=OrganisationPublic.model_validate(org).model_dump(mode="json"))


# -- org units -----------------------------------------------------------------------------------

async def create_org_unit(session: AsyncSession, outbox: Outbox, org_id: str, data: OrgUnitCreate) -> OrgUnit:
    unit = OrgUnit(id=new_id(), org_id=org_id, name=data.name)
    await _set_parent(session, unit, data.parent_id)
    await save(session, unit)
    await _unit_event(session, outbox, unit, events.ORG_UNIT_CREATED)
    return unit


async def update_org_unit(session: AsyncSession, outbox: Outbox, unit: OrgUnit, data: OrgUnitUpdate) -> OrgUnit:
    changes = data.model_dump(exclude_unset=True)
    moved = "parent_id" in changes and await _set_parent(session, unit, changes.pop("parent_id"))
    if apply_changes(unit, changes) or moved:
        unit.version += 1
        await session.flush()
        await _unit_event(session, outbox, unit, events.ORG_UNIT_UPDATED)
    return unit


async def delete_org_unit(session: AsyncSession, outbox: Outbox, unit: OrgUnit) -> None:
    if await repo.unit_is_used(session, unit):
        raise Conflict("the org unit still has sub-units or people; move them first")
    await _unit_event(session, outbox, unit, events.ORG_UNIT_DELETED)
    await remove(session, unit)


async def _set_parent(session: AsyncSession, unit: OrgUnit, parent_id: str | None) -> bool:
    if parent_id is not None:
        ancestor: OrgUnit | None = await repo.org_unit(session, unit.org_id, parent_id, field="parent_id")
        while ancestor is not None:
            if ancestor.id == unit.id:
                raise Unprocessable.field("parent_id", "would make the org unit its own ancestor")
            ancestor = await session.get(OrgUnit, ancestor.parent_id) if ancestor.parent_id else None
    if unit.parent_id == parent_id:
        return False
    unit.parent_id = parent_id
    return True


async def _unit_event(session: AsyncSession, outbox: Outbox, unit: OrgUnit, event_type: str) -> None:
    await outbox.emit(session, type=event_type, org=unit.org_id, subject=unit.id,
                      data=OrgUnitPublic.model_validate(unit).model_dump(mode="json"))


# -- people --------------------------------------------------------------------------------------

async def create_person(session: AsyncSession, outbox: Outbox, org_id: str, data: PersonCreate) -> Person:
    if await repo.person_by_email(session, org_id, data.email) is not None:
        raise Conflict(f"{data.email} is already a person in this organisation",
                       errors=[FieldError(field="email", message="is already used in this organisation")])
    person = Person(id=new_id(), org_id=org_id, **data.model_dump(exclude={"roles"}),
                    roles=sorted({str(r) for r in data.roles}))
    await _check_references(session, person)
    await save(session, person)
    await _person_event(session, outbox, person, events.PERSON_CREATED)
    return person


async def update_person(session: AsyncSession, outbox: Outbox, person: Person, data: PersonUpdate) -> Person:
    changes = data.model_dump(exclude_unset=True)
    if "roles" in changes and changes["roles"] is not None:
        changes["roles"] = sorted({str(r) for r in changes["roles"]})
    for field in ("email", "name", "job_function", "roles", "status"):
        if field in changes and changes[field] is None:
            raise Unprocessable.field(field, "may not be null")
    if changes.get("email") and changes["email"] != person.email:
        other = await repo.person_by_email(session, person.org_id, changes["email"])
        if other is not None:
            raise Conflict(errors=[FieldError(field="email", message="is already used in this organisation")])
    was_active = person.status == PersonStatus.active
    if not apply_changes(person, changes):
        return person
    await _check_references(session, person)
    person.version += 1
    person.updated_at = utcnow()
    await session.flush()
    deactivated = was_active and person.status == PersonStatus.deactivated
    await _person_event(session, outbox, person, events.PERSON_DEACTIVATED if deactivated else events.PERSON_UPDATED)
    return person


async def deactivate_person(session: AsyncSession, outbox: Outbox, person: Person) -> None:
    await update_person(session, outbox, person, PersonUpdate(status=PersonStatus.deactivated))


async def _check_references(session: AsyncSession, person: Person) -> None:
    if person.org_unit_id is not None:
        await repo.org_unit(session, person.org_id, person.org_unit_id, field="org_unit_id")
    manager_id = person.manager_id
    while manager_id is not None:
        if manager_id == person.id:
            raise Unprocessable.field("manager_id", "would make the person their own manager")
        manager = await repo.person(session, person.org_id, manager_id, field="manager_id")
        manager_id = manager.manager_id


async def _person_event(session: AsyncSession, outbox: Outbox, person: Person, event_type: str) -> None:
    await outbox.emit(session, type=event_type, org=person.org_id, subject=person.id,
                      data=PersonPublic.model_validate(person).model_dump(mode="json"))


async def import_people(session: AsyncSession, outbox: Outbox, org_id: str, text: str) -> ImportReport:
    """Creates or updates people by email from CSV; any bad row means no change at all."""
    table = parse_csv(text, required={"email", "name", "job_function"}, allowed=PEOPLE_COLUMNS)
    header = table.header
    units = await repo.org_units(session, org_id)
    unit_ids = {u.id: u.id for u in units} | {u.name.lower(): u.id for u in units}
    errors: list[FieldError] = list(table.errors)
    rows: list[tuple[int, PersonCreate, str | None]] = []
    seen: dict[str, int] = {}
    for csv_row in table.rows:
        line, row = csv_row.line, csv_row.values
        unit_ref = row.get("org_unit") or None
        # Only the columns the file has are set, so an update leaves the others as they are.
        fields: dict[str, Any] = {"email": row.get("email"), "name": row.get("name"),
                                  "job_function": row.get("job_function")}
        if "org_unit" in header:
            fields["org_unit_id"] = unit_ids.get(unit_ref.lower(), unit_ref) if unit_ref else None
        if "locale" in header:
            fields["locale"] = row.get("locale") or None
        if row.get("roles"):
            fields["roles"] = row["roles"].replace(";", " ").split()
        if unit_ref and unit_ref.lower() not in unit_ids and unit_ref not in unit_ids:
            errors.append(FieldError(field="org_unit", message=f"no org unit named {unit_ref!r}", line=line))
            continue
        try:
            data = PersonCreate.model_validate(fields)
        except ValidationError as exc:
            errors.extend(FieldError(field=".".join(str(p) for p in e["loc"]) or "row", message=e["msg"], line=line)
                          for e in exc.errors())
            continue
        if data.email in seen:
            errors.append(FieldError(field="email", message=f"repeats line {seen[data.email]}", line=line))
            continue
        seen[data.email] = line
        rows.append((line, data, (row.get("manager_email") or "").lower() or None))

    existing = await repo.people_by_email(session, org_id, set(seen) | {m for _, _, m in rows if m})
    for line, _data, manager_email in rows:
        if manager_email and manager_email not in seen and manager_email not in existing:
            errors.append(FieldError(field="manager_email", message=f"no person {manager_email}", line=line))
    if errors:
        errors.sort(key=lambda e: e.line or 0)
        raise Unprocessable(f"{len(errors)} problem(s) in the file; nothing was imported", errors=errors)

    report = ImportReport(created=0, updated=0, unchanged=0)
    people: dict[str, Person] = dict(existing)
    for _line, data, _manager in rows:  # first pass: everyone exists, so managers can point anywhere in the file
        person = people.get(data.email)
        if person is None:
            people[data.email] = await create_person(session, outbox, org_id, data)
            report.created += 1
        else:
            before = person.version
            await update_person(session, outbox, person, PersonUpdate(**data.model_dump(exclude_unset=True)))
            if person.version == before:
                report.unchanged += 1
            else:
                report.updated += 1
    if "manager_email" not in header:
        return report
    for line, data, manager_email in rows:
        manager = people[manager_email] if manager_email else None
        person = people[data.email]
        if (manager.id if manager else None) != person.manager_id:
            try:
                await update_person(session, outbox, person, PersonUpdate(manager_id=manager.id if manager else None))
            except Unprocessable as exc:
                raise Unprocessable("nothing was imported", errors=[FieldError(
                    field="manager_email", message=exc.detail or "invalid", line=line)]) from exc
    return report


# -- integration clients -------------------------------------------------------------------------

def hash_secret(secret: str) -> str:
    # Secrets are 256 random bits, so a fast hash is enough: there is nothing to brute-force.
    return hashlib.sha256(secret.encode()).hexdigest()


async def create_client(session: AsyncSession, outbox: Outbox, org_id: str,
                        data: ClientCreate) -> tuple[Client, str]:
    secret = secrets.token_urlsafe(32)
    client = Client(id=f"nw_{secrets.token_hex(12)}", org_id=org_id, name=data.name,
                    secret_hash=hash_secret(secret), scopes=sorted({str(s) for s in data.scopes}))
    session.add(client)
    await session.flush()
    await _client_event(session, outbox, client, events.CLIENT_CREATED)
    return client, secret


async def revoke_client(session: AsyncSession, outbox: Outbox, client: Client) -> None:
    """No new tokens, and every service refuses the ones it has (they hear of it through the event)."""
    if client.revoked_at is not None:
        return
    client.revoked_at = utcnow()
    client.version += 1
    await session.flush()
    await _client_event(session, outbox, client, events.CLIENT_REVOKED)


async def _client_event(session: AsyncSession, outbox: Outbox, client: Client, event_type: str) -> None:
    data = ClientChanged(id=client.id, name=client.name, scopes=client.scopes, created_at=client.created_at,
                         revoked_at=client.revoked_at, version=client.version,
                         status=ClientStatus.revoked if client.revoked_at else ClientStatus.active)
    await outbox.emit(session, type=event_type, org=client.org_id, subject=client.id,
                      data=data.model_dump(mode="json"))


async def may_act(session: AsyncSession, kind: str, org_id: str, subject: str) -> bool:
    """kit.auth's MayAct, from identity's own tables: a deactivated person or a revoked client may not."""
    if kind == "person":
        person = await session.get(Person, subject)
        return person is None or person.org_id != org_id or person.status == PersonStatus.active
    client = await session.get(Client, subject)
    return client is None or client.org_id != org_id or client.revoked_at is None


async def authenticate_client(session: AsyncSession, client_id: str, secret: str) -> Client | None:
    client = await session.get(Client, client_id)
    if client is None or client.revoked_at is not None:
        secrets.compare_digest(hash_secret(secret), hash_secret(""))  # similar timing for unknown ids
        return None
    return client if secrets.compare_digest(client.secret_hash, hash_secret(secret)) else None


async def person_token(session: AsyncSession, *, person: Person, issuer: str, audience: str,
                       ttl_seconds: int) -> str:
    """A person's access token, minted locally (embedded mode and tests); production people come via an IdP."""
    from services.identity import keys, tokens

    return await keys.mint(session, issuer=issuer, audience=audience, subject=person.id, org=person.org_id,
                           client_id=tokens.PERSON_CLIENT_ID, roles=list(person.roles), ttl_seconds=ttl_seconds)
