"""identity's queries: every one is scoped by organisation, so another tenant's id is simply not found."""

from collections.abc import Sequence

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.problems import NotFound
from services.identity.models import Client, Organisation, OrgUnit, Person


async def organisation(session: AsyncSession, org_id: str) -> Organisation:
    org = await session.get(Organisation, org_id)
    if org is None:
        raise NotFound("organisation not found")
    return org


async def organisation_by_slug(session: AsyncSession, slug: str) -> Organisation | None:
    return (await session.exec(select(Organisation).where(Organisation.slug == slug))).first()


async def org_unit(session: AsyncSession, org_id: str, unit_id: str, *, field: str | None = None) -> OrgUnit:
    unit = await session.get(OrgUnit, unit_id)
    if unit is None or unit.org_id != org_id:
        raise NotFound(f"{field or 'org unit'}: no org unit {unit_id} in this organisation")
    return unit


async def org_units(session: AsyncSession, org_id: str) -> Sequence[OrgUnit]:
    return (await session.exec(select(OrgUnit).where(OrgUnit.org_id == org_id))).all()


async def person(session: AsyncSession, org_id: str, person_id: str, *, field: str | None = None) -> Person:
    found = await session.get(Person, person_id)
    if found is None or found.org_id != org_id:
        raise NotFound(f"{field or 'person'}: no person {person_id} in this organisation")
    return found


async def person_by_email(session: AsyncSession, org_id: str, email: str) -> Person | None:
    query = select(Person).where(Person.org_id == org_id, Person.email == email.lower())
    return (await session.exec(query)).first()


async def people_by_email(session: AsyncSession, org_id: str, emails: set[str]) -> dict[str, Person]:
    if not emails:
        return {}
    query = select(Person).where(Person.org_id == org_id, col(Person.email).in_(emails))
    return {p.email: p for p in (await session.exec(query)).all()}


async def unit_is_used(session: AsyncSession, unit: OrgUnit) -> bool:
    children = select(func.count()).select_from(OrgUnit).where(OrgUnit.parent_id == unit.id)
    members = select(func.count()).select_from(Person).where(Person.org_unit_id == unit.id)
    return bool((await session.exec(children)).one() or (await session.exec(members)).one())


async def client(session: AsyncSession, org_id: str, client_id: str) -> Client:
    found = await session.get(Client, client_id)
    if found is None or found.org_id != org_id:
        raise NotFound(f"no client {client_id} in this organisation")
    return found
