"""The linked view: per org unit and period, whether training changes behaviour and what time and money bring back.

Training coverage and certifications → ambassador participation, shares, clicks and reach → minutes and cost
spent on social media (investment vs operations) → KPI results and cost per result; the same for the periods
before, for the trend. Units smaller than the organisation's minimum group size are left out, and so are the
minutes of a unit where fewer people than that recorded time. Findings are sentences computed from these numbers.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.directory import OrgRules
from kit.privacy import Suppression
from services.analytics import kpis, reports
from services.analytics.findings import LANGUAGES, findings
from services.analytics.models import OrgSettings, directory
from services.analytics.periods import period_bounds, utc_range
from services.analytics.schemas import (
    Category,
    GroupBy,
    LinkedKpi,
    LinkedPeriod,
    LinkedReport,
    LinkedTotals,
    LinkedUnit,
    ReportRow,
)

INVESTMENT, OPERATIONS = Category.investment.value, Category.operations.value


class Hidden:
    """A group withheld for being smaller than the minimum group size."""


HIDDEN = Hidden()


@dataclass(frozen=True)
class Ask:
    period: str  # month | quarter
    day: date  # a day of the last period
    previous: int  # how many periods before it, for the trend
    locale: str


def windows(ask: Ask) -> list[tuple[date, date]]:
    """The periods of the view, oldest first."""
    found = [period_bounds(ask.period, ask.day)]
    for _ in range(ask.previous):
        found.append(period_bounds(ask.period, found[-1][0] - timedelta(days=1)))
    return found[::-1]


def _percent(part: int, whole: int) -> float:
    return float(kpis.percent(part, whole) or 0)


async def _period(session: AsyncSession, principal: Principal, rules: OrgRules, settings: OrgSettings,
                  audience: reports.Audience, start: date, end: date,
                  now: datetime) -> tuple[LinkedPeriod, Suppression]:
    """The period's view, and how many units its coverage left out for being small."""
    moment = min(now, utc_range(rules.timezone, start, end)[1])
    coverage = await reports.training_coverage(session, rules.org_id, rules, None, moment)
    reach = {row.org_unit_id: row for row in (await reports.advocacy_reach(session, rules.org_id, rules, start,
                                                                            end)).rows}
    # A unit's minutes when enough of its people recorded time; their split into investment and operations only
    # when enough people are behind each part, so that no part exposes a small group.
    totals = await _minutes(session, principal, rules, settings, audience, start, end, [GroupBy.unit])
    split = await _minutes(session, principal, rules, settings, audience, start, end,
                           [GroupBy.unit, GroupBy.category])
    units = []
    for row in coverage.rows:
        if audience.unit_ids is not None and row.org_unit_id not in audience.unit_ids:
            continue
        advocacy = reach[row.org_unit_id]
        spent = totals.get((row.org_unit_id,))
        minutes, cost = (None, None) if isinstance(spent, Hidden) else (
            (spent.minutes, spent.cost_minor) if spent else (0, 0))
        parts = [split.get((row.org_unit_id, category)) for category in (INVESTMENT, OPERATIONS)]
        investment, operations = (None, None) if minutes is None or any(isinstance(p, Hidden) for p in parts) \
            else (p.minutes if isinstance(p, ReportRow) else 0 for p in parts)
        units.append(LinkedUnit(
            org_unit_id=row.org_unit_id, unit_name=row.unit_name, headcount=row.headcount, certified=row.certified,
            coverage_percent=row.coverage_percent, ambassadors=advocacy.ambassadors,
            participation_percent=_percent(advocacy.ambassadors, row.headcount), shares=advocacy.shares,
            potential_reach=advocacy.potential_reach, clicks=advocacy.clicks,
            minutes=minutes, investment_minutes=investment, operations_minutes=operations, cost_minor=cost,
            investment_percent=None if investment is None or operations is None
            else reports.share_percent(investment, investment + operations)))
    organisation = await _totals(session, principal, rules, settings, start, end) \
        if audience.unit_ids is None else None
    return LinkedPeriod(starts_on=start, ends_on=end, units=units, organisation=organisation), coverage.suppression


async def _minutes(session: AsyncSession, principal: Principal, rules: OrgRules, settings: OrgSettings,
                   audience: reports.Audience, start: date, end: date,
                   group_by: list[GroupBy]) -> dict[tuple[str | None, ...], ReportRow | Hidden]:
    """Time-use rows by their group values; a group too small to show maps to HIDDEN."""
    withheld: list[ReportRow] = []
    time = await reports.time_use(session, principal, rules, settings, reports.EntryFilter(start, end), group_by,
                                  audience, withheld)
    rows: dict[tuple[str | None, ...], ReportRow | Hidden] = {
        tuple(row.group[g.value] for g in group_by): HIDDEN for row in withheld}
    rows.update({tuple(row.group[g.value] for g in group_by): row for row in time.rows})
    return rows


async def _totals(session: AsyncSession, principal: Principal, rules: OrgRules, settings: OrgSettings,
                  start: date, end: date) -> LinkedTotals | None:
    staff = await kpis.headcount(session, rules.org_id)
    if staff < rules.min_group_size:
        return None
    derived = await kpis.derived_values(session, rules, settings, start, end)
    time = await reports.time_use(session, principal, rules, settings, reports.EntryFilter(start, end),
                                  [GroupBy.category], reports.Audience())
    by_category = {row.group["category"]: row for row in time.rows}
    investment = by_category[INVESTMENT].minutes if INVESTMENT in by_category else 0
    operations = by_category[OPERATIONS].minutes if OPERATIONS in by_category else 0
    spend = sum((await reports.ad_spend_by_channel(session, rules.org_id, start, end)).values(), Decimal(0))
    ad_spend = int(spend.quantize(Decimal(1), ROUND_HALF_UP))
    cost = time.total_cost_minor + ad_spend
    results = []
    for entry in await kpis.catalogue(session, rules.org_id):
        if entry.kind != "manual":
            continue
        measured = sum((await kpis.measured(session, rules.org_id, entry.key, start, end)).values(), Decimal(0))
        if measured:
            results.append(LinkedKpi(key=entry.key, results=measured, cost_per_result_minor=int(
                (Decimal(cost) / measured).quantize(Decimal(1), ROUND_HALF_UP))))

    def count(key: str) -> int:
        value = derived[key]
        return int(value.numerator if value.numerator is not None else value.value or 0)

    return LinkedTotals(
        headcount=staff, certified=count("training_coverage"),
        coverage_percent=_percent(count("training_coverage"), staff), ambassadors=count("ambassador_participation"),
        participation_percent=_percent(count("ambassador_participation"), staff), shares=count("shares"),
        potential_reach=count("potential_reach"), clicks=count("clicks"), minutes=time.total_minutes,
        investment_minutes=investment, operations_minutes=operations, cost_minor=time.total_cost_minor,
        ad_spend_minor=ad_spend, investment_percent=reports.share_percent(investment, investment + operations),
        kpis=results)


async def linked_view(session: AsyncSession, principal: Principal, rules: OrgRules, settings: OrgSettings,
                      ask: Ask, now: datetime) -> LinkedReport:
    audience = await reports.audience_for(session, principal, None)
    views = [await _period(session, principal, rules, settings, audience, start, end, now)
             for start, end in windows(ask)]
    periods = [period for period, _ in views]
    return LinkedReport(period=ask.period, currency=rules.currency,
                        investment_target_percent=settings.investment_target_percent, locale=ask.locale,
                        periods=periods, findings=findings(periods, settings.investment_target_percent,
                                                           rules.currency, ask.locale),
                        suppression=views[-1][1])


async def organisation_name(session: AsyncSession, org_id: str) -> str:
    table = directory.organisations
    name = (await session.execute(select(table.c.name).where(table.c.id == org_id))).scalar_one_or_none()
    return str(name or "")


async def reader_locale(session: AsyncSession, principal: Principal, accept_language: str | None) -> str:
    """The reader's language of the report: their own setting, else the request's, else the organisation's."""
    return (await directory.reader(session, principal, accept_language)).pick(list(LANGUAGES))
