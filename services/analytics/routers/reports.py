"""Reports: time use by any grouping with cost, investment vs operations, cost per result, coverage and reach.

Everyone but the person themself sees only groups of at least the organisation's minimum size.
"""

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.db import SessionDep
from kit.ids import utcnow
from kit.inputs import Day
from kit.problems import Unprocessable
from services.analytics import kpis, leadership, linked, report_mail, reports
from services.analytics import repositories as repo
from services.analytics.deps import Reader
from services.analytics.export import CSV_RESPONSE, Format, FormatQuery, answer, csv_response, wants_csv
from services.analytics.models import directory
from services.analytics.periods import month_start, today_in
from services.analytics.schemas import (
    Activity,
    CategoryShare,
    Channel,
    CostPerResultReport,
    CostPerResultRow,
    CoverageReport,
    GroupBy,
    InvestmentReport,
    JobFunction,
    LinkedReport,
    ReachReport,
    ReportMailSubscription,
    ReportRow,
    TimeUseReport,
    UnitCoverage,
    UnitReach,
)

router = APIRouter(prefix="/v1/reports", tags=["reports"])
MAX_DAYS = 3 * 366

From = Annotated[Day | None, Query(alias="from", description="First day (default: start of this month).")]
To = Annotated[Day | None, Query(alias="to", description="Last day, included (default: today).")]
PersonId = Annotated[str | None, Query(max_length=36, description="`me` for your own time (no suppression).")]


def period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    start = start or month_start(today)
    end = end or max(today, start)
    if end < start:
        raise Unprocessable.field("to", "must not be before from")
    if (end - start).days > MAX_DAYS:
        raise Unprocessable.field("to", f"reports cover at most {MAX_DAYS} days")
    return start, end


@router.get("/time-use", response_model=TimeUseReport, responses=CSV_RESPONSE,
            summary="Minutes and cost grouped by any of unit, job function, person (own only), channel, activity, "
            "category, day, week, month")
async def time_use_report(
    principal: Reader, session: SessionDep, request: Request,
    group_by: Annotated[list[GroupBy], Query(max_length=9)] = [GroupBy.channel],  # noqa: B006
    date_from: From = None, date_to: To = None, person_id: PersonId = None,
    unit_id: Annotated[str | None, Query(max_length=36, description="The unit and every unit below it.")] = None,
    job_function: JobFunction | None = None, channel: Channel | None = None, activity: Activity | None = None,
    format: Format | None = FormatQuery,
) -> TimeUseReport | Response:
    rules = await directory.rules(session, principal.org)
    start, end = period(date_from, date_to, today_in(rules.timezone))
    audience = await reports.audience_for(session, principal, person_id)
    units = await directory.unit_subtree(session, principal.org, unit_id) if unit_id else None
    flt = reports.EntryFilter(start, end, unit_ids=units, job_function=job_function,
                              channels=[channel] if channel else [], activities=[activity] if activity else [])
    report = await reports.time_use(session, principal, rules, await repo.settings_of(session, principal.org), flt,
                                    list(dict.fromkeys(group_by)), audience)
    if wants_csv(request, format):
        columns, rows = reports.report_rows(report)
        return csv_response("time-use", columns, rows, report.suppression)
    return report


@router.get("/investment-ratio", response_model=InvestmentReport, responses=CSV_RESPONSE,
            summary="Share of time on investment (strategy, pages, content) vs operations, against the target")
async def investment_report(principal: Reader, session: SessionDep, request: Request, date_from: From = None,
                            date_to: To = None, person_id: PersonId = None,
                            unit_id: Annotated[str | None, Query(max_length=36)] = None,
                            format: Format | None = FormatQuery) -> InvestmentReport | Response:
    rules = await directory.rules(session, principal.org)
    settings = await repo.settings_of(session, principal.org)
    start, end = period(date_from, date_to, today_in(rules.timezone))
    audience = await reports.audience_for(session, principal, person_id)
    units = await directory.unit_subtree(session, principal.org, unit_id) if unit_id else None
    report = await reports.time_use(session, principal, rules, settings, reports.EntryFilter(start, end, units),
                                    [GroupBy.category], audience, costed=False)  # shares of minutes: no money
    body = reports.investment_ratio(report, start, end, settings.investment_target_percent)
    return answer(request, format, "investment-ratio", body, CategoryShare, body.items)


@router.get("/cost-per-result", response_model=CostPerResultReport, responses=CSV_RESPONSE,
            summary="Per channel: cost of time (plus ad spend if chosen) divided by a KPI's measured results")
async def cost_per_result(principal: Reader, session: SessionDep, request: Request,
                          kpi_key: Annotated[str, Query(max_length=64)], date_from: From = None, date_to: To = None,
                          include_ad_spend: bool = True,
                          format: Format | None = FormatQuery) -> CostPerResultReport | Response:
    rules = await directory.rules(session, principal.org)
    entry = await kpis.find(session, principal.org, kpi_key)
    if entry is None or entry.kind != "manual":
        raise Unprocessable.field("kpi_key", "must be a measured KPI of the catalogue (e.g. leads)")
    start, end = period(date_from, date_to, today_in(rules.timezone))
    audience = await reports.audience_for(session, principal, None)
    withheld: list[ReportRow] = []
    time = await reports.time_use(session, principal, rules, await repo.settings_of(session, principal.org),
                                  reports.EntryFilter(start, end, with_channel=True), [GroupBy.channel], audience,
                                  withheld)
    hidden = {r.group["channel"] for r in withheld}
    results = await kpis.measured(session, principal.org, kpi_key, start, end)
    spend = await reports.ad_spend_by_channel(session, principal.org, start, end) if include_ad_spend else {}
    rows = reports.cost_per_result_rows(time, hidden, spend, results)
    body = CostPerResultReport(starts_on=start, ends_on=end, kpi_key=kpi_key, currency=rules.currency,
                               include_ad_spend=include_ad_spend, rows=rows, suppression=time.suppression)
    return answer(request, format, "cost-per-result", body, CostPerResultRow, rows)


@router.get("/training-coverage", response_model=CoverageReport, responses=CSV_RESPONSE,
            summary="Per unit: people with a valid certification / headcount")
async def training_coverage(principal: Reader, session: SessionDep, request: Request,
                            certification_key: Annotated[str | None, Query(max_length=120)] = None,
                            format: Format | None = FormatQuery) -> CoverageReport | Response:
    await reports.audience_for(session, principal, None)
    rules = await directory.rules(session, principal.org)
    body = await reports.training_coverage(session, principal.org, rules, certification_key, utcnow())
    return answer(request, format, "training-coverage", body, UnitCoverage, body.rows)


@router.get("/advocacy-reach", response_model=ReachReport, responses=CSV_RESPONSE,
            summary="Per unit: ambassadors, shares, potential reach and clicks")
async def advocacy_reach(principal: Reader, session: SessionDep, request: Request, date_from: From = None,
                         date_to: To = None, format: Format | None = FormatQuery) -> ReachReport | Response:
    await reports.audience_for(session, principal, None)
    rules = await directory.rules(session, principal.org)
    start, end = period(date_from, date_to, today_in(rules.timezone))
    body = await reports.advocacy_reach(session, principal.org, rules, start, end)
    return answer(request, format, "advocacy-reach", body, UnitReach, body.rows)



PeriodKind = Annotated[Literal["month", "quarter"], Query(description="Calendar months or quarters.")]
On = Annotated[Day | None, Query(description="A day of the period reported on (default: today).")]
Previous = Annotated[int, Query(ge=0, le=11, description="Periods before it, for the trend.")]
REPORT_MEDIA = {200: {"content": {"text/html": {"schema": {"type": "string"}},
                                  "application/pdf": {"schema": {"type": "string", "format": "binary"}}},
                      "description": "The report as a page (default) or a PDF (`Accept: application/pdf` or "
                                     "`format=pdf`)."}}


async def _linked(principal: Principal, session: AsyncSession, request: Request, period: str, on: date | None,
                  previous: int) -> LinkedReport:
    rules = await directory.rules(session, principal.org)
    settings = await repo.settings_of(session, principal.org)
    locale = await linked.reader_locale(session, principal, request.headers.get("accept-language"))
    ask = linked.Ask(period, on or today_in(rules.timezone), previous, locale)
    return await linked.linked_view(session, principal, rules, settings, ask, utcnow())


@router.get("/linked", response_model=LinkedReport,
            summary="Per unit and period: training → ambassador activity → minutes and cost → KPI results, with "
            "the trend and findings computed from the numbers")
async def linked_report(principal: Reader, session: SessionDep, request: Request, response: Response,
                        period: PeriodKind = "month", on: On = None, previous: Previous = 2) -> LinkedReport:
    report = await _linked(principal, session, request, period, on, previous)
    response.headers["Content-Language"] = report.locale
    return report


@router.get("/leadership", response_class=Response, responses=REPORT_MEDIA,  # type: ignore[arg-type]
            summary="The leadership report: the linked view with charts, as a page or a PDF, in the reader's "
            "language")
async def leadership_report(principal: Reader, session: SessionDep, request: Request, period: PeriodKind = "month",
                            on: On = None, previous: Previous = 2,
                            format: Annotated[Literal["html", "pdf"] | None, Query(
                                description="Overrides `Accept`.")] = None) -> Response:
    report = await _linked(principal, session, request, period, on, previous)
    page = leadership.html(report, await linked.organisation_name(session, principal.org))
    headers = {"Content-Language": report.locale, "Cache-Control": "private, no-store"}
    if format == "pdf" or (format is None and "application/pdf" in request.headers.get("accept", "")):
        name = f"leadership-{report.periods[-1].starts_on}.pdf"
        return Response(leadership.pdf(page), media_type="application/pdf",
                        headers=headers | {"Content-Disposition": f'inline; filename="{name}"'})
    return Response(page, media_type="text/html; charset=utf-8",
                    headers=headers | {"Content-Security-Policy": leadership.CONTENT_SECURITY_POLICY})


async def _subscription(session: AsyncSession, principal: Principal) -> ReportMailSubscription:
    return ReportMailSubscription(subscribed=await report_mail.subscription(session, principal) is not None,
                                  mailed=await report_mail.mailings(session, principal))


@router.get("/leadership/subscription", response_model=ReportMailSubscription,
            summary="Whether the leadership report is mailed to you monthly")
async def get_report_mail(principal: Reader, session: SessionDep) -> ReportMailSubscription:
    return await _subscription(session, principal)


@router.put("/leadership/subscription", response_model=ReportMailSubscription,
            summary="Have last month's leadership report mailed to you each month (managers, analysts, admins)")
async def subscribe_report_mail(principal: Reader, session: SessionDep) -> ReportMailSubscription:
    await report_mail.subscribe(session, principal)
    return await _subscription(session, principal)


@router.delete("/leadership/subscription", status_code=204, response_class=Response,
               summary="Stop the monthly leadership report mail")
async def unsubscribe_report_mail(principal: Reader, session: SessionDep) -> Response:
    await report_mail.unsubscribe(session, principal)
    return Response(status_code=204)
