"""LTI 1.3: the LMSs an organisation connects (admins register them), and the endpoints an LMS and a learner's
browser follow to launch netwise: the tool's keys, login initiation and the launch itself."""

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from sqlmodel import select

from kit.app import OutboxDep, PublicBase
from kit.db import SessionDep
from kit.etag import created, matched, tagged
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.tenancy import of_org_where, owned
from services.curriculum import lti
from services.curriculum.deps import PlatformAdmin, SettingsDep
from services.curriculum.learner_pages import BrowserRoute, registered_page, welcome_page
from services.curriculum.models import LtiPlatform
from services.curriculum.schemas import (
    LtiPlatformCreate,
    LtiPlatformPublic,
    LtiPlatformUpdate,
    LtiRegistrationLink,
    LtiToolConfiguration,
)

router = APIRouter(prefix="/v1/lti", tags=["lti"])
launch_router = APIRouter(prefix="/lti", route_class=BrowserRoute, include_in_schema=False)
_PLATFORMS = Listing(lambda: select(*columns_of(LtiPlatform, LtiPlatformPublic)).where(*of_org_where(LtiPlatform)),
                     LtiPlatform.id)


@router.get("/tool", response_model=LtiToolConfiguration, summary="What to enter in the LMS to add netwise as a tool")
async def tool_configuration(principal: PlatformAdmin, base: PublicBase) -> LtiToolConfiguration:
    return LtiToolConfiguration(login_url=f"{base}/lti/login", launch_url=f"{base}/lti/launch",
                                jwks_url=f"{base}/lti/jwks.json",
                                custom_parameters={lti.CUSTOM_MODULE: "<module id>", lti.CUSTOM_TRACK: "<track id>"})


@router.post("/platforms", response_model=LtiPlatformPublic, status_code=201, summary="Register an LMS")
async def register_platform(body: LtiPlatformCreate, principal: PlatformAdmin, session: SessionDep,
                            response: Response) -> LtiPlatformPublic:
    platform = created(response, await lti.register_platform(session, principal.org, body), "/v1/lti/platforms")
    return LtiPlatformPublic.model_validate(platform)


@router.get("/platforms", response_model=Page[LtiPlatformPublic], summary="The organisation's LMSs")
async def list_platforms(principal: PlatformAdmin, session: SessionDep, pager: PagerDep) -> Page[LtiPlatformPublic]:
    rows, cursor = await pager.listed(session, _PLATFORMS, (), {"org_id": principal.org})
    return page_of(LtiPlatformPublic, rows, cursor)


@router.get("/platforms/{platform_id}", response_model=LtiPlatformPublic, summary="An LMS")
async def get_platform(platform_id: str, principal: PlatformAdmin, session: SessionDep,
                       response: Response) -> LtiPlatformPublic:
    platform = tagged(response, await owned(session, LtiPlatform, principal.org, platform_id, "LMS"))
    return LtiPlatformPublic.model_validate(platform)


@router.patch("/platforms/{platform_id}", response_model=LtiPlatformPublic, summary="Change an LMS's registration")
async def change_platform(platform_id: str, body: LtiPlatformUpdate, principal: PlatformAdmin, session: SessionDep,
                          request: Request, response: Response) -> LtiPlatformPublic:
    platform = matched(request, await owned(session, LtiPlatform, principal.org, platform_id, "LMS"))
    platform = tagged(response, await lti.change_platform(session, platform, body))
    return LtiPlatformPublic.model_validate(platform)


@router.delete("/platforms/{platform_id}", status_code=204, response_class=Response,
               summary="Disconnect an LMS: its launches stop and its open learner sessions end")
async def remove_platform(platform_id: str, principal: PlatformAdmin, session: SessionDep,
                          request: Request) -> Response:
    platform = matched(request, await owned(session, LtiPlatform, principal.org, platform_id, "LMS"))
    await lti.remove_platform(session, platform)
    return Response(status_code=204)


@router.post("/registration-links", response_model=LtiRegistrationLink, status_code=201,
             summary="A URL to paste into an LMS for LTI dynamic registration (good for a day)")
async def create_registration_link(principal: PlatformAdmin, session: SessionDep,
                                   base: PublicBase) -> LtiRegistrationLink:
    url, expires_at = await lti.registration_link(session, principal.org, base)
    return LtiRegistrationLink(url=url, expires_at=expires_at)


@launch_router.get("/register/{link}")
async def register_dynamically(link: str, request: Request, session: SessionDep, base: PublicBase,
                               openid_configuration: str = "", registration_token: str | None = None) -> HTMLResponse:
    """LTI Dynamic Registration: the LMS opens this with its configuration URL and a one-time token."""
    platform = await lti.register_dynamically(session, link, openid_configuration, registration_token, base)
    return registered_page(request, platform.name)


@launch_router.get("/canvas.json")
async def canvas_configuration(base: PublicBase) -> JSONResponse:
    """What a Canvas admin pastes (or points to by URL) in a new LTI developer key."""
    return JSONResponse(lti.canvas_configuration(base))


@launch_router.get("/jwks.json")
async def tool_jwks(session: SessionDep) -> JSONResponse:
    return JSONResponse(await lti.tool_jwks(session), headers={"Cache-Control": "public, max-age=300"})


@launch_router.api_route("/login", methods=["GET", "POST"])
async def login(request: Request, session: SessionDep, base: PublicBase) -> RedirectResponse:
    """OIDC third-party-initiated login: the LMS names itself and the user; the browser goes on to the LMS's
    authorization endpoint with our state and nonce (LTI 1.3 §5.1.1; parameters by GET or POST)."""
    params = dict(request.query_params)
    if request.method == "POST":
        params.update({key: value for key, value in (await request.form()).items() if isinstance(value, str)})
    return RedirectResponse(await lti.begin_login(session, params, f"{base}/lti/launch"), status_code=302,
                            headers={"Cache-Control": "no-store"})


@launch_router.post("/launch")
async def launch(request: Request, session: SessionDep, outbox: OutboxDep, settings: SettingsDep, base: PublicBase,
                 id_token: Annotated[str, Form(max_length=20_000)] = "",
                 state: Annotated[str, Form(max_length=200)] = "") -> Response:
    """The LMS posts the signed launch; a good one opens the learner's page for the linked module or track."""
    opened = await lti.complete_launch(session, outbox, id_token, state, request.headers.get("origin"),
                                       settings.lti_session_minutes)
    if opened.session_token is None:
        return welcome_page(request, opened.platform.name)
    target = f"modules/{opened.module_id}" if opened.module_id else f"tracks/{opened.track_id}" \
        if opened.track_id else "pick"  # a deep linking request: the editor picks what to place
    return RedirectResponse(f"{base}/lti/learn/{opened.session_token}/{target}", status_code=303,
                            headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})
