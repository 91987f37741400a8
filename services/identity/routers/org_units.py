"""Org units: the organisation's tree of departments and teams."""


from fastapi import APIRouter, Request, Response
from sqlmodel import select

from kit.app import OutboxDep
from kit.auth import Authenticated
from kit.db import SessionDep
from kit.etag import created, matched, tagged
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.tenancy import of_org_where
from services.identity import repositories as repo
from services.identity import service
from services.identity.deps import PeopleWriter
from services.identity.models import OrgUnit
from services.identity.schemas import OrgUnitCreate, OrgUnitPublic, OrgUnitUpdate

router = APIRouter(prefix="/v1/org-units", tags=["org-units"])


_UNITS = Listing(lambda: select(*columns_of(OrgUnit, OrgUnitPublic)).where(*of_org_where(OrgUnit)), OrgUnit.id)


@router.get("", response_model=Page[OrgUnitPublic], summary="List org units (a tree through parent_id)")
async def list_org_units(principal: Authenticated, session: SessionDep, pager: PagerDep) -> Page[OrgUnitPublic]:
    rows, cursor = await pager.listed(session, _UNITS, (), {"org_id": principal.org})
    return page_of(OrgUnitPublic, rows, cursor)


@router.post("", response_model=OrgUnitPublic, status_code=201, summary="Create an org unit")
async def create_org_unit(body: OrgUnitCreate, principal: PeopleWriter, session: SessionDep, outbox: OutboxDep,
                          response: Response) -> OrgUnitPublic:
    unit = created(response, await service.create_org_unit(session, outbox, principal.org, body), "/v1/org-units")
    return OrgUnitPublic.model_validate(unit)


@router.get("/{unit_id}", response_model=OrgUnitPublic, summary="Get an org unit")
async def get_org_unit(unit_id: str, principal: Authenticated, session: SessionDep,
                       response: Response) -> OrgUnitPublic:
    unit = tagged(response, await repo.org_unit(session, principal.org, unit_id))
    return OrgUnitPublic.model_validate(unit)


@router.patch("/{unit_id}", response_model=OrgUnitPublic, summary="Rename or move an org unit")
async def update_org_unit(unit_id: str, body: OrgUnitUpdate, principal: PeopleWriter, session: SessionDep,
                          outbox: OutboxDep, request: Request, response: Response) -> OrgUnitPublic:
    unit = matched(request, await repo.org_unit(session, principal.org, unit_id))
    unit = tagged(response, await service.update_org_unit(session, outbox, unit, body))
    return OrgUnitPublic.model_validate(unit)


@router.delete("/{unit_id}", status_code=204, response_class=Response, summary="Delete an empty org unit")
async def delete_org_unit(unit_id: str, principal: PeopleWriter, session: SessionDep, outbox: OutboxDep,
                          request: Request) -> Response:
    unit = matched(request, await repo.org_unit(session, principal.org, unit_id))
    await service.delete_org_unit(session, outbox, unit)
    return Response(status_code=204)
