"""KPIs: the published catalogue, manual measurements, and KPIs derived from curriculum's and advocacy's events."""

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import distinct, func, insert, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import advocacy, curriculum
from kit.auth import Principal
from kit.db import remove, save
from kit.directory import OrgRules
from kit.events import CloudEvent, EventHandler
from kit.problems import Conflict, FieldError, Unprocessable
from services.analytics.models import Kpi, KpiFact, KpiMeasurement, OrgSettings, directory
from services.analytics.periods import utc_range
from services.analytics.schemas import KpiCreate, KpiKind, KpiUnit, KpiValue, MeasurementCreate


@dataclass(frozen=True)
class CatalogueEntry:
    key: str
    kind: KpiKind
    unit: KpiUnit
    names: dict[str, str]
    formulas: dict[str, str]
    standard: bool


# Every standard KPI's name and formula is in each of these; tests/analytics/test_kpis.py checks it.
LOCALES = ("en", "sv", "nb", "da", "nl")

# The standard KPIs, their names and formulas in each of LOCALES, in a file beside the code (translators edit it).
STANDARD_KPIS: dict[str, CatalogueEntry] = {
    entry["key"]: CatalogueEntry(entry["key"], KpiKind(entry["kind"]), KpiUnit(entry["unit"]), entry["names"],
                                 entry["formulas"], standard=True)
    for entry in json.loads((Path(__file__).parent / "templates" / "kpi-catalogue.json").read_text(encoding="utf-8"))}


async def catalogue(session: AsyncSession, org_id: str) -> list[CatalogueEntry]:
    own = (await session.exec(select(Kpi).where(Kpi.org_id == org_id).order_by(col(Kpi.key)))).all()
    return [*STANDARD_KPIS.values(),
            *(CatalogueEntry(k.key, KpiKind.manual, KpiUnit(k.unit), k.names, k.formulas, False) for k in own)]


async def find(session: AsyncSession, org_id: str, key: str) -> CatalogueEntry | None:
    return next((k for k in await catalogue(session, org_id) if k.key == key), None)


# -- facts from other services' events ------------------------------------------------------------------


async def add_kpi(session: AsyncSession, principal: Principal, body: KpiCreate) -> CatalogueEntry:
    """An organisation's own KPI beside the standard ones; its key is unique in the catalogue."""
    if await find(session, principal.org, body.key) is not None:
        raise Conflict(f"a KPI {body.key} exists", errors=[FieldError(field="key", message="is already used")])
    session.add(Kpi(org_id=principal.org, **body.model_dump()))
    await session.flush()
    entry = await find(session, principal.org, body.key)
    assert entry is not None
    return entry


async def check_measurable(session: AsyncSession, org_id: str, key: str) -> None:
    """Only a manual KPI of the catalogue is measured by hand; derived ones come from events."""
    entry = await find(session, org_id, key)
    if entry is None:
        raise Unprocessable.field("kpi_key", f"no KPI {key} in the catalogue")
    if entry.kind != "manual":
        raise Unprocessable.field("kpi_key", f"{key} is derived from events and cannot be measured by hand")


async def record_measurement(session: AsyncSession, principal: Principal, body: MeasurementCreate) -> KpiMeasurement:
    """The caller checked the KPI with `check_measurable`."""
    measurement = KpiMeasurement(org_id=principal.org, created_by=principal.subject,
                                 **body.model_dump(exclude={"value"}), value=str(body.value))
    return await save(session, measurement)


async def delete_measurement(session: AsyncSession, measurement: KpiMeasurement) -> None:
    await remove(session, measurement)


async def _end_fact(session: AsyncSession, org: str, kind: str, key: str, ended_at: datetime) -> None:
    table = KpiFact.__table__  # type: ignore[attr-defined]
    await session.execute(update(table).where(table.c.org_id == org, table.c.kind == kind, table.c.key == key)
                          .values(ended_at=ended_at))


async def _put_fact(session: AsyncSession, org: str, kind: str, key: str, **values: Any) -> None:
    """Insert or overwrite one fact: a fact seen again (another event about the same thing) lands on its row."""
    table = KpiFact.__table__  # type: ignore[attr-defined]
    where = (table.c.org_id == org, table.c.kind == kind, table.c.key == key)
    if (await session.execute(select(table.c.key).where(*where))).first() is None:
        await session.execute(insert(table).values(org_id=org, kind=kind, key=key, **values))
    else:
        await session.execute(update(table).where(*where).values(**values))


async def _certification_issued(session: AsyncSession, event: CloudEvent,
                                d: curriculum.CertificationIssued) -> None:
    await _put_fact(session, event.org, "certification", d.id, person_id=d.person_id, label=d.certification_key,
                    occurred_at=d.issued_at, ended_at=d.expires_at, quantity=1)


async def _certification_expired(session: AsyncSession, event: CloudEvent,
                                 d: curriculum.CertificationExpired) -> None:
    await _end_fact(session, event.org, "certification", d.id, d.expired_at)


async def _policy_published(session: AsyncSession, event: CloudEvent, d: curriculum.PolicyPublished) -> None:
    if d.requires_acknowledgement:
        await _put_fact(session, event.org, "policy_published", f"{d.policy_id}:{d.version}", label=d.policy_id,
                        occurred_at=d.published_at, quantity=d.major)


async def _policy_acknowledged(session: AsyncSession, event: CloudEvent, d: curriculum.PolicyAcknowledged) -> None:
    await _put_fact(session, event.org, "policy_ack", f"{d.person_id}:{d.policy_id}:{d.major}",
                    person_id=d.person_id, label=d.policy_id, occurred_at=d.acknowledged_at, quantity=d.major)


async def _ambassador_enrolled(session: AsyncSession, event: CloudEvent, d: advocacy.AmbassadorEnrolled) -> None:
    await _put_fact(session, event.org, "ambassador", d.person_id, person_id=d.person_id,
                    occurred_at=d.enrolled_at, ended_at=None, label=",".join(d.networks)[:120])


async def _ambassador_left(session: AsyncSession, event: CloudEvent, d: advocacy.AmbassadorLeft) -> None:
    await _end_fact(session, event.org, "ambassador", d.person_id, d.left_at)


async def _share_created(session: AsyncSession, event: CloudEvent, d: advocacy.ShareCreated) -> None:
    await _put_fact(session, event.org, "share", d.id, person_id=d.person_id, label=d.network,
                    occurred_at=d.created_at, quantity=d.potential_reach)


async def _click_counted(session: AsyncSession, event: CloudEvent, d: advocacy.ClickCounted) -> None:
    # Clicks arrive aggregated per share and minute; a later count for the same minute replaces the earlier one.
    await _put_fact(session, event.org, "click", f"{d.share_id}:{d.minute.isoformat()}", person_id=d.person_id,
                    label=d.network, occurred_at=d.minute, quantity=d.clicks)


def handlers() -> dict[str, EventHandler]:
    return {
        curriculum.CERTIFICATION_ISSUED: _certification_issued,
        curriculum.CERTIFICATION_EXPIRED: _certification_expired,
        curriculum.POLICY_PUBLISHED: _policy_published,
        curriculum.POLICY_ACKNOWLEDGED: _policy_acknowledged,
        advocacy.AMBASSADOR_ENROLLED: _ambassador_enrolled,
        advocacy.AMBASSADOR_LEFT: _ambassador_left,
        advocacy.SHARE_CREATED: _share_created,
        advocacy.CLICK_COUNTED: _click_counted,
    }


# -- derived values -------------------------------------------------------------------------------------

def percent(numerator: int | Decimal, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator) * 100 / denominator).quantize(Decimal("0.1"), ROUND_HALF_UP)


def facts_table() -> Any:
    return KpiFact.__table__  # type: ignore[attr-defined]


def valid_at(table: Any, moment: datetime) -> Any:
    return (table.c.occurred_at < moment) & or_(table.c.ended_at.is_(None), table.c.ended_at >= moment)


async def headcount(session: AsyncSession, org_id: str) -> int:
    people = directory.people
    return int((await session.execute(select(func.count()).where(
        people.c.org_id == org_id, people.c.status == "active"))).scalar_one())


async def derived_values(session: AsyncSession, rules: OrgRules, settings: OrgSettings, start: date,
                         end: date) -> dict[str, KpiValue]:
    """Every derived KPI over [start, end] in the organisation's calendar, org-wide."""
    f, people = facts_table(), directory.people
    since, until = utc_range(rules.timezone, start, end)
    org = rules.org_id
    staff = await headcount(session, org)
    active = (people.c.org_id == org) & (people.c.status == "active")

    async def scalar(query: Any) -> int:
        return int((await session.execute(query)).scalar() or 0)

    certified = await scalar(select(func.count(distinct(f.c.person_id))).select_from(
        f.join(people, people.c.id == f.c.person_id)).where(
        f.c.org_id == org, f.c.kind == "certification", valid_at(f, until), active))
    ambassadors = await scalar(select(func.count(distinct(f.c.person_id))).select_from(
        f.join(people, people.c.id == f.c.person_id)).where(
        f.c.org_id == org, f.c.kind == "ambassador", valid_at(f, until), active))
    in_period = (f.c.occurred_at >= since) & (f.c.occurred_at < until)
    shares = await scalar(select(func.count()).where(f.c.org_id == org, f.c.kind == "share", in_period))
    reach = await scalar(select(func.sum(f.c.quantity)).where(f.c.org_id == org, f.c.kind == "share", in_period))
    clicks = await scalar(select(func.sum(f.c.quantity)).where(f.c.org_id == org, f.c.kind == "click", in_period))
    enrolled_any = await scalar(select(func.count()).where(
        f.c.org_id == org, f.c.kind == "ambassador", f.c.occurred_at < until,
        or_(f.c.ended_at.is_(None), f.c.ended_at >= since)))
    left = await scalar(select(func.count()).where(
        f.c.org_id == org, f.c.kind == "ambassador", f.c.ended_at >= since, f.c.ended_at < until))
    # The current major version of each policy that asks for acknowledgement, as published by the period's end.
    majors = dict((await session.execute(select(f.c.label, func.max(f.c.quantity)).where(
        f.c.org_id == org, f.c.kind == "policy_published", f.c.occurred_at < until).group_by(f.c.label))).all())
    acknowledged = 0
    for policy_id, major in majors.items():
        acknowledged += await scalar(select(func.count(distinct(f.c.person_id))).select_from(
            f.join(people, people.c.id == f.c.person_id)).where(
            f.c.org_id == org, f.c.kind == "policy_ack", f.c.label == policy_id, f.c.quantity == major,
            f.c.occurred_at < until, active))
    emv = (Decimal(reach) * settings.earned_media_cpm_minor / 1000 + clicks * settings.earned_media_cpc_minor)

    def value(key: str, amount: Decimal | int | None, numerator: int | None = None,
              denominator: int | None = None) -> KpiValue:
        kpi = STANDARD_KPIS[key]
        return KpiValue(key=key, kind=kpi.kind, unit=kpi.unit, value=None if amount is None else Decimal(amount),
                        numerator=numerator, denominator=denominator)

    return {v.key: v for v in [
        value("training_coverage", percent(certified, staff), certified, staff),
        value("policy_acknowledgement_rate", percent(acknowledged, staff * len(majors)), acknowledged,
              staff * len(majors)),
        value("ambassador_participation", percent(ambassadors, staff), ambassadors, staff),
        value("shares", shares),
        value("clicks", clicks),
        value("potential_reach", reach),
        value("earned_media_value", emv.quantize(Decimal(1), ROUND_HALF_UP)),
        value("opt_out_rate", percent(left, enrolled_any), left, enrolled_any),
    ]}


async def measured(session: AsyncSession, org_id: str, key: str, start: date, end: date,
                   channel: str | None = None) -> dict[str | None, Decimal]:
    """Sum of a manual KPI's measurements whose period lies within [start, end], per channel."""
    query = select(KpiMeasurement).where(KpiMeasurement.org_id == org_id, KpiMeasurement.kpi_key == key,
                                         KpiMeasurement.starts_on >= start, KpiMeasurement.ends_on <= end)
    if channel is not None:
        query = query.where(KpiMeasurement.channel == channel)
    totals: dict[str | None, Decimal] = {}
    for m in (await session.scalars(query)).all():
        totals[m.channel] = totals.get(m.channel, Decimal(0)) + Decimal(m.value)
    return totals


async def kpi_value(session: AsyncSession, rules: OrgRules, settings: OrgSettings, entry: CatalogueEntry,
                    start: date, end: date, channel: str | None = None) -> Decimal | None:
    if entry.kind == KpiKind.derived:
        return (await derived_values(session, rules, settings, start, end))[entry.key].value
    totals = await measured(session, rules.org_id, entry.key, start, end, channel)
    return sum(totals.values(), Decimal(0)) if totals else None
