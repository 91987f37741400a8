"""analytics's lookups: every one is scoped by organisation, so another tenant's id is simply not found."""

from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, text, tuple_
from sqlalchemy.engine import Row
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import among
from services.analytics import dimensions
from services.analytics.models import LockedPeriod, OrgSettings, TimeEntry, directory
from services.analytics.schemas import DEFAULT_CATEGORIES, Activity, Category

M = TypeVar("M", bound=SQLModel)
people = directory.people


async def people_by_id(session: AsyncSession, org_id: str, ids: Iterable[str]) -> dict[str, Row[Any]]:
    """Unit and job function of the people asked about: what a time entry copies (a batch asks about a thousand, so
    the other columns, roles' JSON above all, are not read)."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = (await session.execute(select(people.c.id, people.c.org_unit_id, people.c.job_function)
                                  .where(people.c.org_id == org_id, among(session, people.c.id, sorted(wanted))))).all()
    return {row.id: row for row in rows}


async def unit_names(session: AsyncSession, org_id: str) -> dict[str, str]:
    units = directory.org_units
    rows = (await session.execute(select(units.c.id, units.c.name).where(units.c.org_id == org_id))).all()
    return {row.id: row.name for row in rows}


async def headcount_by_unit(session: AsyncSession, org_id: str) -> dict[str | None, int]:
    rows = (await session.execute(
        select(people.c.org_unit_id, func.count()).where(people.c.org_id == org_id, people.c.status == "active")
        .group_by(people.c.org_unit_id))).all()
    return {row[0]: int(row[1]) for row in rows}


async def settings_of(session: AsyncSession, org_id: str) -> OrgSettings:
    """The organisation's settings row; an unsaved one with the defaults if it never changed them."""
    return await session.get(OrgSettings, org_id) or OrgSettings(org_id=org_id, activity_categories={})


def categories(settings: OrgSettings) -> dict[str, str]:
    """Every activity's effective category: the defaults with the organisation's overrides."""
    mapping = {str(a): str(c) for a, c in DEFAULT_CATEGORIES.items()}
    mapping.update({a: c for a, c in settings.activity_categories.items() if a in Activity.__members__
                    and c in Category.__members__})
    return mapping


async def locked_months(session: AsyncSession, org_id: str, months: Iterable[date]) -> set[date]:
    wanted = set(months)
    if not wanted:
        return set()
    rows = (await session.exec(select(col(LockedPeriod.month)).where(
        LockedPeriod.org_id == org_id, col(LockedPeriod.month).in_(wanted)))).all()
    return set(rows)


async def day_totals(session: AsyncSession, org_id: str, keys: set[tuple[str, date]],
                     exclude_id: str | None = None) -> dict[tuple[str, date], int]:
    """Minutes already recorded per (person, day), for exactly the pairs asked about."""
    if not keys:
        return {}
    pairs = sorted(keys)
    if session.get_bind().dialect.name == "postgresql":
        # unnest() of arrays plans in constant time (a 1000-pair IN list takes longer to plan than to run); LATERAL
        # makes each pair one index probe, and its person_key prunes the probe to that person's partition.
        known = await dimensions.find(session, {("person", person) for person, _ in pairs})
        pairs = [(person, day) for person, day in pairs if ("person", person) in known]
        # Without an entry to leave out, the probe reads only the index (which carries the minutes).
        query = text(
            "SELECT k.person_id, k.work_date, s.minutes FROM unnest(CAST(:people AS varchar[]), "
            "CAST(:keys AS integer[]), CAST(:days AS date[])) AS k(person_id, person_key, work_date) "
            "CROSS JOIN LATERAL (SELECT sum(e.minutes) AS minutes FROM time_entries AS e "
            "WHERE e.org_id = :org AND e.person_key = k.person_key AND e.person_id = k.person_id "
            "AND e.work_date = k.work_date" + (" AND e.id <> :exclude" if exclude_id else "") + ") AS s "
            "WHERE s.minutes IS NOT NULL")
        rows = (await session.execute(query, {
            "people": [p for p, _ in pairs], "keys": [known[("person", p)] for p, _ in pairs],
            "days": [d for _, d in pairs], "org": org_id, "exclude": exclude_id or ""})).all()
    else:
        t = TimeEntry.__table__  # type: ignore[attr-defined]
        rows = (await session.execute(
            select(t.c.person_id, t.c.work_date, func.sum(t.c.minutes))
            .where(t.c.org_id == org_id, tuple_(t.c.person_id, t.c.work_date).in_(pairs),
                   t.c.id != (exclude_id or ""))
            .group_by(t.c.person_id, t.c.work_date))).all()
    return {(row[0], row[1]): int(row[2]) for row in rows}
