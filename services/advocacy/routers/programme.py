"""The organisation's ambassador programme settings: networks, guardrails, what a share is worth."""

from fastapi import APIRouter, Request, Response

from kit.app import OutboxDep
from kit.auth import Person
from kit.db import SessionDep
from kit.etag import check_if_match, tagged
from services.advocacy import service
from services.advocacy.deps import ProgrammeAdmin
from services.advocacy.models import Programme, directory
from services.advocacy.schemas import ProgrammePublic, ProgrammeUpdate

router = APIRouter(tags=["programme"])


async def _public(session: SessionDep, programme: Programme) -> ProgrammePublic:
    rules = await directory.rules(session, programme.org_id)
    return ProgrammePublic.model_validate({**programme.model_dump(), "currency": rules.currency,
                                           "timezone": rules.timezone})


@router.get("/v1/programme", response_model=ProgrammePublic, summary="The organisation's programme settings")
async def get_programme(principal: Person, session: SessionDep, response: Response) -> ProgrammePublic:
    programme = tagged(response, await service.programme(session, principal.org))
    return await _public(session, programme)


@router.put("/v1/programme", response_model=ProgrammePublic, summary="Replace the programme settings",
            description="Send If-Match with the ETag of GET /v1/programme (\"0\" before the first save).")
async def put_programme(body: ProgrammeUpdate, principal: ProgrammeAdmin, session: SessionDep, outbox: OutboxDep,
                        request: Request, response: Response) -> ProgrammePublic:
    check_if_match(request, (await service.programme(session, principal.org)).version)
    programme = tagged(response, await service.save_programme(session, outbox, principal.org, body))
    return await _public(session, programme)
