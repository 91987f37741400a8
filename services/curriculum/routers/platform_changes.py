"""Platform changes: recording one flags every published module covering that platform for review."""


from fastapi import APIRouter, Response
from sqlmodel import select

from kit.db import SessionDep
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.tenancy import of_org_where
from services.curriculum import platform_changes
from services.curriculum.deps import Editor
from services.curriculum.models import PlatformChange
from services.curriculum.schemas import PlatformChangeIn, PlatformChangePublic

router = APIRouter(prefix="/v1/platform-changes", tags=["platform-changes"])
_CHANGES = Listing(lambda: select(*columns_of(PlatformChange, PlatformChangePublic)).where(
    *of_org_where(PlatformChange)), PlatformChange.id)


@router.post("", response_model=PlatformChangePublic, status_code=201,
             summary="Record a platform change: every published module covering it is flagged for review")
async def record_platform_change(body: PlatformChangeIn, principal: Editor, session: SessionDep,
                                 response: Response) -> PlatformChangePublic:
    change = await platform_changes.record_platform_change(session, principal.org, body)
    response.headers["Location"] = f"/v1/platform-changes/{change.id}"
    return PlatformChangePublic.model_validate(change)


@router.get("", response_model=Page[PlatformChangePublic], summary="List platform changes")
async def list_platform_changes(principal: Editor, session: SessionDep, pager: PagerDep) -> Page[PlatformChangePublic]:
    rows, cursor = await pager.listed(session, _CHANGES, (), {"org_id": principal.org})
    return page_of(PlatformChangePublic, rows, cursor)
