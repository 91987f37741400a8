"""curriculum's dependency aliases: who may do what, declared once, and who is reading in which locale."""

from typing import Annotated

from fastapi import Depends, Request, Response

from contracts.vocabulary import ALL_ROLES
from kit.app import app_settings
from kit.auth import Principal, principal_of, require
from kit.db import SessionDep
from kit.locale import ReaderLocale
from services.curriculum.models import directory
from services.curriculum.settings import CurriculumSettings

Editor = Annotated[Principal, require(roles={"editor"})]
CatalogReader = Annotated[Principal, require(roles=ALL_ROLES, scopes={"catalog:read"})]
Enroller = Annotated[Principal, require(roles={"editor", "admin"}, scopes={"enrolments:write"})]
CompletionWriter = Annotated[Principal, require(scopes={"completions:write"})]
AggregateReader = Annotated[Principal, require(roles={"manager", "analyst", "admin"})]




SettingsDep = Annotated[CurriculumSettings, Depends(app_settings)]


async def reader_of(session: SessionDep, request: Request, response: Response) -> ReaderLocale:
    """A dependency, also called as is by a shortcut. Every route that reads in a locale declares who may call
    it: the principal is taken, not solved again."""
    principal = await principal_of(request)
    return await directory.reader(session, principal, request.headers.get("accept-language"), response,
                                  request.app.state.reader_locales)


ReaderLocaleDep = Annotated[ReaderLocale, Depends(reader_of)]


async def aggregate_scope(session: SessionDep, principal: AggregateReader) -> set[str] | None:
    """Units whose aggregates the caller may see: a manager their own units, analysts and admins everything."""
    if principal.roles & {"analyst", "admin"}:
        return None
    return await directory.managed_units(session, principal.org, principal.subject)


AggregateScope = Annotated[set[str] | None, Depends(aggregate_scope)]

PlatformAdmin = Annotated[Principal, require(roles={"admin"})]
