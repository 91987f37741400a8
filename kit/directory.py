"""A service's read-only copy of identity's directory (organisations, org units, people, clients), fed by its events.

Every service needs to know who a person is, where they sit and the organisation's rules (time zone, currency,
minimum group size) without calling identity on each request. This is that projection, kept in one place.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    delete,
    insert,
    null,
    select,
    update,
)
from sqlalchemy.engine import Row
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.responses import Response

from contracts.events import identity
from kit.auth import Principal
from kit.events import CloudEvent, EventHandler, payload_of
from kit.locale import ReaderLocale
from kit.recent import Recent

PERSON_EVENTS = (identity.PERSON_CREATED, identity.PERSON_UPDATED, identity.PERSON_DEACTIVATED)
UNIT_EVENTS = (identity.ORG_UNIT_CREATED, identity.ORG_UNIT_UPDATED)
UNIT_DELETED = identity.ORG_UNIT_DELETED
ORG_EVENTS = (identity.ORGANISATION_CREATED, identity.ORGANISATION_UPDATED)
CLIENT_EVENTS = (identity.CLIENT_CREATED, identity.CLIENT_REVOKED)


# (org, subject, is a client) -> (the person's locale, the organisation's default), NULL where not known yet.
ReaderLocales = Recent[tuple[str, str, bool], tuple[str | None, str | None]]


def forget_reader_locales(known: ReaderLocales, event: CloudEvent) -> None:
    """A person's locale, or an organisation's default, changed: this process serves the new one at once."""
    changed = changed_principal(event)
    if changed is not None and changed[0] == "person":
        known.forget((event.org, changed[2], False))
    elif event.type in ORG_EVENTS:
        known.forget()  # rare: every reader of the organisation


@dataclass(frozen=True)
class OrgRules:
    org_id: str
    currency: str = "EUR"
    timezone: str = "UTC"
    default_locale: str = "en"
    min_group_size: int = 5


class Directory:
    def __init__(self, metadata: MetaData) -> None:
        self.organisations = Table(
            "dir_organisations", metadata,
            Column("id", String(36), primary_key=True),
            Column("name", String(200), nullable=False),
            Column("currency", String(3), nullable=False),
            Column("timezone", String(64), nullable=False),
            Column("default_locale", String(35), nullable=False),
            Column("min_group_size", Integer, nullable=False),
            Column("version", Integer, nullable=False),
        )
        self.org_units = Table(
            "dir_org_units", metadata,
            Column("id", String(36), primary_key=True),
            Column("org_id", String(36), nullable=False, index=True),
            Column("name", String(200), nullable=False),
            Column("parent_id", String(36), nullable=True),
            Column("version", Integer, nullable=False),
        )
        self.people = Table(
            "dir_people", metadata,
            Column("id", String(36), primary_key=True),
            Column("org_id", String(36), nullable=False),
            Column("email", String(320), nullable=False),
            Column("name", String(200), nullable=False),
            Column("job_function", String(32), nullable=False),
            Column("org_unit_id", String(36), nullable=True),
            Column("manager_id", String(36), nullable=True),
            Column("roles", JSON, nullable=False),
            Column("status", String(16), nullable=False),
            Column("locale", String(35), nullable=True),
            Column("version", Integer, nullable=False),
            Index("ix_dir_people_org_email", "org_id", "email"),
            Index("ix_dir_people_org_unit", "org_id", "org_unit_id"),
        )
        # Integration clients, for one thing only: refusing the tokens of a revoked one.
        self.clients = Table(
            "dir_clients", metadata,
            Column("id", String(64), primary_key=True),
            Column("org_id", String(36), nullable=False),
            Column("status", String(16), nullable=False),
            Column("version", Integer, nullable=False),
        )

        # The reader's query, built once (SQLAlchemy's cost for a new statement object is the query's own on SQLite):
        # one round trip for both locales (it runs on nearly every read), NULL where the row is not there.
        default = select(self.organisations.c.default_locale).where(self.organisations.c.id == bindparam("org_id"))
        own = select(self.people.c.locale).where(self.people.c.org_id == bindparam("org_id"),
                                                 self.people.c.id == bindparam("subject"))
        self._person_reader = select(own.scalar_subquery(), default.scalar_subquery())
        self._client_reader = select(null(), default.scalar_subquery())

    # -- event handlers ---------------------------------------------------------------------------

    def handlers(self) -> dict[str, EventHandler]:
        """Register these with the service's events router."""
        table: dict[str, EventHandler] = {}
        for event_type in PERSON_EVENTS:
            table[event_type] = self._on_person
        for event_type in UNIT_EVENTS:
            table[event_type] = self._on_unit
        for event_type in ORG_EVENTS:
            table[event_type] = self._on_organisation
        table[UNIT_DELETED] = self._on_unit_deleted
        for event_type in CLIENT_EVENTS:
            table[event_type] = self._on_client
        return table

    async def take(self, session: AsyncSession, event: CloudEvent) -> None:
        """One identity event applied at once, as its delivery would (a seed that cannot wait for the relay)."""
        await self.handlers()[event.type](session, event, payload_of(event))

    async def _on_person(self, session: AsyncSession, event: CloudEvent, d: identity.PersonPublic) -> None:
        await _upsert_versioned(session, self.people, d.id, d.version, {
            "org_id": event.org, "email": d.email, "name": d.name, "job_function": d.job_function,
            "org_unit_id": d.org_unit_id, "manager_id": d.manager_id, "roles": list(d.roles), "status": d.status,
            "locale": d.locale})

    async def _on_client(self, session: AsyncSession, event: CloudEvent, d: identity.ClientChanged) -> None:
        await _upsert_versioned(session, self.clients, d.id, d.version, {"org_id": event.org, "status": d.status})

    async def _on_unit(self, session: AsyncSession, event: CloudEvent, d: identity.OrgUnitPublic) -> None:
        await _upsert_versioned(session, self.org_units, d.id, d.version, {
            "org_id": event.org, "name": d.name, "parent_id": d.parent_id})

    async def _on_unit_deleted(self, session: AsyncSession, event: CloudEvent, d: identity.OrgUnitPublic) -> None:
        await session.execute(delete(self.org_units).where(self.org_units.c.id == d.id,
                                                           self.org_units.c.org_id == event.org))

    async def _on_organisation(self, session: AsyncSession, event: CloudEvent,
                               d: identity.OrganisationPublic) -> None:
        await _upsert_versioned(session, self.organisations, d.id, d.version, {
            "name": d.name, "currency": d.currency, "timezone": d.timezone, "default_locale": d.default_locale,
            "min_group_size": d.min_group_size})

    # -- queries ----------------------------------------------------------------------------------

    async def rules(self, session: AsyncSession, org_id: str) -> OrgRules:
        """The organisation's rules; safe defaults until its first event has arrived."""
        row = (await session.execute(select(self.organisations).where(self.organisations.c.id == org_id))).first()
        if row is None:
            return OrgRules(org_id)
        return OrgRules(org_id, row.currency, row.timezone, row.default_locale, row.min_group_size)

    async def may_act(self, session: AsyncSession, kind: str, org_id: str, subject: str) -> bool:
        """kit.auth's MayAct: a deactivated person or a revoked client may not; one not heard of yet may."""
        table = self.people if kind == "person" else self.clients
        status = (await session.execute(select(table.c.status).where(
            table.c.org_id == org_id, table.c.id == subject))).scalar_one_or_none()
        return status is None or status == "active"

    async def person(self, session: AsyncSession, org_id: str, person_id: str) -> Row[Any] | None:
        query = select(self.people).where(self.people.c.org_id == org_id, self.people.c.id == person_id)
        return (await session.execute(query)).first()

    async def reader(self, session: AsyncSession, principal: Principal, accept_language: str | None,
                     response: Response | None = None, known: ReaderLocales | None = None) -> ReaderLocale:
        """Who reads, as far as language goes: the person's own locale, else `Accept-Language`, else the
        organisation's default (an integration client has no locale of its own). With `known`, the app's
        `ReaderLocales`, both are read at most once per few seconds (nearly every read asks)."""

        async def read() -> tuple[str | None, str | None]:
            statement = self._client_reader if principal.is_client else self._person_reader
            row = (await session.execute(statement, {"org_id": principal.org, "subject": principal.subject})).one()
            return row[0], row[1]

        key = (principal.org, principal.subject, principal.is_client)
        person_locale, default_locale = await (read() if known is None else known.get(key, read))
        return ReaderLocale(person_locale, accept_language, default_locale or OrgRules.default_locale, response)

    async def person_by_email(self, session: AsyncSession, org_id: str, email: str) -> Row[Any] | None:
        query = select(self.people).where(self.people.c.org_id == org_id, self.people.c.email == email.lower())
        return (await session.execute(query)).first()

    async def unit_subtree(self, session: AsyncSession, org_id: str, unit_id: str) -> set[str]:
        """The unit and every unit below it."""
        rows = (await session.execute(select(self.org_units.c.id, self.org_units.c.parent_id)
                                      .where(self.org_units.c.org_id == org_id))).all()
        children: dict[str | None, list[str]] = {}
        for row in rows:
            children.setdefault(row.parent_id, []).append(row.id)
        found, stack = set(), [unit_id]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(children.get(current, []))
        return found

    async def managed_units(self, session: AsyncSession, org_id: str, manager_id: str) -> set[str]:
        """Units a manager oversees: the subtrees of the units of the people who report to them, and their own."""
        me = await self.person(session, org_id, manager_id)
        reports = (await session.execute(select(self.people.c.org_unit_id).where(
            self.people.c.org_id == org_id, self.people.c.manager_id == manager_id))).scalars().all()
        roots = {u for u in [*reports, me.org_unit_id if me is not None else None] if u}
        units: set[str] = set()
        for root in roots:
            units |= await self.unit_subtree(session, org_id, root)
        return units


async def _upsert_versioned(session: AsyncSession, table: Table, row_id: str, version: int,
                            values: dict[str, Any]) -> None:
    """Events may arrive out of order: an older version never overwrites a newer one."""
    current = (await session.execute(select(table.c.version).where(table.c.id == row_id))).scalar_one_or_none()
    if current is None:
        await session.execute(insert(table).values(id=row_id, version=version, **values))
    elif version >= current:
        await session.execute(update(table).where(table.c.id == row_id).values(version=version, **values))


def changed_principal(event: CloudEvent) -> tuple[str, str, str] | None:
    """(kind, org, id) of the person or client an identity event is about, whose standing may have changed."""
    kind = "person" if event.type in PERSON_EVENTS else "client" if event.type in CLIENT_EVENTS else None
    subject = event.data.get("id")
    return (kind, event.org, subject) if kind and isinstance(subject, str) else None
