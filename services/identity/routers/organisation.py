"""The caller's organisation: its name, currency, time zone, default language and privacy settings."""

from fastapi import APIRouter, Request, Response

from kit.app import OutboxDep
from kit.auth import Authenticated
from kit.db import SessionDep
from kit.etag import matched, tagged
from services.identity import repositories as repo
from services.identity import service
from services.identity.deps import Admin
from services.identity.schemas import OrganisationPublic, OrganisationUpdate

router = APIRouter(prefix="/v1/organisation", tags=["organisation"])


@router.get("", response_model=OrganisationPublic, summary="The caller's organisation")
async def get_organisation(principal: Authenticated, session: SessionDep, response: Response) -> OrganisationPublic:
    org = tagged(response, await repo.organisation(session, principal.org))
    return OrganisationPublic.model_validate(org)


@router.patch("", response_model=OrganisationPublic, summary="Change the organisation's settings")
async def update_organisation(body: OrganisationUpdate, principal: Admin, session: SessionDep, outbox: OutboxDep,
                              request: Request, response: Response) -> OrganisationPublic:
    org = matched(request, await repo.organisation(session, principal.org))
    org = tagged(response, await service.update_organisation(session, outbox, org, body))
    return OrganisationPublic.model_validate(org)
