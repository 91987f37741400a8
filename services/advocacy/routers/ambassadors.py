"""The ambassador programme's members: who may join, joining with explicit consent, leaving at any time."""

from fastapi import APIRouter, Request, Response

from kit.app import OutboxDep
from kit.auth import Person
from kit.db import SessionDep
from kit.etag import matched, set_etag
from kit.problems import NotFound
from services.advocacy import repositories as repo
from services.advocacy import service
from services.advocacy.models import Ambassador
from services.advocacy.schemas import WEEKDAYS, AmbassadorPublic, AmbassadorUpdate, Eligibility, OptIn

router = APIRouter(tags=["ambassadors"])


def _public(ambassador: Ambassador, response: Response) -> AmbassadorPublic:
    set_etag(response, ambassador.version)
    return AmbassadorPublic.model_validate({**ambassador.model_dump(),
                                            "digest_day": WEEKDAYS[ambassador.digest_day]})


async def _mine(session: SessionDep, principal: Person) -> Ambassador:
    ambassador = await repo.ambassador(session, principal.org, principal.subject)
    if ambassador is None:
        raise NotFound("you have not joined the ambassador programme")
    return ambassador


@router.get("/v1/ambassadors/me/eligibility", response_model=Eligibility,
            summary="Whether I may join: required certification and policy acknowledgement")
async def get_eligibility(principal: Person, session: SessionDep) -> Eligibility:
    return await service.eligibility(session, principal.org, principal.subject)


@router.get("/v1/ambassadors/me", response_model=AmbassadorPublic, summary="My ambassador membership")
async def get_me(principal: Person, session: SessionDep, response: Response) -> AmbassadorPublic:
    return _public(await _mine(session, principal), response)


@router.post("/v1/ambassadors/me", response_model=AmbassadorPublic, status_code=201,
             summary="Join the programme (explicit consent; recorded with time and policy version)",
             responses={200: {"model": AmbassadorPublic, "description": "Joined again after leaving"}})
async def opt_in(body: OptIn, principal: Person, session: SessionDep, outbox: OutboxDep,
                 response: Response) -> AmbassadorPublic:
    ambassador, created = await service.opt_in(session, outbox, principal.org, principal.subject, body)
    response.status_code = 201 if created else 200
    response.headers["Location"] = "/v1/ambassadors/me"
    return _public(ambassador, response)


@router.patch("/v1/ambassadors/me", response_model=AmbassadorPublic,
              summary="Change my networks, topics and digest preferences")
async def update_me(body: AmbassadorUpdate, principal: Person, session: SessionDep, request: Request,
                    response: Response) -> AmbassadorPublic:
    ambassador = matched(request, await _mine(session, principal))
    return _public(await service.update_preferences(session, ambassador, body), response)


@router.post("/v1/ambassadors/me/leave", response_model=AmbassadorPublic,
             summary="Leave the programme: no more digests; past shares stay only in aggregates")
async def leave(principal: Person, session: SessionDep, outbox: OutboxDep,
                response: Response) -> AmbassadorPublic:
    return _public(await service.opt_out(session, outbox, await _mine(session, principal)), response)
