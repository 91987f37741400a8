"""Assignments of tracks and modules to people: by hand, by enrolment (LMSs), and by rules on job function and unit."""

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlmodel import select

from kit.app import OutboxDep
from kit.db import SessionDep
from kit.idempotency import idempotent
from kit.pagination import Listing, Page, PagerDep
from kit.tenancy import of_org_where
from services.curriculum import assignments
from services.curriculum import repositories as repo
from services.curriculum.deps import Editor, Enroller
from services.curriculum.models import AssignmentRule, idempotency_keys
from services.curriculum.presenters import assignment_public
from services.curriculum.schemas import (
    AssignmentCreate,
    AssignmentPublic,
    AssignmentSource,
    EnrolmentIn,
    RuleCreate,
    RulePublic,
)

router = APIRouter(tags=["assignments"])
_RULES = Listing(lambda: select(AssignmentRule).where(*of_org_where(AssignmentRule)), AssignmentRule.id)
NEW_OR_EXISTING: dict[int | str, dict[str, Any]] = {
    200: {"model": AssignmentPublic, "description": "The person already had this assignment"}}


@router.post("/v1/assignments", response_model=AssignmentPublic, status_code=201, responses=NEW_OR_EXISTING,
             summary="Assign a track or a module to a person by hand")
async def create_assignment(body: AssignmentCreate, principal: Editor, session: SessionDep,
                            outbox: OutboxDep) -> JSONResponse:
    person = await repo.person(session, principal.org, body.person_id)
    if body.track_id is not None:
        track = await repo.track(session, principal.org, body.track_id, field="track_id")
        assignment, created = await assignments.assign_track(
            session, outbox, principal.org, person, track, source=AssignmentSource.manual, due_at=body.due_at,
            required=body.required)
    else:
        module = await repo.module(session, principal.org, body.module_id or "", field="module_id")
        assignment, created = await assignments.assign_module(session, outbox, principal.org, person, module,
                                                          due_at=body.due_at, required=body.required)
    return JSONResponse(assignment_public(assignment).model_dump(mode="json"), status_code=201 if created else 200)


@router.post("/v1/enrolments", response_model=AssignmentPublic, status_code=201, responses=NEW_OR_EXISTING,
             tags=["lms"], summary="Enrol a person (by id or e-mail) into a track",
             description="For LMS integrations (scope enrolments:write). Honours Idempotency-Key; enrolling "
             "someone who already has the track returns that assignment with 200.")
async def enrol(body: EnrolmentIn, principal: Enroller, session: SessionDep, outbox: OutboxDep,
                request: Request) -> JSONResponse:
    person = await (repo.person(session, principal.org, body.person_id) if body.person_id
                    else repo.person_by_email(session, principal.org, body.email or ""))
    track = await repo.track(session, principal.org, body.track_id, field="track_id")
    existing = await repo.assignment_by_key(session, principal.org, person.id, assignments.track_key(track.id))
    source = AssignmentSource.lms if principal.is_client else AssignmentSource.manual

    async def produce() -> AssignmentPublic:
        assignment, _ = await assignments.assign_track(session, outbox, principal.org, person, track, source=source,
                                                   due_at=body.due_at, required=body.required,
                                                   field="email" if body.email else "person_id")
        return assignment_public(assignment)

    return await idempotent(session, idempotency_keys, request, principal, body, produce,
                            status_code=200 if existing else 201)


def _rule_public(rule: AssignmentRule, assigned_now: int | None = None) -> RulePublic:
    return RulePublic.model_validate({**rule.model_dump(), "assigned_now": assigned_now})


@router.post("/v1/assignment-rules", response_model=RulePublic, status_code=201,
             summary="Create an assignment rule and apply it to everyone it matches now",
             description="The rule is applied again whenever identity reports a new or changed person.")
async def create_rule(body: RuleCreate, principal: Editor, session: SessionDep, outbox: OutboxDep,
                      response: Response) -> RulePublic:
    rule, made = await assignments.create_rule(session, outbox, principal.org, body)
    response.headers["Location"] = f"/v1/assignment-rules/{rule.id}"
    return _rule_public(rule, made)


@router.get("/v1/assignment-rules", response_model=Page[RulePublic], summary="List assignment rules")
async def list_rules(principal: Editor, session: SessionDep, pager: PagerDep) -> Page[RulePublic]:
    return await pager.presented(session, _RULES, (), {"org_id": principal.org}, _rule_public)


@router.get("/v1/assignment-rules/{rule_id}", response_model=RulePublic, summary="Get an assignment rule")
async def get_rule(rule_id: str, principal: Editor, session: SessionDep) -> RulePublic:
    return _rule_public(await repo.rule(session, principal.org, rule_id))


@router.delete("/v1/assignment-rules/{rule_id}", status_code=204, response_class=Response,
               summary="Delete a rule (assignments it made stay)")
async def delete_rule(rule_id: str, principal: Editor, session: SessionDep) -> Response:
    await assignments.delete_rule(session, await repo.rule(session, principal.org, rule_id))
    return Response(status_code=204)
