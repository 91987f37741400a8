"""Aggregates over time entries, pushed into SQL (GROUP BY), costed at the rate valid on each entry's day
(stored on the entry when it or a rate is written, so no report joins the rates)."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, Date, Integer, case, cast, distinct, func, literal, or_, select, text
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.directory import OrgRules
from kit.privacy import Suppression, suppress_small_groups
from kit.problems import FieldError, Forbidden
from services.analytics import dimensions, kpis
from services.analytics import repositories as repo
from services.analytics.deps import ORG_WIDE
from services.analytics.models import AdSpend, KpiFact, OrgSettings, TimeEntry, directory
from services.analytics.periods import utc_range
from services.analytics.schemas import (
    Category,
    CategoryShare,
    Channel,
    CostPerResultRow,
    CoverageReport,
    GroupBy,
    InvestmentReport,
    ReachReport,
    ReportRow,
    TimeUseReport,
    UnitCoverage,
    UnitReach,
)

UNSPECIFIED = "unspecified"


@dataclass
class Audience:
    """Whose time a report may show: the caller's own (nothing suppressed), some units, or the organisation."""

    own_person: str | None = None
    unit_ids: set[str] | None = None

    @property
    def is_own(self) -> bool:
        return self.own_person is not None


async def audience_for(session: AsyncSession, principal: Principal, person_id: str | None) -> Audience:
    if person_id is not None:
        if not principal.is_client and person_id in ("me", principal.subject):
            return Audience(own_person=principal.subject)
        raise Forbidden("a report on one person is only for that person; others see groups of at least the "
                        "organisation's minimum size", errors=[FieldError(
                            field="person_id", message="must be your own id or `me`")])
    if principal.has_any(ORG_WIDE, {"reports:read"}):
        return Audience()
    if principal.has_any({"manager"}):
        return Audience(unit_ids=await directory.managed_units(session, principal.org, principal.subject))
    raise Forbidden("reports on other people's time need role manager, analyst or admin (or scope reports:read); "
                    "use person_id=me for your own", errors=[FieldError(field="person_id", message="use `me`")])


@dataclass
class EntryFilter:
    starts_on: date
    ends_on: date
    unit_ids: set[str] | None = None
    job_function: str | None = None
    channels: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)
    with_channel: bool = False
    participants: tuple[set[str], set[str]] | None = None  # (units, people) of a study: either counts
    person_ids: set[str] | None = None

    async def clauses(self, session: AsyncSession, org_id: str, audience: Audience) -> list[ColumnElement[bool]]:
        """The filter over time_entries' key columns (what the report index holds); unknown values match nothing."""
        t = TimeEntry.__table__  # type: ignore[attr-defined]
        units, people = self.participants or (set(), set())
        wanted: dict[str, set[str]] = {
            "org": {org_id},
            "person": people | (self.person_ids or set()) | ({audience.own_person} if audience.own_person else set()),
            "unit": (audience.unit_ids or set()) | (self.unit_ids or set()) | units,
            "job_function": {self.job_function} if self.job_function else set(),
            "channel": set(self.channels), "activity": set(self.activities)}
        known = await dimensions.find(session, {(kind, v) for kind, values in wanted.items() for v in values})

        def keys(kind: str, values: Iterable[str]) -> list[int]:
            return [known[(kind, v)] for v in values if (kind, v) in known]

        where = [t.c.org_key.in_(keys("org", [org_id])), t.c.work_date >= self.starts_on,
                 t.c.work_date <= self.ends_on]
        if audience.own_person is not None:
            where.append(t.c.person_key.in_(keys("person", [audience.own_person])))
        if audience.unit_ids is not None:
            where.append(t.c.unit_key.in_(keys("unit", audience.unit_ids)))
        if self.unit_ids is not None:
            where.append(t.c.unit_key.in_(keys("unit", self.unit_ids)))
        if self.job_function is not None:
            where.append(t.c.job_function_key.in_(keys("job_function", [self.job_function])))
        if self.channels:
            where.append(t.c.channel_key.in_(keys("channel", self.channels)))
        if self.activities:
            where.append(t.c.activity_key.in_(keys("activity", self.activities)))
        if self.with_channel:
            where.append(t.c.channel_key.is_not(None))
        if self.person_ids is not None:
            where.append(t.c.person_key.in_(keys("person", self.person_ids)))
        if self.participants is not None:
            where.append(or_(t.c.unit_key.in_(keys("unit", units)), t.c.person_key.in_(keys("person", people))))
        return where


# The groupings that are keys of dimension_keys, read back to values after the query.
KEYED_GROUPS = {GroupBy.unit: "unit_key", GroupBy.job_function: "job_function_key", GroupBy.person: "person_key",
                GroupBy.channel: "channel_key", GroupBy.activity: "activity_key"}
ANY_MONDAY = date(1900, 1, 1)


def _group_expressions(dialect: str, keys_of_category: list[list[int]]) -> dict[GroupBy, ColumnElement[Any]]:
    """What each grouping groups by; a category as its index in `keys_of_category` (the activity keys of each),
    -1 for none: the per-person step hashes a small integer instead of a string (a tenth off the investment
    report's query)."""
    t = TimeEntry.__table__  # type: ignore[attr-defined]
    if dialect == "postgresql":  # integer arithmetic on dates: date_trunc goes through timestamptz, 8x slower
        week: ColumnElement[Any] = t.c.work_date - (t.c.work_date - literal(ANY_MONDAY, Date)) % 7
        month: ColumnElement[Any] = t.c.work_date - (cast(func.date_part("day", t.c.work_date), Integer) - 1)
    else:  # SQLite keeps dates as ISO text; ISO weeks start on Monday (%w is 0 on Sunday)
        weekday = cast(func.strftime("%w", t.c.work_date), Integer)
        week = func.date(t.c.work_date, func.printf("-%d days", (weekday + 6) % 7))
        month = func.strftime("%Y-%m-01", t.c.work_date)
    category: ColumnElement[Any] = literal(-1, Integer)  # until an activity is written, none has a key
    if any(keys_of_category):
        category = case(*[(t.c.activity_key.in_(keys), literal(i, Integer))
                          for i, keys in enumerate(keys_of_category) if keys], else_=literal(-1, Integer))
    expressions: dict[GroupBy, ColumnElement[Any]] = {g: t.c[column] for g, column in KEYED_GROUPS.items()}
    return {**expressions, GroupBy.category: category, GroupBy.day: t.c.work_date, GroupBy.week: week,
            GroupBy.month: month}


def _cost_sum(dialect: str) -> ColumnElement[Any]:
    """Sum of minutes x hourly rate over a group's entries, exact.

    1440 minutes x a big rate passes 32 bits, and PostgreSQL sums 64-bit integers into numeric, which allocates per
    group. There the rate is split at 16 bits: each part times the minutes (at most 1440) stays within 32 bits, and
    32-bit sums run on plain 64-bit counters (about a tenth off the per-person step of a month's report); the two sums
    joined again are the same integer.
    """
    t = TimeEntry.__table__  # type: ignore[attr-defined]
    if dialect != "postgresql":
        return func.sum(cast(t.c.minutes, BigInteger) * t.c.hourly_minor)
    high = func.sum(t.c.minutes * (t.c.hourly_minor // literal(65536, Integer)))
    low = func.sum(t.c.minutes * (t.c.hourly_minor % literal(65536, Integer)))
    return cast(high, BigInteger) * 65536 + cast(low, BigInteger)


def minor_units(minute_cost: Any) -> int:
    """Sum of minutes x hourly rate -> money, rounded half up to whole minor units; exact integers throughout."""
    value = int(Decimal(minute_cost or 0))
    return (value + 30) // 60


async def time_use(session: AsyncSession, principal: Principal, rules: OrgRules, settings: OrgSettings,
                   flt: EntryFilter, group_by: list[GroupBy], audience: Audience,
                   withheld: list[ReportRow] | None = None, costed: bool = True) -> TimeUseReport:
    """`withheld`, when given, receives the suppressed groups, for callers that must leave out what they touch.
    `costed=False` leaves cost out (0 in every row), for callers that show minutes and people only: the two sums
    for cost and the one for uncosted minutes are most of the per-person step's work after the grouping."""
    if GroupBy.person in group_by and not audience.is_own:
        raise Forbidden("grouping by person is only for your own time (person_id=me); others see groups of at "
                        f"least {rules.min_group_size} people", errors=[FieldError(
                            field="group_by", message="may include `person` only with person_id=me")])
    t = TimeEntry.__table__  # type: ignore[attr-defined]
    dialect = session.get_bind().dialect.name
    categories = repo.categories(settings)
    activity_keys = await dimensions.find(session, {("activity", a) for a in categories})
    category_names = sorted(set(categories.values()))
    expressions = _group_expressions(dialect, [[key for (_, a), key in activity_keys.items() if categories[a] == name]
                                               for name in category_names])
    where = await flt.clauses(session, principal.org, audience)
    # Per group and person first, then per group: the people count needs no DISTINCT, so both steps hash.
    cost: ColumnElement[Any] = _cost_sum(dialect) if costed else literal(0, BigInteger)
    uncosted: ColumnElement[Any] = (func.sum(case((t.c.hourly_minor.is_(None), t.c.minutes), else_=0)) if costed
                                    else literal(0, BigInteger))
    per_person = (select(*[expressions[g].label(g.value) for g in group_by], t.c.person_key.label("member"),
                         func.sum(t.c.minutes).label("minutes"), cost.label("cost"), uncosted.label("uncosted"))
                  .where(*where).group_by(*[expressions[g] for g in group_by], t.c.person_key).subquery("per_person"))
    keys = [per_person.c[g.value] for g in group_by]
    # Minutes and people as 64-bit integers, not the numeric that sum() of bigint gives (read as a Decimal each);
    # cost stays numeric: summed over many people it may pass 64 bits.
    query = select(*keys, cast(func.sum(per_person.c.minutes), BigInteger), func.sum(per_person.c.cost),
                   cast(func.sum(per_person.c.uncosted), BigInteger), func.count())
    if keys:
        query = query.group_by(*keys)
    if dialect == "postgresql":
        # Room to hash a month of entries in memory; the per-person step partition by partition, where each
        # partition's people are all of theirs (time_entries is partitioned by person_key), on small hash tables;
        # and a plan for these very dates: the generic plan a prepared statement switches to after five runs
        # guesses a few thousand rows for any date range, and then aggregates serially over one big hash table.
        await session.execute(text("SELECT set_config('work_mem', '64MB', true), "
                                   "set_config('enable_partitionwise_aggregate', 'on', true), "
                                   "set_config('plan_cache_mode', 'force_custom_plan', true)"))
    result = (await session.execute(query)).all()
    keyed = [i for i, g in enumerate(group_by) if g in KEYED_GROUPS]
    values = await dimensions.values_of(session, {row[i] for row in result for i in keyed if row[i] is not None})
    names = await repo.unit_names(session, principal.org) if GroupBy.unit in group_by else {}
    labels = [g.value for g in group_by]
    showing = [_shown(g, values, category_names) for g in group_by]
    n = len(keys)
    rows = []
    for row in result:
        if row[n] is None:  # no entries at all: an aggregate without groups still returns one empty row
            continue
        group = {label: show(value) for label, show, value in zip(labels, showing, row, strict=False)}
        if GroupBy.unit in group_by:
            group["unit_name"] = names.get(group["unit"] or "")
        rows.append(ReportRow(group=group, minutes=row[n], cost_minor=minor_units(row[n + 1]),
                              uncosted_minutes=row[n + 2] or 0, people=row[n + 3]))
    rows.sort(key=lambda r: [(r.group[label] is None, r.group[label] or "") for label in labels])
    if audience.is_own:
        kept, suppression = rows, Suppression(min_group_size=rules.min_group_size, suppressed_groups=0)
    else:
        kept, suppression = suppress_small_groups(rows, lambda r: r.people, rules.min_group_size)
        if withheld is not None:
            shown = {id(r) for r in kept}
            withheld.extend(r for r in rows if id(r) not in shown)
    return TimeUseReport(starts_on=flt.starts_on, ends_on=flt.ends_on, group_by=group_by, currency=rules.currency,
                         rows=kept, total_minutes=sum(r.minutes for r in kept),
                         total_cost_minor=sum(r.cost_minor for r in kept), suppression=suppression)


def _shown(group: GroupBy, values: dict[int, str], category_names: list[str]) -> Callable[[Any], str | None]:
    """How a row's value of `group` shows in the report: keys as their values, categories by name, dates as ISO
    days."""
    if group is GroupBy.category:
        return lambda index: UNSPECIFIED if index < 0 else category_names[index]
    if group in (GroupBy.channel, GroupBy.activity):  # an entry without channel or activity
        return lambda key: UNSPECIFIED if key is None else values[key]
    if group in KEYED_GROUPS:  # unit and job function may be unknown
        return lambda key: None if key is None else values[key]
    return _text


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def report_rows(report: TimeUseReport) -> tuple[list[str], list[dict[str, Any]]]:
    """The time-use report flattened for CSV: one column per group key, then the figures."""
    keys = [g.value for g in report.group_by] + (["unit_name"] if GroupBy.unit in report.group_by else [])
    columns = [*keys, "minutes", "cost_minor", "uncosted_minutes", "people", "currency"]
    rows = [{**r.group, "minutes": r.minutes, "cost_minor": r.cost_minor, "uncosted_minutes": r.uncosted_minutes,
             "people": r.people, "currency": report.currency} for r in report.rows]
    return columns, rows


def share_percent(part: int, whole: int) -> float | None:
    """`part` of `whole` in percent, to one decimal; None when there is no whole."""
    return round(part * 100 / whole, 1) if whole else None


def investment_ratio(by_category: TimeUseReport, start: date, end: date, target_percent: int) -> InvestmentReport:
    """Investment against operations, each against its target, from a time-use report grouped by category."""
    minutes = {r.group["category"]: r.minutes for r in by_category.rows}
    categorised = sum(m for c, m in minutes.items() if c != UNSPECIFIED)
    items = []
    for category, target in ((Category.investment, target_percent), (Category.operations, 100 - target_percent)):
        share = share_percent(minutes.get(category, 0), categorised) or 0.0
        items.append(CategoryShare(category=category, minutes=minutes.get(category, 0), percent=share,
                                   target_percent=target, difference_points=round(share - target, 1)))
    return InvestmentReport(starts_on=start, ends_on=end, items=items, total_minutes=categorised,
                            uncategorised_minutes=minutes.get(UNSPECIFIED, 0), suppression=by_category.suppression)


def _minor(amount: Decimal) -> int:
    return int(amount.quantize(Decimal(1), ROUND_HALF_UP))


def cost_per_result_rows(by_channel: TimeUseReport, hidden: set[str | None], spend: dict[str, Decimal],
                         results: dict[str | None, Decimal]) -> list[CostPerResultRow]:
    """Per channel: the cost of its time plus its ad spend, divided by its measured results. A channel whose time
    was suppressed (`hidden`) is left out whole: its cost would reveal the few people behind it."""
    shown = {r.group["channel"]: r for r in by_channel.rows}
    rows = []
    for channel in Channel:
        row = shown.get(channel.value)
        ad = spend.get(channel.value, Decimal(0))
        result = results.get(channel.value, Decimal(0))
        if channel.value in hidden or (row is None and not ad and not result):
            continue
        cost = (row.cost_minor if row else 0) + _minor(ad)
        rows.append(CostPerResultRow(
            channel=channel, minutes=row.minutes if row else 0, time_cost_minor=row.cost_minor if row else 0,
            ad_spend_minor=_minor(ad), results=result, cost_per_result_minor=_minor(cost / result) if result else None))
    return rows


async def facts_by_unit(session: AsyncSession, org_id: str, kind: str, where: list[Any],
                        measure: Any) -> dict[str | None, int]:
    """A fact measure per person's current unit (active people only)."""
    f, people = KpiFact.__table__, directory.people  # type: ignore[attr-defined]
    rows = (await session.execute(
        select(people.c.org_unit_id, measure).select_from(f.join(people, people.c.id == f.c.person_id))
        .where(f.c.org_id == org_id, f.c.kind == kind, people.c.status == "active", *where)
        .group_by(people.c.org_unit_id))).all()
    return {row[0]: int(row[1] or 0) for row in rows}


async def ad_spend_by_channel(session: AsyncSession, org_id: str, start: date, end: date) -> dict[str, Decimal]:
    """Spend spread evenly over its days; the part inside [start, end] counts."""
    spends = (await session.execute(select(AdSpend).where(
        col(AdSpend.org_id) == org_id, col(AdSpend.starts_on) <= end, col(AdSpend.ends_on) >= start))).scalars().all()
    totals: dict[str, Decimal] = {}
    for s in spends:
        overlap = (min(end, s.ends_on) - max(start, s.starts_on)).days + 1
        share = Decimal(s.amount_minor) * overlap / ((s.ends_on - s.starts_on).days + 1)
        totals[s.channel] = totals.get(s.channel, Decimal(0)) + share
    return totals


# -- per-unit reports over KPI facts ----------------------------------------------------------------

async def _unit_rows(session: AsyncSession, org_id: str, build: Any) -> list[Any]:
    """One row per unit with active people, named, in name order."""
    names = await repo.unit_names(session, org_id)
    rows = [build(unit, staff) for unit, staff in (await repo.headcount_by_unit(session, org_id)).items()
            if unit is not None]
    for row in rows:
        row.unit_name = names.get(row.org_unit_id, "")
    return sorted(rows, key=lambda r: r.unit_name)


async def training_coverage(session: AsyncSession, org_id: str, rules: OrgRules, certification_key: str | None,
                            now: datetime) -> CoverageReport:
    """Per unit: people with a valid certification (of `certification_key`, or any) over its headcount."""
    f = KpiFact.__table__  # type: ignore[attr-defined]
    where = [kpis.valid_at(f, now)] + ([f.c.label == certification_key] if certification_key else [])
    certified = await facts_by_unit(session, org_id, "certification", where, func.count(distinct(f.c.person_id)))
    rows = await _unit_rows(session, org_id, lambda unit, staff: UnitCoverage(
        org_unit_id=unit, unit_name="", headcount=staff, certified=certified.get(unit, 0),
        coverage_percent=float(kpis.percent(certified.get(unit, 0), staff) or 0)))
    kept, suppression = suppress_small_groups(rows, lambda r: r.headcount, rules.min_group_size)
    return CoverageReport(certification_key=certification_key, as_of=now, rows=kept, suppression=suppression)


async def advocacy_reach(session: AsyncSession, org_id: str, rules: OrgRules, start: date, end: date) -> ReachReport:
    """Per unit: ambassadors at the end of the period, and shares, potential reach and clicks within it."""
    since, until = utc_range(rules.timezone, start, end)
    f = KpiFact.__table__  # type: ignore[attr-defined]
    within = [f.c.occurred_at >= since, f.c.occurred_at < until]
    ambassadors = await facts_by_unit(session, org_id, "ambassador", [kpis.valid_at(f, until)],
                                      func.count(distinct(f.c.person_id)))
    shares = await facts_by_unit(session, org_id, "share", within, func.count())
    reach = await facts_by_unit(session, org_id, "share", within, func.sum(f.c.quantity))
    clicks = await facts_by_unit(session, org_id, "click", within, func.sum(f.c.quantity))
    rows = await _unit_rows(session, org_id, lambda unit, staff: UnitReach(
        org_unit_id=unit, unit_name="", headcount=staff, ambassadors=ambassadors.get(unit, 0),
        shares=shares.get(unit, 0), potential_reach=reach.get(unit, 0), clicks=clicks.get(unit, 0)))
    kept, suppression = suppress_small_groups(rows, lambda r: r.headcount, rules.min_group_size)
    return ReachReport(starts_on=start, ends_on=end, rows=kept, suppression=suppression)
