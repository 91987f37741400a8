"""The learner pages an LTI launch opens: a module, its quiz, a track and its certificate (see
`services.curriculum.learner_pages`)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from kit.app import OutboxDep, PublicBase
from kit.db import SessionDep
from services.curriculum import learner_pages, lti
from services.curriculum.deps import SettingsDep
from services.curriculum.learner_pages import BrowserRoute, Learner

router = APIRouter(prefix="/lti/learn/{token}", route_class=BrowserRoute, include_in_schema=False)


async def _learner(token: str, request: Request, session: SessionDep, base: PublicBase) -> Learner:
    found = await lti.learner_session(session, token)
    if found is None:
        raise lti.LaunchRefused("this page's session has ended", 401)
    request.state.lti_origin = found.platform_origin  # an error page, too, is framed by this LMS only
    return await learner_pages.learner(session, found, request.headers.get("accept-language"),
                                       f"{base}/lti/learn/{token}")


LearnerDep = Annotated[Learner, Depends(_learner)]


@router.get("/modules/{module_id}")
async def module(module_id: str, learner: LearnerDep, session: SessionDep,
                 track: str | None = None) -> HTMLResponse:
    return await learner_pages.module_page(session, learner, module_id, track)


@router.post("/modules/{module_id}/complete")
async def complete(module_id: str, learner: LearnerDep, session: SessionDep, outbox: OutboxDep,
                   track: str | None = None) -> RedirectResponse:
    await learner_pages.complete(session, outbox, learner, module_id)
    return RedirectResponse(learner.link("tracks", track) if track else learner.link("modules", module_id),
                            status_code=303)


@router.get("/modules/{module_id}/quiz")
async def quiz(module_id: str, learner: LearnerDep, session: SessionDep, settings: SettingsDep,
               track: str | None = None) -> HTMLResponse:
    return await learner_pages.quiz_page(session, settings, learner, module_id, track)


@router.post("/modules/{module_id}/quiz")
async def answer(module_id: str, request: Request, learner: LearnerDep, session: SessionDep, outbox: OutboxDep,
                 settings: SettingsDep, track: str | None = None) -> HTMLResponse:
    return await learner_pages.answer_quiz(session, outbox, settings, learner, module_id, track,
                                           await request.form())


@router.get("/tracks/{track_id}")
async def track_page(track_id: str, learner: LearnerDep, session: SessionDep) -> HTMLResponse:
    return await learner_pages.track_page(session, learner, track_id)


@router.get("/pick")
async def pick(learner: LearnerDep, session: SessionDep) -> HTMLResponse:
    return await learner_pages.pick_page(session, learner)


@router.post("/pick")
async def place(request: Request, learner: LearnerDep, session: SessionDep, base: PublicBase) -> HTMLResponse:
    return await learner_pages.place(session, learner, await request.form(), f"{base}/lti/launch")
