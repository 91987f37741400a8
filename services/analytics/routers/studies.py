"""Study periods: a short stretch of detailed reporting of all communication work, and its report."""


from fastapi import APIRouter, Request, Response
from sqlmodel import select

from kit.app import OutboxDep
from kit.auth import Authenticated
from kit.db import SessionDep
from kit.etag import created, matched, tagged
from kit.pagination import Listing, Page, PagerDep
from kit.tenancy import of_org_where, owned
from services.analytics import reports, studies
from services.analytics import repositories as repo
from services.analytics.deps import Reader, Steward
from services.analytics.export import CSV_RESPONSE, Format, FormatQuery, csv_response, wants_csv
from services.analytics.models import Study, directory
from services.analytics.periods import today_in
from services.analytics.schemas import (
    GroupBy,
    StudyCreate,
    StudyPublic,
    StudyReport,
    StudyRow,
    StudyUpdate,
)

router = APIRouter(prefix="/v1/studies", tags=["studies"])
_STUDIES = Listing(lambda: select(Study).where(*of_org_where(Study)), Study.id)


async def _public(session: SessionDep, study: Study) -> StudyPublic:
    rules = await directory.rules(session, study.org_id)
    return StudyPublic(**study.model_dump(exclude={"org_id"}),
                       status=studies.study_status(study, today_in(rules.timezone)))


@router.post("", response_model=StudyPublic, status_code=201, summary="Plan a study period")
async def create_study(body: StudyCreate, principal: Steward, session: SessionDep,
                       response: Response) -> StudyPublic:
    study = created(response, await studies.create_study(session, principal, body), "/v1/studies")
    return await _public(session, study)


@router.get("", response_model=Page[StudyPublic], summary="List study periods")
async def list_studies(principal: Authenticated, session: SessionDep, pager: PagerDep) -> Page[StudyPublic]:
    return await pager.presented(session, _STUDIES, (), {"org_id": principal.org}, lambda s: _public(session, s))


@router.get("/{study_id}", response_model=StudyPublic, summary="Get a study period")
async def get_study(study_id: str, principal: Authenticated, session: SessionDep,
                    response: Response) -> StudyPublic:
    study = tagged(response, await owned(session, Study, principal.org, study_id, "study"))
    return await _public(session, study)


@router.patch("/{study_id}", response_model=StudyPublic, summary="Rename a study or move its end")
async def update_study(study_id: str, body: StudyUpdate, principal: Steward, session: SessionDep, request: Request,
                       response: Response) -> StudyPublic:
    study = matched(request, await owned(session, Study, principal.org, study_id, "study"))
    study = tagged(response, await studies.update_study(session, study, body))
    return await _public(session, study)


@router.post("/{study_id}/close", response_model=StudyPublic,
             summary="Close a study: its rules stop and netwise.analytics.study.closed is published")
async def close_study(study_id: str, principal: Steward, session: SessionDep, outbox: OutboxDep,
                      response: Response) -> StudyPublic:
    study = await owned(session, Study, principal.org, study_id, "study")
    study = tagged(response, await studies.close_study(session, outbox, study))
    return await _public(session, study)


@router.get("/{study_id}/report", response_model=StudyReport, responses=CSV_RESPONSE,
            summary="Minutes, share of time and cost per category and unit over the study")
async def study_report(study_id: str, principal: Reader, session: SessionDep, request: Request,
                       format: Format | None = FormatQuery) -> StudyReport | Response:
    study = await owned(session, Study, principal.org, study_id, "study")
    audience = await reports.audience_for(session, principal, None)
    rules = await directory.rules(session, principal.org)
    settings = await repo.settings_of(session, principal.org)
    units: set[str] = set()
    for unit_id in study.unit_ids:
        units |= await directory.unit_subtree(session, principal.org, unit_id)
    flt = reports.EntryFilter(study.starts_on, study.ends_on, channels=study.channels, activities=study.activities,
                              participants=(units, set(study.person_ids)))
    report = await reports.time_use(session, principal, rules, settings, flt,
                                    [GroupBy.unit, GroupBy.channel, GroupBy.activity], audience)
    unit_totals: dict[str | None, int] = {}
    for row in report.rows:
        unit_totals[row.group["unit"]] = unit_totals.get(row.group["unit"], 0) + row.minutes
    rows = [StudyRow(org_unit_id=r.group["unit"], unit_name=r.group.get("unit_name"),
                     channel=r.group["channel"] or "", activity=r.group["activity"] or "", minutes=r.minutes,
                     share_percent=round(r.minutes * 100 / unit_totals[r.group["unit"]], 1),
                     cost_minor=r.cost_minor, people=r.people) for r in report.rows]
    body = StudyReport(study=await _public(session, study), currency=rules.currency, rows=rows,
                       total_minutes=report.total_minutes, suppression=report.suppression)
    if wants_csv(request, format):
        return csv_response(f"study-{study.id}", list(StudyRow.model_fields),
                            [r.model_dump(mode="json") for r in rows], body.suppression)
    return body
