"""Caps on time: setting them, which entries count against one, hard-cap refusals, threshold events, cap status.

Functions flush but never commit: the request's session does.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, func, literal, union_all
from sqlalchemy.engine import Row
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import analytics as events
from kit.auth import Principal
from kit.db import remove, save
from kit.events import Outbox
from kit.problems import FieldError, Forbidden, NotFound, Unprocessable
from services.analytics import dimensions, reports
from services.analytics.drafts import Draft, Refusals
from services.analytics.models import Cap, CapAlert, TimeEntry, directory
from services.analytics.periods import period_bounds
from services.analytics.schemas import CapCreate, CapUpdate


def minutes_text(count: int) -> str:
    """`1 minute`, `0 minutes`, `5 minutes`: refusals are read by people."""
    return f"{count} minute" if count == 1 else f"{count} minutes"


def _period_name(cap: Cap) -> str:
    return f"{cap.window_days} days" if cap.period == "rolling" else cap.period


def _window_name(window: "CapWindow") -> str:
    """The period an entry falls in, dated: an entry may be for last week, not this one."""
    period, start, end = window.cap.period, window.start, window.end
    if period == "day":
        return f"on {start.isoformat()}"
    if period == "week":
        return f"in the week of {start.isoformat()}"
    if period == "month":
        return f"in {start:%Y-%m}"
    if period == "quarter":
        return f"in {start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"in the {window.cap.window_days} days to {end.isoformat()}"



def refuse_over_hard_caps(windows: list["CapWindow"], refusals: Refusals) -> None:
    """A hard cap refuses each entry that would pass its limit, saying by how much and what was left."""
    for window in windows:
        for index, over, left in window.hard_refusals():
            cap = window.cap
            refusals.add(index, "minutes", f"would pass the hard cap {cap.name!r} ({minutes_text(cap.limit_minutes)} "
                                           f"per {_period_name(cap)}) by {minutes_text(over)}; "
                                           f"{minutes_text(left)} left of {cap.limit_minutes} "
                                           f"{_window_name(window)}")


# -- caps ------------------------------------------------------------------------------------------

@dataclass
class CapWindow:
    """One cap over one period, with what is recorded there already and what a batch adds, per subject."""

    cap: Cap
    start: date
    end: date
    before: dict[str, int]
    added: list[tuple[int, str, int]]  # (draft index, subject, minutes) in batch order

    def after(self) -> dict[str, int]:
        totals = dict(self.before)
        for _, subject, minutes in self.added:
            totals[subject] = totals.get(subject, 0) + minutes
        return totals

    def hard_refusals(self) -> list[tuple[int, int, int]]:
        """(draft index, minutes over the limit, minutes that were left before the entry) per refused entry."""
        if not self.cap.hard:
            return []
        out, totals = [], dict(self.before)
        for index, subject, minutes in self.added:
            left = max(0, self.cap.limit_minutes - totals.get(subject, 0))
            totals[subject] = totals.get(subject, 0) + minutes
            if totals[subject] > self.cap.limit_minutes:
                out.append((index, totals[subject] - self.cap.limit_minutes, left))
        return out


async def cap_scope_units(session: AsyncSession, cap: Cap) -> set[str] | None:
    if cap.scope == "org_unit" and cap.scope_id:
        return await directory.unit_subtree(session, cap.org_id, cap.scope_id)
    return None


def cap_rule(cap: Cap, units: set[str] | None) -> Callable[[str, str | None, str | None, str | None, str | None],
                                                           bool]:
    """Whether an entry (person, unit, job function, channel, activity) counts against the cap. The cap's fields are
    read once here: a batch of 1000 entries asks each cap 1000 times, and each read of a mapped attribute costs."""
    cap_channel, cap_activity, scope, scope_id = cap.channel, cap.activity, cap.scope, cap.scope_id

    def applies(person_id: str, org_unit_id: str | None, job_function: str | None, channel: str | None,
                activity: str | None) -> bool:
        if cap_channel is not None and channel != cap_channel:
            return False
        if cap_activity is not None and activity != cap_activity:
            return False
        if scope == "org_unit":
            return units is not None and org_unit_id in units
        if scope == "job_function":
            return job_function == scope_id
        if scope == "person":
            return person_id == scope_id
        return True
    return applies


def cap_entries(cap: Cap, units: set[str] | None, start: date, end: date,
                person_ids: set[str] | None = None) -> reports.EntryFilter:
    """The entries counting against a cap in [start, end]: the rule of `cap_rule`, as a report filter."""
    people = {cap.scope_id or ""} if cap.scope == "person" else None
    if person_ids is not None and cap.per_person:  # a pooled cap counts everyone's minutes
        people = person_ids if people is None else people & person_ids
    return reports.EntryFilter(start, end, unit_ids=(units or set()) if cap.scope == "org_unit" else None,
                               job_function=cap.scope_id if cap.scope == "job_function" else None,
                               channels=[cap.channel] if cap.channel else [],
                               activities=[cap.activity] if cap.activity else [], person_ids=people)


async def _cap_minutes(session: AsyncSession, cap: Cap, filters: list[reports.EntryFilter],
                       exclude_id: str | None = None) -> list[list[tuple[int | None, int]]]:
    """Per filter: (person_key, minutes) per person for a per-person cap, one (None, minutes) row for a pooled one.

    All filters go in one statement (UNION ALL): a batch of entries touches a cap in many periods, and a round trip
    per period cost more than its query."""
    t = TimeEntry.__table__  # type: ignore[attr-defined]
    parts = []
    for part, flt in enumerate(filters):
        where = await flt.clauses(session, cap.org_id, reports.Audience())
        if exclude_id is not None:
            where.append(t.c.id != exclude_id)
        if cap.per_person:
            parts.append(select(literal(part, Integer), t.c.person_key, func.sum(t.c.minutes)).where(*where)
                         .group_by(t.c.person_key))
        else:
            parts.append(select(literal(part, Integer), literal(None, Integer), func.sum(t.c.minutes)).where(*where))
    rows = (await session.execute(parts[0] if len(parts) == 1 else union_all(*parts))).all()
    found: list[list[tuple[int | None, int]]] = [[] for _ in filters]
    for part, key, minutes in rows:
        found[part].append((key, int(minutes or 0)))  # a pooled cap's sum over no entries is NULL: 0 minutes
    return found


async def cap_usages(session: AsyncSession, cap: Cap, units: set[str] | None, periods: list[tuple[date, date]],
                     people: list[set[str]], exclude_id: str | None = None) -> list[dict[str, int]]:
    """Minutes counting against the cap in each period [start, end] for its people (`people[i]` for
    `periods[i]`), or under `*` for a pooled cap."""
    found = await _cap_minutes(session, cap, [cap_entries(cap, units, start, end, person_ids)
                                              for (start, end), person_ids in zip(periods, people, strict=True)],
                               exclude_id)
    if not cap.per_person:
        return [{"*": rows[0][1]} for rows in found]
    keys = await dimensions.find(session, {("person", p) for person_ids in people for p in person_ids})
    person_of = {key: person for (_, person), key in keys.items()}
    return [{person_of[key]: minutes for key, minutes in rows if key in person_of} for rows in found]


async def cap_usage(session: AsyncSession, cap: Cap, units: set[str] | None, start: date, end: date,
                    person_ids: set[str], exclude_id: str | None = None) -> dict[str, int]:
    """Minutes counting against the cap in [start, end] for these people, or under `*` for a pooled cap."""
    return (await cap_usages(session, cap, units, [(start, end)], [person_ids], exclude_id))[0]


async def cap_totals(session: AsyncSession, cap: Cap, units: set[str] | None, start: date, end: date) -> list[int]:
    """Everyone's minutes against the cap in [start, end]: one figure per person with time, or the pool's."""
    return [minutes for _, minutes in (await _cap_minutes(session, cap, [cap_entries(cap, units, start, end)]))[0]]


async def cap_windows(session: AsyncSession, org_id: str, drafts: list[Draft],
                      exclude_id: str | None = None) -> list[CapWindow]:
    if not drafts:
        return []
    caps = (await session.exec(select(Cap).where(Cap.org_id == org_id))).all()
    windows: list[CapWindow] = []
    for cap in caps:
        units = await cap_scope_units(session, cap)
        grouped: dict[tuple[date, date], list[tuple[int, str, int]]] = defaultdict(list)
        applies, period, window_days, per_person = cap_rule(cap, units), cap.period, cap.window_days, cap.per_person
        for d in drafts:
            if applies(d.person_id, d.org_unit_id, d.job_function, d.channel, d.activity):
                bounds = period_bounds(period, d.work_date, window_days)
                grouped[bounds].append((d.index, d.person_id if per_person else "*", d.minutes))
        if not grouped:
            continue
        periods = list(grouped)
        befores = await cap_usages(session, cap, units, periods, [{s for _, s, _ in grouped[p]} for p in periods],
                                   exclude_id)
        windows.extend(CapWindow(cap, start, end, before, grouped[(start, end)])
                       for (start, end), before in zip(periods, befores, strict=True))
    return windows


async def announce_thresholds(session: AsyncSession, outbox: Outbox, windows: list[CapWindow]) -> None:
    """One event per cap, subject, period and threshold, the first time the threshold is reached."""
    for window in windows:
        cap, after = window.cap, window.after()
        for subject, used in after.items():
            before = window.before.get(subject, 0)
            crossed = [t for t in sorted(cap.thresholds)
                       if before * 100 < t * cap.limit_minutes <= used * 100]
            for threshold in crossed:
                key = (cap.id, subject, window.start, threshold)
                if await session.get(CapAlert, key) is not None:
                    continue
                session.add(CapAlert(cap_id=cap.id, subject=subject, period_start=window.start, threshold=threshold,
                                     org_id=cap.org_id, used_minutes=used))
                await outbox.emit(session, type=events.CAP_THRESHOLD_CROSSED, org=cap.org_id, subject=cap.id,
                                  data=events.CapThresholdCrossed(
                                      cap_id=cap.id, person_id=None if subject == "*" else subject, scope=cap.scope,
                                      scope_id=cap.scope_id, period_start=window.start, period_end=window.end,
                                      threshold_percent=threshold, used_minutes=used,
                                      limit_minutes=cap.limit_minutes).model_dump(mode="json"))
    await session.flush()


# -- cap status ------------------------------------------------------------------------------------

def usage(used: int, limit: int, start: date, end: date, today: date, rolling: bool) -> dict[str, Any]:
    """Used, remaining, percent and the minutes a day left for the rest of the period."""
    if rolling:
        days_left = 1  # a rolling window moves every day: what is left is today's allowance
    elif today > end:
        days_left = 0
    else:
        days_left = (end - max(today, start)).days + 1
    remaining = max(0, limit - used)
    return {"used_minutes": used, "limit_minutes": limit, "remaining_minutes": remaining,
            "percent": round(used * 100 / limit, 1), "days_left": days_left,
            "average_minutes_per_day_left": remaining // days_left if days_left else 0}


async def people_in_cap_scope(session: AsyncSession, cap: Cap, units: set[str] | None) -> int:
    people = directory.people
    where = [people.c.org_id == cap.org_id, people.c.status == "active"]
    if cap.scope == "org_unit":
        where.append(people.c.org_unit_id.in_(units or set()))
    elif cap.scope == "job_function":
        where.append(people.c.job_function == cap.scope_id)
    elif cap.scope == "person":
        where.append(people.c.id == cap.scope_id)
    return int((await session.execute(select(func.count()).where(*where))).scalar_one())


async def caps_for_person(session: AsyncSession, org_id: str, person: Row[Any]) -> list[tuple[Cap, set[str] | None]]:
    """Caps whose scope includes the person (channel and activity aside)."""
    caps = (await session.exec(select(Cap).where(Cap.org_id == org_id).order_by(col(Cap.id)))).all()
    found = []
    for cap in caps:
        units = await cap_scope_units(session, cap)
        if cap_rule(cap, units)(person.id, person.org_unit_id, person.job_function, cap.channel, cap.activity):
            found.append((cap, units))
    return found


async def check_cap_scope(session: AsyncSession, principal: Principal, scope: str, scope_id: str | None) -> None:
    """The scope exists; a manager (not analyst or admin) may cap only units and people they manage."""
    unit_id: str | None = None
    if scope == "org_unit":
        known = await directory.unit_subtree(session, principal.org, scope_id or "")
        names = (await session.execute(select(directory.org_units.c.id).where(
            directory.org_units.c.org_id == principal.org, directory.org_units.c.id == scope_id))).first()
        if names is None or not known:
            raise Unprocessable.field("scope_id", f"no org unit {scope_id} in this organisation")
        unit_id = scope_id
    elif scope == "person":
        person = await directory.person(session, principal.org, scope_id or "")
        if person is None:
            raise Unprocessable.field("scope_id", f"no person {scope_id} in this organisation")
        unit_id = person.org_unit_id
    if principal.has_any({"admin", "analyst"}):
        return
    managed = await directory.managed_units(session, principal.org, principal.subject)
    if unit_id is None or unit_id not in managed:
        raise Forbidden("a manager sets caps only for the units (and their people) they manage; organisation and "
                        "job-function caps are for analysts and admins",
                        errors=[FieldError(field="scope", message="is outside the units you manage")])


# -- setting caps ----------------------------------------------------------------------------------

async def create_cap(session: AsyncSession, principal: Principal, body: CapCreate) -> Cap:
    await check_cap_scope(session, principal, body.scope, body.scope_id)
    cap = Cap(org_id=principal.org, created_by=principal.subject,
              **body.model_dump(exclude={"thresholds"}), thresholds=sorted(set(body.thresholds)))
    return await save(session, cap)


async def update_cap(session: AsyncSession, cap: Cap, body: CapUpdate) -> Cap:
    """The caller checked who may change it (`check_cap_scope`) and the If-Match."""
    changes = body.model_dump(exclude_unset=True)
    for name, value in changes.items():
        if value is None:
            raise Unprocessable.field(name, "may not be null")
        setattr(cap, name, sorted(set(value)) if name == "thresholds" else value)
    if changes:
        cap.version += 1
        await save(session, cap)
    return cap


async def delete_cap(session: AsyncSession, cap: Cap) -> None:
    await remove(session, cap)


async def set_consent(session: AsyncSession, principal: Principal, cap: Cap, shared: bool) -> Cap:
    """Only the person a person-scoped cap is on lets its setter see their status; for anyone else it is unknown."""
    if cap.scope != "person" or cap.scope_id != principal.subject:
        raise NotFound(f"no cap {cap.id} on you")
    if cap.status_shared_with_setter != shared:
        cap.status_shared_with_setter = shared
        cap.version += 1
        await save(session, cap)
    return cap
