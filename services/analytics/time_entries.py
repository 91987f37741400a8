"""analytics's rules for recording time. Functions flush but never commit: the request's session does."""

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.db import insert_rows, remove, save
from kit.directory import OrgRules
from kit.events import Outbox
from kit.ids import new_id, utcnow
from kit.problems import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from kit.uploads import parse_csv
from services.analytics import caps, dimensions, studies
from services.analytics import repositories as repo
from services.analytics.costing import RateBook, rate_book
from services.analytics.drafts import Draft, FieldNamer, Refusals, field_in_body, raise_refusals
from services.analytics.models import LockedPeriod, RunningTimer, TimeEntry, directory
from services.analytics.periods import EARLIEST, month_start, today_in
from services.analytics.schemas import (
    ImportReport,
    Source,
    TimeEntryCreate,
    TimeEntryUpdate,
    TimerStart,
)

MAX_DAY_MINUTES = 1440
IMPORT_COLUMNS = {"date", "minutes", "channel", "activity", "note", "person_id", "email"}


# -- who and when ---------------------------------------------------------------------------------

def person_for(principal: Principal, requested: str | None, index: int, refusals: Refusals) -> str | None:
    """People record their own time; integrations with time:write record anyone's in their organisation."""
    if not principal.is_client:
        if requested is not None and requested != principal.subject:
            raise Forbidden("you can record only your own time", errors=[FieldError(
                field="person_id", message="must be your own id (or left out); others record their own time")])
        return principal.subject
    if requested is None:
        refusals.add(index, "person_id", "is required when an integration records time")
        return None
    return requested


async def drafts_of(session: AsyncSession, principal: Principal, rules: OrgRules,
                    entries: list[TimeEntryCreate]) -> tuple[list[Draft], Refusals]:
    refusals = Refusals()
    wanted = [person_for(principal, e.person_id, i, refusals) for i, e in enumerate(entries)]
    known = await repo.people_by_id(session, principal.org, [p for p in wanted if p])
    drafts = []
    for index, (entry, person_id) in enumerate(zip(entries, wanted, strict=True)):
        if person_id is None:
            continue
        person = known.get(person_id)
        if person is None:
            refusals.add(index, "person_id", f"no person {person_id} in this organisation")
            continue
        drafts.append(Draft(index, person_id, person.org_unit_id, person.job_function, entry.date, entry.minutes,
                            entry.channel, entry.activity, entry.note, entry.source))
    return drafts, refusals


# -- the checks every write of time passes ---------------------------------------------------------

class PeriodLocked(Conflict):
    """Any write of time into a locked month, by any route (single, bulk, import, timer, change, delete)."""

    title, kind = "Period Locked", "period-locked"


def _date_field(_: int) -> FieldError:
    return FieldError(field="date", message="")


async def check_unlocked(session: AsyncSession, org_id: str, dates: list[date],
                         field_of: Callable[[int], FieldError] = _date_field,
                         what: str = "nothing was recorded") -> None:
    """Refuses with one 409 `period-locked` problem naming every entry (`field_of(i)` for `dates[i]`: field, line)
    that falls in a locked month. Fields are named only for those: a batch of 1000 builds none when none is."""
    locked = await repo.locked_months(session, org_id, {month_start(day) for day in set(dates)})
    if not locked:
        return
    hits = [(i, day) for i, day in enumerate(dates) if month_start(day) in locked]
    if not hits:
        return
    months = sorted({f"{day:%Y-%m}" for _, day in hits})
    raise PeriodLocked(f"{', '.join(months)} {'is a locked period' if len(months) == 1 else 'are locked periods'}: "
                       f"its time entries can no longer be created, changed or deleted until an admin or analyst "
                       f"reopens it ({what})",
                       errors=[field_of(i).model_copy(update={"message": f"falls in {day:%Y-%m}, a locked period"})
                               for i, day in hits])


async def check_drafts(session: AsyncSession, org_id: str, rules: OrgRules, drafts: list[Draft],
                       refusals: Refusals, exclude_id: str | None = None) -> list[caps.CapWindow]:
    """Date range, study rules, the 1440-minute day and hard caps; returns the cap windows touched.

    Locked months are checked before, by `check_unlocked`: they are a conflict (409), not bad input (422).
    """
    latest = today_in(rules.timezone) + timedelta(days=1)
    for d in drafts:
        if d.work_date < EARLIEST:
            refusals.add(d.index, "date", f"is before {EARLIEST.isoformat()}")
        elif d.work_date > latest:
            refusals.add(d.index, "date", f"is more than one day ahead (latest {latest.isoformat()} in "
                                          f"{rules.timezone})")
    await studies.check_studies(session, org_id, drafts, refusals)

    existing = await repo.day_totals(session, org_id, {(d.person_id, d.work_date) for d in drafts}, exclude_id)
    running: dict[tuple[str, date], int] = defaultdict(int)
    for d in drafts:
        key = (d.person_id, d.work_date)
        running[key] += d.minutes
        total = existing.get(key, 0) + running[key]
        if total > MAX_DAY_MINUTES:
            refusals.add(d.index, "minutes", f"would make {d.work_date.isoformat()} total {total} minutes for "
                                             f"this person; a day has at most {MAX_DAY_MINUTES}")
    windows = await caps.cap_windows(session, org_id, drafts, exclude_id)
    caps.refuse_over_hard_caps(windows, refusals)
    return windows


# -- writing entries -------------------------------------------------------------------------------

def entry_row(org_id: str, d: Draft, rates: RateBook) -> dict[str, Any]:
    now = utcnow()
    return {"id": new_id(), "org_id": org_id, "person_id": d.person_id, "org_unit_id": d.org_unit_id,
            "job_function": d.job_function, "work_date": d.work_date, "minutes": d.minutes, "channel": d.channel,
            "activity": d.activity, "note": d.note, "source": d.source, "created_at": now, "updated_at": now,
            "version": 1, "hourly_minor": rates.hourly(d.person_id, d.job_function, d.work_date)}


async def insert_entries(session: AsyncSession, org_id: str, drafts: list[Draft]) -> list[dict[str, Any]]:
    """Write checked drafts in one statement, each costed at the rate valid on its day (one query for the rates)."""
    rates = await rate_book(session, org_id)
    rows = await dimensions.with_keys(session, [entry_row(org_id, d, rates) for d in drafts])
    await insert_rows(session, TimeEntry.__table__, rows)  # type: ignore[attr-defined]
    return rows


async def record_entries(session: AsyncSession, outbox: Outbox, principal: Principal, rules: OrgRules,
                         entries: list[TimeEntryCreate], namer: FieldNamer) -> list[dict[str, Any]]:
    """All or nothing: every entry passes every check, or none is written and every problem is reported."""
    drafts, refusals = await drafts_of(session, principal, rules, entries)
    await check_unlocked(session, principal.org, [d.work_date for d in drafts],
                         lambda i: namer(drafts[i].index, "date"))
    windows = await check_drafts(session, principal.org, rules, drafts, refusals)
    raise_refusals(refusals, namer)
    rows = await insert_entries(session, principal.org, drafts)
    await caps.announce_thresholds(session, outbox, windows)
    return rows


async def check_editable(session: AsyncSession, principal: Principal, entry: TimeEntry) -> None:
    """Only the person (or an integration of their organisation) changes an entry, and only while it is open."""
    if not principal.is_client and entry.person_id != principal.subject:
        raise Forbidden("you can change only your own time entries")
    await check_unlocked(session, entry.org_id, [entry.work_date], what="nothing was changed")


async def update_entry(session: AsyncSession, outbox: Outbox, principal: Principal, rules: OrgRules,
                       entry: TimeEntry, changes: TimeEntryUpdate) -> TimeEntry:
    await check_editable(session, principal, entry)
    values = changes.model_dump(exclude_unset=True)
    for name in ("date", "minutes"):
        if name in values and values[name] is None:
            raise Unprocessable.field(name, "may not be null")
    draft = Draft(0, entry.person_id, entry.org_unit_id, entry.job_function, values.get("date", entry.work_date),
                  values.get("minutes", entry.minutes), values.get("channel", entry.channel),
                  values.get("activity", entry.activity), values.get("note", entry.note), entry.source)
    await check_unlocked(session, principal.org, [draft.work_date], what="nothing was changed")
    refusals = Refusals()
    windows = await check_drafts(session, principal.org, rules, [draft], refusals, exclude_id=entry.id)
    raise_refusals(refusals, field_in_body(None), "nothing was changed")
    entry.work_date, entry.minutes, entry.channel = draft.work_date, draft.minutes, draft.channel
    entry.activity, entry.note = draft.activity, draft.note
    if "date" in values:  # another day may fall under another rate
        rates = await rate_book(session, entry.org_id)
        entry.hourly_minor = rates.hourly(entry.person_id, entry.job_function, entry.work_date)
    await dimensions.rekey(session, entry)
    entry.version += 1
    entry.updated_at = utcnow()
    session.add(entry)
    await session.flush()
    await caps.announce_thresholds(session, outbox, windows)
    return entry


async def delete_entry(session: AsyncSession, principal: Principal, entry: TimeEntry) -> None:
    await check_editable(session, principal, entry)
    await remove(session, entry)


# -- CSV import ------------------------------------------------------------------------------------

async def import_entries(session: AsyncSession, outbox: Outbox, principal: Principal, rules: OrgRules,
                         text: str) -> ImportReport:
    """Rows of date, minutes, channel, activity, note (and person_id or email for integrations)."""
    table = parse_csv(text, required={"date", "minutes"}, allowed=IMPORT_COLUMNS)
    errors: list[FieldError] = list(table.errors)
    entries: list[TimeEntryCreate] = []
    lines: list[int] = []
    emails: dict[int, str] = {}
    for csv_row in table.rows:
        line, row = csv_row.line, csv_row.values
        fields: dict[str, Any] = {k: v for k, v in row.items() if v and k not in ("email",)}
        fields["source"] = Source.import_
        try:
            entries.append(TimeEntryCreate.model_validate(fields))
        except ValidationError as exc:
            errors.extend(FieldError(field=".".join(str(p) for p in e["loc"]) or "row", message=e["msg"], line=line)
                          for e in exc.errors())
            continue
        lines.append(line)
        if row.get("email") and not row.get("person_id"):
            emails[len(entries) - 1] = row["email"]
    for index, email in emails.items():
        person = await directory.person_by_email(session, principal.org, email)
        if person is None:
            errors.append(FieldError(field="email", message=f"no person {email} in this organisation",
                                     line=lines[index]))
        else:
            entries[index] = entries[index].model_copy(update={"person_id": person.id})
    if not entries and not errors:
        raise Unprocessable.field("body", "has no rows after the header")
    drafts, refusals = await drafts_of(session, principal, rules, entries)
    if not errors:  # rows that do not parse are bad input (422) first; a clean file may then meet a lock (409)
        await check_unlocked(session, principal.org, [d.work_date for d in drafts],
                             lambda i: FieldError(field="date", message="", line=lines[drafts[i].index]),
                             "nothing was imported")
    windows = await check_drafts(session, principal.org, rules, drafts, refusals)
    errors.extend(FieldError(field=attr, message=message, line=lines[index]) for index, attr, message in refusals.items)
    if errors:
        errors.sort(key=lambda e: e.line or 0)
        raise Unprocessable(f"{len(errors)} problem(s) in the file; nothing was imported", errors=errors)
    rows = await insert_entries(session, principal.org, drafts)
    await caps.announce_thresholds(session, outbox, windows)
    return ImportReport(created=len(rows), minutes=sum(r["minutes"] for r in rows))


# -- timers ----------------------------------------------------------------------------------------

async def running_timer(session: AsyncSession, principal: Principal) -> RunningTimer | None:
    return (await session.exec(select(RunningTimer).where(
        RunningTimer.org_id == principal.org, RunningTimer.person_id == principal.subject))).first()


async def start_timer(session: AsyncSession, principal: Principal, body: TimerStart) -> RunningTimer:
    existing = await running_timer(session, principal)
    if existing is not None:
        raise Conflict(f"a timer is already running since {existing.started_at.isoformat()}; stop it first")
    timer = RunningTimer(org_id=principal.org, person_id=principal.subject, **body.model_dump())
    session.add(timer)
    await session.flush()  # the unique constraint settles a race between two starts
    return timer


def elapsed_minutes(timer: RunningTimer) -> int:
    """Whole minutes, rounded to the nearest, and at least one: a stopped timer always records something."""
    seconds = (utcnow() - timer.started_at).total_seconds()
    return max(1, int((seconds + 30) // 60))


async def stop_timer(session: AsyncSession, outbox: Outbox, principal: Principal, rules: OrgRules,
                     timer: RunningTimer) -> dict[str, Any]:
    minutes = elapsed_minutes(timer)
    if minutes > MAX_DAY_MINUTES:
        raise Unprocessable.field("timer", f"ran {minutes} minutes, more than a day; discard it and record the "
                                           "time by hand")
    entry = TimeEntryCreate(date=today_in(rules.timezone, timer.started_at), minutes=minutes, channel=timer.channel,
                            activity=timer.activity, note=timer.note, source=Source.timer)
    rows = await record_entries(session, outbox, principal, rules, [entry], field_in_body(None))
    await remove(session, timer)
    return rows[0]


async def delete_timer(session: AsyncSession, timer: RunningTimer) -> None:
    await session.execute(delete(RunningTimer).where(col(RunningTimer.id) == timer.id))


# -- locked periods --------------------------------------------------------------------------------

async def lock_month(session: AsyncSession, principal: Principal, month: date) -> LockedPeriod:
    existing = await session.get(LockedPeriod, (principal.org, month))
    if existing is not None:
        return existing
    lock = LockedPeriod(org_id=principal.org, month=month, locked_by=principal.subject)
    return await save(session, lock)


async def unlock_month(session: AsyncSession, principal: Principal, month: date) -> None:
    """Reopens a locked month; `month` is its first day."""
    lock = await session.get(LockedPeriod, (principal.org, month))
    if lock is None:
        raise NotFound(f"{month:%Y-%m} is not locked")
    await remove(session, lock)
