"""Platform changes: recording one flags every published module covering that platform for review."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlmodel import select

from kit.db import SessionDep
from kit.pagination import Page, PageParams, paginate
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
    return PlatformChangePublic.model_validate(change, from_attributes=True)


@router.get("", response_model=Page[PlatformChangePublic], summary="List platform changes")
async def list_platform_changes(principal: Editor, session: SessionDep, page: Annotated[PageParams, Depends()],
                                request: Request, response: Response) -> Page[PlatformChangePublic]:
    query = select(PlatformChange).where(PlatformChange.org_id == principal.org)
    rows, cursor = await paginate(session, query, PlatformChange.id, page, request, response)
    return Page(items=[PlatformChangePublic.model_validate(c, from_attributes=True) for c in rows],
                next_cursor=cursor)
