"""Platform changes: recording one flags every published module covering that platform for review."""


from fastapi import APIRouter, Response

from kit.db import SessionDep
from kit.pagination import Page, PagerDep
from kit.tenancy import of_org
from services.curriculum import platform_changes
from services.curriculum.deps import Editor
from services.curriculum.models import PlatformChange
from services.curriculum.schemas import PlatformChangeIn, PlatformChangePublic

router = APIRouter(prefix="/v1/platform-changes", tags=["platform-changes"])


@router.post("", response_model=PlatformChangePublic, status_code=201,
             summary="Record a platform change: every published module covering it is flagged for review")
async def record_platform_change(body: PlatformChangeIn, principal: Editor, session: SessionDep,
                                 response: Response) -> PlatformChangePublic:
    change = await platform_changes.record_platform_change(session, principal.org, body)
    response.headers["Location"] = f"/v1/platform-changes/{change.id}"
    return PlatformChangePublic.model_validate(change)


@router.get("", response_model=Page[PlatformChangePublic], summary="List platform changes")
async def list_platform_changes(principal: Editor, session: SessionDep, pager: PagerDep) -> Page[PlatformChangePublic]:
    query = of_org(PlatformChange, principal.org)
    return await pager.page(session, query, PlatformChange.id,
                            PlatformChangePublic.model_validate)
