"""Competence self-assessment: a person rates themselves per competency; leaders see gaps as aggregates only."""

from fastapi import APIRouter

from kit.auth import Authenticated, Person
from kit.db import SessionDep
from services.curriculum import assessment
from services.curriculum.deps import AggregateScope
from services.curriculum.models import SelfAssessment
from services.curriculum.schemas import GapGrouping, GapReport, Rating, SelfAssessmentIn, SelfAssessmentPublic

router = APIRouter(tags=["self-assessment"])


def _public(person_id: str, rows: list[SelfAssessment]) -> SelfAssessmentPublic:
    return SelfAssessmentPublic(person_id=person_id, ratings=[
        Rating(competency=r.competency, level=r.level, assessed_at=r.assessed_at) for r in rows])


@router.get("/v1/me/self-assessment", response_model=SelfAssessmentPublic, summary="My competence self-ratings")
async def my_self_assessment(principal: Person, session: SessionDep) -> SelfAssessmentPublic:
    return _public(principal.subject, await assessment.ratings(session, principal.org, principal.subject))


@router.put("/v1/me/self-assessment", response_model=SelfAssessmentPublic,
            summary="Rate myself 1-5 per competency (ratings not named are kept)")
async def rate_myself(body: SelfAssessmentIn, principal: Person, session: SessionDep) -> SelfAssessmentPublic:
    return _public(principal.subject, await assessment.rate(session, principal.org, principal.subject, body))


@router.get("/v1/self-assessment/gaps", response_model=GapReport,
            summary="Competence gaps by unit or job function (aggregates only)",
            description="Managers see their units, analysts and admins everyone; groups smaller than the "
            "organisation's minimum group size are suppressed and counted.")
async def competence_gaps(units: AggregateScope, principal: Authenticated, session: SessionDep,
                          group_by: GapGrouping = GapGrouping.org_unit) -> GapReport:
    return await assessment.gaps(session, principal.org, group_by, units)
