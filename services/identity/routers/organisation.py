"""The caller's organisation: its name, currency, time zone, default language and privacy settings."""

from fastapi import APIRouter, Request, Response

from kit.app import OutboxDep
from kit.auth import Authenticated
from kit.db import SessionDep
from kit.etag import check_if_match, set_etag
from services.identity import repositories as repo
from services.identity import service
from services.identity.deps import Admin
from services.identity.schemas import OrganisationPublic, OrganisationUpdate

router = APIRouter(prefix="/v1/organisation", tags=["organisation"])


@router.get("", response_model=OrganisationPublic, summary="The caller's organisation")
async def get_organisation(principal: Authenticated, session: SessionDep, response: Response) -> OrganisationPublic:
    org = await repo.organisation(session, principal.org)
    set_etag(response, org.version)
    return OrganisationPublic.model_validate(org, from_attributes=True)


@router.patch("", response_model=OrganisationPublic, summary="Change the organisation's settings")
async def update_organisation(body: OrganisationUpdate, principal: Admin, session: SessionDep, outbox: OutboxDep,
                              request: Request, response: Response) -> OrganisationPublic:
    org = await repo.organisation(session, principal.org)
    check_if_match(request, org.version)
    org = await service.update_organisation(session, outbox, org, body)
    set_etag(response, org.version)
    return OrganisationPublic.model_validate(org, from_attributes=True)
