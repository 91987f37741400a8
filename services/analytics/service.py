"""analytics's rules for recording time. Functions flush but never commit: the request's session does."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, func, insert
from sqlalchemy.engine import Row
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.directory import OrgRules
from kit.events import Outbox
from kit.ids import new_id, utcnow
from kit.problems import Conflict, FieldError, Forbidden, Unprocessable
from kit.uploads import parse_csv
from services.analytics import dimensions, events, reports
from services.analytics import repositories as repo
from services.analytics.costing import RateBook, rate_book, recost_entries
from services.analytics.models import Cap, CapAlert, CostRate, LockedPeriod, RunningTimer, Study, TimeEntry, directory
from services.analytics.periods import EARLIEST, month_start, period_bounds, today_in
from services.analytics.schemas import (
    CostRateCreate,
    ImportReport,
    RateSubject,
    Source,
    TimeEntryCreate,
    TimeEntryUpdate,
    TimerStart,
)

MAX_DAY_MINUTES = 1440
IMPORT_COLUMNS = {"date", "minutes", "channel", "activity", "note", "person_id", "email"}


@dataclass
class Draft:
    """An entry about to be written, with the person's current unit and job function."""

    index: int
    person_id: str
    org_unit_id: str | None
    job_function: str | None
    work_date: date
    minutes: int
    channel: str | None
    activity: str | None
    note: str | None
    source: str


@dataclass
class Refusals:
    """Problems found per entry index; raised together so a caller fixes the whole batch in one go."""

    items: list[tuple[int, str, str]] = field(default_factory=list)

    def add(self, index: int, name: str, message: str) -> None:
        self.items.append((index, name, message))


FieldNamer = Any  # Callable[[int, str], FieldError]


def field_in_body(prefix: str | None) -> FieldNamer:
    """`entries[3].minutes` in a bulk body, `minutes` in a single one."""
    def name(index: int, attr: str) -> FieldError:
        return FieldError(field=f"{prefix}[{index}].{attr}" if prefix else attr, message="")
    return name


def raise_refusals(refusals: Refusals, namer: FieldNamer, what: str = "nothing was recorded") -> None:
    if not refusals.items:
        return
    errors = []
    for index, attr, message in sorted(refusals.items, key=lambda r: r[0]):
        error = namer(index, attr)
        errors.append(error.model_copy(update={"message": message}))
    summary = "; ".join(f"{e.field}: {e.message}" for e in errors[:5])
    raise Unprocessable(f"{summary}{' …' if len(errors) > 5 else ''} ({what})", errors=errors)


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


async def check_unlocked(session: AsyncSession, org_id: str, dates: list[tuple[date, FieldError]],
                         what: str = "nothing was recorded") -> None:
    """Refuses with one 409 `period-locked` problem naming every entry (field, line) that falls in a locked month."""
    locked = await repo.locked_months(session, org_id, {month_start(day) for day, _ in dates})
    hits = [(day, error) for day, error in dates if month_start(day) in locked]
    if not hits:
        return
    months = sorted({f"{day:%Y-%m}" for day, _ in hits})
    raise PeriodLocked(f"{', '.join(months)} {'is a locked period' if len(months) == 1 else 'are locked periods'}: "
                       f"its time entries can no longer be created, changed or deleted until an admin or analyst "
                       f"reopens it ({what})",
                       errors=[error.model_copy(update={"message": f"falls in {day:%Y-%m}, a locked period"})
                               for day, error in hits])


async def check_drafts(session: AsyncSession, org_id: str, rules: OrgRules, drafts: list[Draft],
                       refusals: Refusals, exclude_id: str | None = None) -> list["CapWindow"]:
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
    await check_studies(session, org_id, drafts, refusals)

    existing = await repo.day_totals(session, org_id, {(d.person_id, d.work_date) for d in drafts}, exclude_id)
    running: dict[tuple[str, date], int] = defaultdict(int)
    for d in drafts:
        key = (d.person_id, d.work_date)
        running[key] += d.minutes
        total = existing.get(key, 0) + running[key]
        if total > MAX_DAY_MINUTES:
            refusals.add(d.index, "minutes", f"would make {d.work_date.isoformat()} total {total} minutes for "
                                             f"this person; a day has at most {MAX_DAY_MINUTES}")
    windows = await cap_windows(session, org_id, drafts, exclude_id)
    for window in windows:
        for index, over, left in window.hard_refusals():
            cap = window.cap
            refusals.add(index, "minutes", f"would pass the hard cap {cap.name!r} ({minutes_text(cap.limit_minutes)} "
                                           f"per {_period_name(cap)}) by {minutes_text(over)}; "
                                           f"{minutes_text(left)} left of {cap.limit_minutes} "
                                           f"{_window_name(window)}")
    return windows


async def check_studies(session: AsyncSession, org_id: str, drafts: list[Draft], refusals: Refusals) -> None:
    """During a study period its participants' entries must say channel and activity."""
    if not drafts:
        return
    first, last = min(d.work_date for d in drafts), max(d.work_date for d in drafts)
    studies = (await session.exec(select(Study).where(
        Study.org_id == org_id, col(Study.closed_at).is_(None), Study.starts_on <= last, Study.ends_on >= first))).all()
    for study in studies:
        units: set[str] = set()
        for unit_id in study.unit_ids:
            units |= await directory.unit_subtree(session, org_id, unit_id)
        for d in drafts:
            if not study.starts_on <= d.work_date <= study.ends_on:
                continue
            if d.person_id not in study.person_ids and d.org_unit_id not in units:
                continue
            for attr in ("channel", "activity"):
                if getattr(d, attr) is None:
                    refusals.add(d.index, attr, f"is required during the study period {study.name!r} "
                                                f"({study.starts_on} to {study.ends_on})")


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


def cap_applies(cap: Cap, units: set[str] | None, person_id: str, org_unit_id: str | None,
                job_function: str | None, channel: str | None, activity: str | None) -> bool:
    if cap.channel is not None and channel != cap.channel:
        return False
    if cap.activity is not None and activity != cap.activity:
        return False
    if cap.scope == "org_unit":
        return units is not None and org_unit_id in units
    if cap.scope == "job_function":
        return job_function == cap.scope_id
    if cap.scope == "person":
        return person_id == cap.scope_id
    return True


def cap_entries(cap: Cap, units: set[str] | None, start: date, end: date,
                person_ids: set[str] | None = None) -> reports.EntryFilter:
    """The entries counting against a cap in [start, end]: the rule of `cap_applies`, as a report filter."""
    people = {cap.scope_id or ""} if cap.scope == "person" else None
    if person_ids is not None and cap.per_person:  # a pooled cap counts everyone's minutes
        people = person_ids if people is None else people & person_ids
    return reports.EntryFilter(start, end, unit_ids=(units or set()) if cap.scope == "org_unit" else None,
                               job_function=cap.scope_id if cap.scope == "job_function" else None,
                               channels=[cap.channel] if cap.channel else [],
                               activities=[cap.activity] if cap.activity else [], person_ids=people)


async def _cap_minutes(session: AsyncSession, cap: Cap, flt: reports.EntryFilter,
                       exclude_id: str | None = None) -> list[tuple[int | None, int]]:
    """(person_key, minutes) per person for a per-person cap, one (None, minutes) row for a pooled one."""
    t = TimeEntry.__table__  # type: ignore[attr-defined]
    where = await flt.clauses(session, cap.org_id, reports.Audience())
    if exclude_id is not None:
        where.append(t.c.id != exclude_id)
    if not cap.per_person:
        total = (await session.execute(select(func.sum(t.c.minutes)).where(*where))).scalar()
        return [(None, int(total or 0))]
    rows = await session.execute(select(t.c.person_key, func.sum(t.c.minutes)).where(*where)
                                 .group_by(t.c.person_key))
    return [(key, int(minutes)) for key, minutes in rows.all()]


async def cap_usage(session: AsyncSession, cap: Cap, units: set[str] | None, start: date, end: date,
                    person_ids: set[str], exclude_id: str | None = None) -> dict[str, int]:
    """Minutes counting against the cap in [start, end] for these people, or under `*` for a pooled cap."""
    rows = await _cap_minutes(session, cap, cap_entries(cap, units, start, end, person_ids), exclude_id)
    if not cap.per_person:
        return {"*": rows[0][1]}
    keys = await dimensions.find(session, {("person", p) for p in person_ids})
    person_of = {key: person for (_, person), key in keys.items()}
    return {person_of[key]: minutes for key, minutes in rows if key in person_of}


async def cap_totals(session: AsyncSession, cap: Cap, units: set[str] | None, start: date, end: date) -> list[int]:
    """Everyone's minutes against the cap in [start, end]: one figure per person with time, or the pool's."""
    return [minutes for _, minutes in await _cap_minutes(session, cap, cap_entries(cap, units, start, end))]


async def cap_windows(session: AsyncSession, org_id: str, drafts: list[Draft],
                      exclude_id: str | None = None) -> list[CapWindow]:
    if not drafts:
        return []
    caps = (await session.exec(select(Cap).where(Cap.org_id == org_id))).all()
    windows: list[CapWindow] = []
    for cap in caps:
        units = await cap_scope_units(session, cap)
        grouped: dict[tuple[date, date], list[tuple[int, str, int]]] = defaultdict(list)
        for d in drafts:
            if cap_applies(cap, units, d.person_id, d.org_unit_id, d.job_function, d.channel, d.activity):
                bounds = period_bounds(cap.period, d.work_date, cap.window_days)
                grouped[bounds].append((d.index, d.person_id if cap.per_person else "*", d.minutes))
        for (start, end), added in grouped.items():
            before = await cap_usage(session, cap, units, start, end, {s for _, s, _ in added}, exclude_id)
            windows.append(CapWindow(cap, start, end, before, added))
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
    await session.execute(insert(TimeEntry.__table__), rows)  # type: ignore[attr-defined]
    return rows


async def record_entries(session: AsyncSession, outbox: Outbox, principal: Principal, rules: OrgRules,
                         entries: list[TimeEntryCreate], namer: FieldNamer) -> list[dict[str, Any]]:
    """All or nothing: every entry passes every check, or none is written and every problem is reported."""
    drafts, refusals = await drafts_of(session, principal, rules, entries)
    await check_unlocked(session, principal.org, [(d.work_date, namer(d.index, "date")) for d in drafts])
    windows = await check_drafts(session, principal.org, rules, drafts, refusals)
    raise_refusals(refusals, namer)
    rows = await insert_entries(session, principal.org, drafts)
    await announce_thresholds(session, outbox, windows)
    return rows


async def check_editable(session: AsyncSession, principal: Principal, entry: TimeEntry) -> None:
    """Only the person (or an integration of their organisation) changes an entry, and only while it is open."""
    if not principal.is_client and entry.person_id != principal.subject:
        raise Forbidden("you can change only your own time entries")
    await check_unlocked(session, entry.org_id, [(entry.work_date, FieldError(field="date", message=""))],
                         "nothing was changed")


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
    await check_unlocked(session, principal.org, [(draft.work_date, FieldError(field="date", message=""))],
                         "nothing was changed")
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
    await announce_thresholds(session, outbox, windows)
    return entry


async def delete_entry(session: AsyncSession, principal: Principal, entry: TimeEntry) -> None:
    await check_editable(session, principal, entry)
    await session.delete(entry)
    await session.flush()


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
        await check_unlocked(session, principal.org, [(d.work_date, FieldError(field="date", message="",
                                                                                line=lines[d.index]))
                                                       for d in drafts], "nothing was imported")
    windows = await check_drafts(session, principal.org, rules, drafts, refusals)
    errors.extend(FieldError(field=attr, message=message, line=lines[index]) for index, attr, message in refusals.items)
    if errors:
        errors.sort(key=lambda e: e.line or 0)
        raise Unprocessable(f"{len(errors)} problem(s) in the file; nothing was imported", errors=errors)
    rows = await insert_entries(session, principal.org, drafts)
    await announce_thresholds(session, outbox, windows)
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
    await session.delete(timer)
    await session.flush()
    return rows[0]


# -- locked periods --------------------------------------------------------------------------------

async def lock_month(session: AsyncSession, principal: Principal, month: date) -> LockedPeriod:
    existing = await session.get(LockedPeriod, (principal.org, month))
    if existing is not None:
        return existing
    lock = LockedPeriod(org_id=principal.org, month=month, locked_by=principal.subject)
    session.add(lock)
    await session.flush()
    return lock


# -- cost rates ------------------------------------------------------------------------------------

async def add_rate(session: AsyncSession, principal: Principal, rules: OrgRules, body: CostRateCreate) -> CostRate:
    if body.subject_kind == RateSubject.person and await directory.person(session, principal.org, body.subject) \
            is None:
        raise Unprocessable.field("subject", f"no person {body.subject} in this organisation")
    clash = (await session.exec(select(CostRate).where(
        CostRate.org_id == principal.org, CostRate.subject_kind == body.subject_kind,
        CostRate.subject == body.subject, CostRate.effective_from == body.effective_from))).first()
    if clash is not None:
        raise Conflict("a rate for this subject already starts on that day; delete it first to correct it",
                       errors=[FieldError(field="effective_from", message="already has a rate for this subject")])
    rate = CostRate(org_id=principal.org, subject_kind=body.subject_kind, subject=body.subject,
                    effective_from=body.effective_from, hourly_minor=body.hourly_minor, currency=rules.currency,
                    created_by=principal.subject)
    session.add(rate)
    await session.flush()
    await _chain_rates(session, principal.org, rate.subject_kind, rate.subject)
    await recost_entries(session, rate.org_id, rate.subject_kind, rate.subject, rate.effective_from,
                         rate.effective_to)
    return rate


async def remove_rate(session: AsyncSession, rate: CostRate) -> None:
    """The days the rate covered fall back to the previous rate of the subject, the job function's, or none."""
    covered = rate.effective_from, rate.effective_to
    await session.delete(rate)
    await session.flush()
    await _chain_rates(session, rate.org_id, rate.subject_kind, rate.subject)
    await recost_entries(session, rate.org_id, rate.subject_kind, rate.subject, *covered)


async def _chain_rates(session: AsyncSession, org_id: str, kind: str, subject: str) -> None:
    """Each rate ends where the next one of the same subject starts, so no day has two rates."""
    rates = (await session.exec(select(CostRate).where(
        CostRate.org_id == org_id, CostRate.subject_kind == kind, CostRate.subject == subject)
        .order_by(col(CostRate.effective_from)))).all()
    for i, current in enumerate(rates):  # (no rate left after deleting the last one is fine too)
        end = rates[i + 1].effective_from if i + 1 < len(rates) else None
        if current.effective_to != end:
            current.effective_to = end
            session.add(current)
    await session.flush()


async def delete_timer(session: AsyncSession, timer: RunningTimer) -> None:
    await session.execute(delete(RunningTimer).where(col(RunningTimer.id) == timer.id))


def study_status(study: Study, today: date) -> str:
    if study.closed_at is not None:
        return "closed"
    if today < study.starts_on:
        return "planned"
    return "running" if today <= study.ends_on else "ended"


def person_row(row: Row[Any] | None) -> dict[str, Any] | None:
    return dict(row._mapping) if row is not None else None


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
        if cap_applies(cap, units, person.id, person.org_unit_id, person.job_function, cap.channel, cap.activity):
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
