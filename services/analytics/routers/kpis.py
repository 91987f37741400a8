"""The KPI catalogue with published formulas, manual measurements, and KPI values."""

from datetime import date
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlmodel import select

from kit.auth import Authenticated, Principal
from kit.db import SessionDep
from kit.idempotency import idempotent
from kit.inputs import Day
from kit.locale import ReaderLocale
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.privacy import suppress_small_groups
from kit.problems import NotFound, Unprocessable
from kit.tenancy import of_org_where, org_filters, owned
from services.analytics import kpis
from services.analytics import repositories as repo
from services.analytics.deps import MeasurementWriter, Reader, Steward
from services.analytics.models import KpiMeasurement, directory, idempotency_keys
from services.analytics.periods import month_start, today_in
from services.analytics.schemas import (
    KpiCreate,
    KpiPublic,
    KpiValue,
    KpiValues,
    MeasurementCreate,
    MeasurementPublic,
)

router = APIRouter(tags=["kpis"])
_MEASUREMENTS = Listing(lambda *given: select(*columns_of(KpiMeasurement, MeasurementPublic)).where(
    *of_org_where(KpiMeasurement, *given)), KpiMeasurement.id)


def _localised(reader: ReaderLocale, entry: kpis.CatalogueEntry) -> KpiPublic:
    locale = reader.pick(list(entry.names))
    return KpiPublic(key=entry.key, kind=entry.kind, unit=entry.unit, name=entry.names[locale],
                     formula=entry.formulas.get(locale) or next(iter(entry.formulas.values())), locale=locale,
                     standard=entry.standard)


async def _reader(session: SessionDep, principal: Principal, request: Request, response: Response) -> ReaderLocale:
    return await directory.reader(session, principal, request.headers.get("accept-language"), response,
                                  request.app.state.reader_locales)


@router.get("/v1/kpis", response_model=list[KpiPublic], summary="The KPI catalogue with its formulas")
async def list_kpis(principal: Authenticated, session: SessionDep, request: Request,
                    response: Response) -> list[KpiPublic]:
    reader = await _reader(session, principal, request, response)  # once for the list, not once a KPI
    items = [_localised(reader, k) for k in await kpis.catalogue(session, principal.org)]
    response.headers["Content-Language"] = ", ".join(sorted({k.locale for k in items}))
    return items


@router.post("/v1/kpis", response_model=KpiPublic, status_code=201, summary="Add an organisation's own KPI")
async def create_kpi(body: KpiCreate, principal: Steward, session: SessionDep, request: Request,
                     response: Response) -> KpiPublic:
    entry = await kpis.add_kpi(session, principal, body)
    reader = await _reader(session, principal, request, response)
    public = _localised(reader, entry)
    reader.served(public.locale)
    response.headers["Location"] = f"/v1/kpis/{body.key}"
    return public


@router.get("/v1/kpis/{key}", response_model=KpiPublic, summary="One KPI and its formula")
async def get_kpi(key: str, principal: Authenticated, session: SessionDep, request: Request,
                  response: Response) -> KpiPublic:
    entry = await kpis.find(session, principal.org, key)
    if entry is None:
        raise NotFound(f"no KPI {key}")
    reader = await _reader(session, principal, request, response)
    public = _localised(reader, entry)
    reader.served(public.locale)
    return public


@router.get("/v1/kpi-values", response_model=KpiValues,
            summary="Derived KPIs (from training and advocacy) and summed measurements over a period",
            description="Derived values follow the other services' events, so they lag: clicks arrive per minute, "
            "once the minute is over, with advocacy's next flush (NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS, "
            "15 s by default); certification renewals and expiries come from curriculum's due-work job "
            "(NETWISE_CURRICULUM_DUE_WORK_INTERVAL_SECONDS, 300 s by default), within about 5 min.")
async def kpi_values(principal: Reader, session: SessionDep,
                     date_from: Annotated[Day | None, Query(alias="from")] = None,
                     date_to: Annotated[Day | None, Query(alias="to")] = None) -> KpiValues:
    rules = await directory.rules(session, principal.org)
    settings = await repo.settings_of(session, principal.org)
    start, end = _range(date_from, date_to, today_in(rules.timezone))
    staff = await kpis.headcount(session, principal.org)
    # Derived KPIs speak of the whole staff: a staff smaller than the minimum group gets none of them.
    shown, suppression = suppress_small_groups([staff], lambda people: people, rules.min_group_size)
    items = list((await kpis.derived_values(session, rules, settings, start, end)).values()) if shown else []
    for entry in await kpis.catalogue(session, principal.org):
        if entry.kind == "manual":
            totals = await kpis.measured(session, principal.org, entry.key, start, end)
            items.append(kpis_value(entry, sum(totals.values(), Decimal(0)) if totals else None))
    return KpiValues(starts_on=start, ends_on=end, currency=rules.currency, items=items,
                     suppression=suppression)


def kpis_value(entry: kpis.CatalogueEntry, value: Decimal | None) -> KpiValue:
    return KpiValue(key=entry.key, kind=entry.kind, unit=entry.unit, value=value)


def _range(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    start = start or month_start(today)
    end = end or today
    if end < start:
        raise Unprocessable.field("to", "must not be before from")
    return start, end


@router.post("/v1/kpi-measurements", response_model=MeasurementPublic, status_code=201,
             summary="Record a measured KPI value for a channel and period (Idempotency-Key honoured)")
async def create_measurement(body: MeasurementCreate, principal: MeasurementWriter, session: SessionDep,
                             request: Request) -> JSONResponse:
    await kpis.check_measurable(session, principal.org, body.kpi_key)

    async def produce() -> MeasurementPublic:
        measurement = await kpis.record_measurement(session, principal, body)
        return MeasurementPublic.model_validate(measurement)

    return await idempotent(session, idempotency_keys, request, principal, body, produce, status_code=201)


@router.get("/v1/kpi-measurements", response_model=Page[MeasurementPublic], summary="Measured KPI values")
async def list_measurements(principal: Reader, session: SessionDep, pager: PagerDep,
                            kpi_key: Annotated[str | None, Query(max_length=64)] = None) -> Page[MeasurementPublic]:
    shape, values = org_filters(principal.org, kpi_key=kpi_key)
    rows, cursor = await pager.listed(session, _MEASUREMENTS, shape, values)
    return page_of(MeasurementPublic, rows, cursor)


@router.delete("/v1/kpi-measurements/{measurement_id}", status_code=204, response_class=Response,
               summary="Delete a measurement")
async def delete_measurement(measurement_id: str, principal: MeasurementWriter, session: SessionDep) -> Response:
    await kpis.delete_measurement(session, await owned(session, KpiMeasurement, principal.org, measurement_id,
                                                          "measurement"))
    return Response(status_code=204)
