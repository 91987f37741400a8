"""The organisation's analytics settings: investment/operations mapping and target; earned media values are shown
as advocacy's programme sets them."""

from fastapi import APIRouter, Request, Response

from kit.auth import Authenticated
from kit.db import SessionDep
from kit.etag import matched, tagged
from services.analytics import org_settings
from services.analytics import repositories as repo
from services.analytics.deps import Steward
from services.analytics.models import OrgSettings, directory
from services.analytics.schemas import SettingsPublic, SettingsUpdate

router = APIRouter(prefix="/v1/settings", tags=["settings"])


async def _public(session: SessionDep, settings: OrgSettings) -> SettingsPublic:
    rules = await directory.rules(session, settings.org_id)
    return SettingsPublic(investment_target_percent=settings.investment_target_percent,
                          activity_categories=repo.categories(settings),
                          earned_media_cpm_minor=settings.earned_media_cpm_minor,
                          earned_media_cpc_minor=settings.earned_media_cpc_minor, currency=rules.currency,
                          version=settings.version)


@router.get("", response_model=SettingsPublic, summary="The organisation's analytics settings")
async def get_settings(principal: Authenticated, session: SessionDep, response: Response) -> SettingsPublic:
    settings = tagged(response, await repo.settings_of(session, principal.org))
    return await _public(session, settings)


@router.patch("", response_model=SettingsPublic, summary="Change the mapping or the target",
              description="Earned media values are set in advocacy's programme (PUT /advocacy/v1/programme).")
async def update_settings(body: SettingsUpdate, principal: Steward, session: SessionDep, request: Request,
                          response: Response) -> SettingsPublic:
    settings = matched(request, await repo.settings_of(session, principal.org))
    settings = tagged(response, await org_settings.update_settings(session, settings, body))
    return await _public(session, settings)
