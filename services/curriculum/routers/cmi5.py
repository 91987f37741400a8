"""cmi5: the course packages admins download for their LMS, the AU launch the LMS opens, and the learner pages of
a cmi5 session (see `services.curriculum.cmi5`)."""

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from kit.app import OutboxDep, PublicBase
from kit.db import Database, SessionDep
from kit.problems import NotFound
from services.curriculum import cmi5, learner_pages
from services.curriculum.deps import PlatformAdmin, SettingsDep
from services.curriculum.learner_pages import PAGE_LOCALES, BrowserRoute, Learner, page, words
from services.curriculum.lti import LaunchRefused
from services.curriculum.models import Cmi5Session

router = APIRouter(prefix="/v1", tags=["cmi5"])
au_router = APIRouter(prefix="/cmi5", route_class=BrowserRoute, include_in_schema=False)
LmsOrigins = Annotated[list[str], Query(max_length=10, description=(
    "The web origin of the LMS the package is for (e.g. https://lms.example.com), and of its LRS when that is "
    "elsewhere: only launches whose fetch URL and LRS endpoint are there are accepted"))]
ZIP = {200: {"content": {"application/zip": {}}, "description": "The cmi5 course package: a zip with cmi5.xml"}}


def _package(body: bytes, name: str) -> Response:
    return Response(body, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/modules/{module_id}/cmi5", response_class=Response, responses=ZIP,  # type: ignore[arg-type]
            summary="The module as a cmi5 course package, to import into an LMS")
async def module_package(module_id: str, principal: PlatformAdmin, session: SessionDep, base: PublicBase,
                         lms: LmsOrigins = []) -> Response:  # noqa: B006 (FastAPI's default, never mutated)
    return _package(await cmi5.module_package(session, principal.org, module_id, base, lms),
                    f"netwise-module-{module_id}-cmi5.zip")


@router.get("/tracks/{track_id}/cmi5", response_class=Response, responses=ZIP,  # type: ignore[arg-type]
            summary="The track as a cmi5 course package (one AU per module), to import into an LMS")
async def track_package(track_id: str, principal: PlatformAdmin, session: SessionDep, base: PublicBase,
                        lms: LmsOrigins = []) -> Response:  # noqa: B006 (FastAPI's default, never mutated)
    return _package(await cmi5.track_package(session, principal.org, track_id, base, lms),
                    f"netwise-track-{track_id}-cmi5.zip")


@au_router.get("/au/{module_id}")
async def launch(module_id: str, request: Request, session: SessionDep, settings: SettingsDep,
                 base: PublicBase) -> RedirectResponse:
    """The LMS opens the AU with cmi5's launch parameters; a good launch opens the module's learner page."""
    async with cmi5.http_client() as http:
        token = await cmi5.launch(session, http, module_id, dict(request.query_params),
                                 settings.lti_session_minutes, base)
    return RedirectResponse(f"{base}/cmi5/learn/{token}/modules/{module_id}", status_code=303,
                            headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})


async def _learner(token: str, request: Request, session: SessionDep, base: PublicBase) -> Learner:
    found = await cmi5.learner_session(session, token)
    if found is None:
        raise LaunchRefused("this page's session has ended: open the course again from the LMS", 401)
    request.state.lti_origin = found.platform_origin  # an error page, too, is framed by this LMS only
    return await learner_pages.learner(session, found, request.headers.get("accept-language"),
                                       f"{base}/cmi5/learn/{token}")


LearnerDep = Annotated[Learner, Depends(_learner)]


def _launched(learner: Learner, module_id: str) -> str:
    """A cmi5 session opens the one module its AU is."""
    if module_id != learner.session.module_id:
        raise NotFound(f"module {module_id} is not this course's")
    return module_id


def _send_after_commit(background: BackgroundTasks, request: Request, learner: Learner) -> None:
    """The session's statements go to the LMS's LRS once this request's transaction has committed."""
    db: Database = request.app.state.db
    background.add_task(cmi5.deliver, db, learner.session.token_hash)


@au_router.get("/learn/{token}/modules/{module_id}")
async def module(module_id: str, learner: LearnerDep, session: SessionDep, request: Request,
                 background: BackgroundTasks) -> HTMLResponse:
    _send_after_commit(background, request, learner)  # anything an earlier action left unsent
    return await learner_pages.module_page(session, learner, _launched(learner, module_id), None)


@au_router.post("/learn/{token}/modules/{module_id}/complete")
async def complete(module_id: str, learner: LearnerDep, session: SessionDep, outbox: OutboxDep, request: Request,
                   background: BackgroundTasks) -> RedirectResponse:
    await learner_pages.complete(session, outbox, learner, _launched(learner, module_id))
    _send_after_commit(background, request, learner)
    return RedirectResponse(learner.link("modules", module_id), status_code=303)


@au_router.get("/learn/{token}/modules/{module_id}/quiz")
async def quiz(module_id: str, learner: LearnerDep, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    return await learner_pages.quiz_page(session, settings, learner, _launched(learner, module_id), None)


@au_router.post("/learn/{token}/modules/{module_id}/quiz")
async def answer(module_id: str, request: Request, learner: LearnerDep, session: SessionDep, outbox: OutboxDep,
                 settings: SettingsDep, background: BackgroundTasks) -> HTMLResponse:
    shown = await learner_pages.answer_quiz(session, outbox, settings, learner, _launched(learner, module_id), None,
                                            await request.form())
    _send_after_commit(background, request, learner)
    return shown


@au_router.post("/learn/{token}/exit")
async def leave(learner: LearnerDep, session: SessionDep, request: Request, background: BackgroundTasks) -> Response:
    """The learner leaves the AU: `terminated`, then back to the LMS (its returnURL), else a page saying so."""
    assert isinstance(learner.session, Cmi5Session)
    await cmi5.terminate(session, learner.session)
    _send_after_commit(background, request, learner)
    if learner.session.return_url:
        return RedirectResponse(learner.session.return_url, status_code=303,
                                headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})
    locale = learner.reader.pick(PAGE_LOCALES)
    return page("left", locale=locale, frame_origin=learner.session.platform_origin, title=words(locale)["exit"])
