"""identity's queries: every one is scoped by organisation, so another tenant's id is simply not found."""

from collections.abc import Sequence

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.problems import NotFound
from kit.tenancy import owned
from services.identity.models import Client, Organisation, OrgUnit, Person


async def organisation(session: AsyncSession, org_id: str) -> Organisation:
    org = await session.get(Organisation, org_id)
    if org is None:
        raise NotFound("organisation not found")
    return org


async def organisation_by_slug(session: AsyncSession, slug: str) -> Organisation | None:
    return (await session.exec(select(Organisation).where(Organisation.slug == slug))).first()


async def org_unit(session: AsyncSession, org_id: str, unit_id: str, *, field: str | None = None) -> OrgUnit:
    return await owned(session, OrgUnit, org_id, unit_id, "org unit", field=field)


async def org_units(session: AsyncSession, org_id: str) -> Sequence[OrgUnit]:
    return (await session.exec(select(OrgUnit).where(OrgUnit.org_id == org_id))).all()


async def person(session: AsyncSession, org_id: str, person_id: str, *, field: str | None = None) -> Person:
    return await owned(session, Person, org_id, person_id, "person", field=field)


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
    return await owned(session, Client, org_id, client_id, "client")
