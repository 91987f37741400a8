"""The learner pages an LTI or cmi5 launch opens inside the LMS: a module, its quiz graded on the server, a track
with the next step, and the certificate it earns.

They are server-rendered, need no script, and are made for an iframe: no cookie (the launch's session is in the
URL), no asset from elsewhere (the style sheet is inline, allowed by a nonce), `frame-ancestors` naming the LMS
that launched them, and no Referer that could carry the session onwards. Their words come in each of the
organisation's languages (`templates/learn-words.json`); the content in the reader's language, with fallback.
"""

import json
import secrets
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markdown_it import MarkdownIt
from markupsafe import Markup
from pydantic import ValidationError
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.datastructures import FormData
from starlette.responses import HTMLResponse, Response

from kit.events import Outbox
from kit.ids import utcnow
from kit.locale import ReaderLocale, choose_locale
from kit.problems import NotFound, Problem, Unprocessable
from services.curriculum import cmi5, lti, progress, quizzes
from services.curriculum import repositories as repo
from services.curriculum.certifications import certification_status
from services.curriculum.lti import LaunchRefused
from services.curriculum.models import Cmi5Session, LtiSession, Module, directory
from services.curriculum.presenters import module_public, quiz_for_learners, track_public
from services.curriculum.schemas import Answer, AttemptIn, ModulePublic
from services.curriculum.settings import CurriculumSettings

TEMPLATES = Path(__file__).parent / "templates"
WORDS: dict[str, dict[str, str]] = json.loads((TEMPLATES / "learn-words.json").read_text(encoding="utf-8"))
_PAGES = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "jinja"]),
                     undefined=StrictUndefined)
_MARKDOWN = MarkdownIt("commonmark", {"html": False})  # an editor's HTML is shown as text, never run


PAGE_LOCALES = ["en", "sv-SE", "nb-NO", "da-DK", "nl-NL"]  # the languages of the pages' own words


def words(locale: str) -> dict[str, str]:
    return WORDS.get(locale.split("-")[0].lower(), WORDS["en"])


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def page(template: str, *, locale: str, frame_origin: str, status_code: int = 200, posts_to: str | None = None,
         script: bool = False, **context: Any) -> HTMLResponse:
    """A learner page, with the headers that let exactly the launching LMS frame it. Its forms post here only,
    or to `posts_to` (the LMS's deep linking return URL); a script runs only where a page says so (the one that
    posts that form, the one that tells an LMS a registration is done)."""
    nonce = secrets.token_urlsafe(16)
    html = _PAGES.get_template(f"learn/{template}.html.jinja").render(
        locale=locale, words=words(locale), nonce=nonce, **context)
    forms = f"'self' {_origin(posts_to)}" if posts_to else "'self'"
    scripts = f" script-src 'nonce-{nonce}';" if posts_to or script else ""
    return HTMLResponse(html, status_code=status_code, headers={
        "Content-Security-Policy": f"default-src 'none'; style-src 'nonce-{nonce}';{scripts} img-src 'self' data:; "
                                   f"form-action {forms}; base-uri 'none'; frame-ancestors {frame_origin}",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Language": locale,
    })


def _browser_locale(request: Request) -> str:
    """The language of a page shown before any session says whose it is: the browser's, else English."""
    return choose_locale(PAGE_LOCALES, preferred=None, accept_language=request.headers.get("accept-language"),
                         default="en")


def _any_frame(request: Request) -> str:
    """Who may frame a page that holds nothing to click (a refusal, a notice): the launching LMS when known, else
    the page that posted here, else any, so the person reads it where they are."""
    return getattr(request.state, "lti_origin", None) or lti.web_origin(request.headers.get("origin")) or "*"


def error_page(request: Request, reason: str, status_code: int) -> HTMLResponse:
    """A refusal the person can read where they are, in their language."""
    locale = _browser_locale(request)
    return page("error", locale=locale, frame_origin=_any_frame(request), status_code=status_code,
                title=words(locale)["problem"], reason=reason)


class BrowserRoute(APIRoute):
    """A route a person's browser follows (login, launch, learner pages): a refusal or a problem is a page in
    their language, not JSON. The transaction still rolls back, as for any error."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except LaunchRefused as refused:
                return error_page(request, refused.reason, refused.status)
            except Problem as problem:
                return error_page(request, problem.detail or problem.title, problem.status)

        return handle


@dataclass
class Learner:
    """Who a learner page is for: the launch's session (LTI's or cmi5's), the person's language, and where the pages
    live."""

    session: LtiSession | Cmi5Session
    reader: ReaderLocale
    base: str  # <public base>/lti/learn/<token> or <public base>/cmi5/learn/<token>

    @property
    def source(self) -> str:
        """How the learner came, as their completions record it."""
        return "cmi5" if isinstance(self.session, Cmi5Session) else "lti"

    def exit_link(self) -> str | None:
        """A cmi5 AU ends when the learner leaves it (`terminated`); an LTI page simply closes."""
        return f"{self.base}/exit" if isinstance(self.session, Cmi5Session) else None

    def link(self, kind: str, item_id: str, action: str = "", track_id: str | None = None) -> str:
        return f"{self.base}/{kind}/{item_id}{action}" + (f"?track={track_id}" if track_id else "")

    def page(self, template: str, *, locale: str, **context: Any) -> HTMLResponse:
        """A page in `locale` (the content's), framed only by the LMS that launched this session."""
        return page(template, locale=locale, frame_origin=self.session.platform_origin, **context)

    def placing(self) -> bool:
        return self.session.deep_link_return_url is not None


async def learner(session: AsyncSession, lti_session: LtiSession | Cmi5Session, accept_language: str | None,
                  base: str) -> Learner:
    person = await directory.person(session, lti_session.org_id, lti_session.person_id)
    if person is None or person.status != "active":  # deactivated since the launch: the session ends with it
        raise LaunchRefused("your netwise account is not active; ask your netwise admin", 403)
    rules = await directory.rules(session, lti_session.org_id)
    return Learner(lti_session, ReaderLocale(person.locale, accept_language, rules.default_locale), base)


async def _published(session: AsyncSession, learner: Learner, module: Module, *, has_quiz: bool = False
                     ) -> ModulePublic | None:
    """The module as learners read it (its published snapshot), in the reader's language; None if unpublished."""
    snapshot = await repo.published_snapshot(session, module)
    if snapshot is None or module.status != "published":
        return None
    return module_public(module, learner.reader, snapshot=snapshot, has_quiz=has_quiz)


async def _done(session: AsyncSession, learner: Learner) -> set[str]:
    """The modules the learner has completed."""
    who = learner.session
    return {p.module_id for p in await repo.progress_of(session, who.org_id, who.person_id) if p.completed_at}


async def _completed(session: AsyncSession, learner: Learner, module_id: str) -> bool:
    found = await repo.module_progress(session, learner.session.org_id, learner.session.person_id, module_id)
    return found is not None and found.completed_at is not None


async def module_page(session: AsyncSession, learner: Learner, module_id: str, track_id: str | None) -> HTMLResponse:
    module = await repo.module(session, learner.session.org_id, module_id)
    shown = await _published(session, learner, module, has_quiz=await repo.quiz(session, module) is not None)
    if shown is None:
        raise NotFound(f"module {module_id} is not published")
    return learner.page(
        "module", locale=shown.locale, title=shown.title, module=shown,
        body=Markup(_MARKDOWN.render(shown.body)), completed=await _completed(session, learner, module.id),
        links={"quiz": learner.link("modules", module.id, "/quiz", track_id),
               "complete": learner.link("modules", module.id, "/complete", track_id),
               "track": learner.link("tracks", track_id) if track_id else None, "exit": learner.exit_link()})


async def quiz_page(session: AsyncSession, settings: CurriculumSettings, learner: Learner, module_id: str,
                    track_id: str | None) -> HTMLResponse:
    module = await repo.module(session, learner.session.org_id, module_id)
    quiz = await repo.quiz(session, module)
    published = await _published(session, learner, module, has_quiz=True)
    if quiz is None or published is None:
        raise NotFound(f"module {module_id} has no quiz to take")
    used = await quizzes.attempts_today(session, module.org_id, learner.session.person_id, module.id, utcnow())
    shown = quiz_for_learners(module, quiz, learner.reader, settings.quiz_attempts_per_day, used)
    return learner.page("quiz", locale=shown.locale, title=published.title, quiz=shown, links={
        "answer": learner.link("modules", module.id, "/quiz", track_id),
        "module": learner.link("modules", module.id, "", track_id)})


def answers(form: FormData) -> AttemptIn:
    """The quiz form as an attempt: each question's checked options (a radio gives one, checkboxes several)."""
    chosen: dict[str, list[str]] = {}
    for question_id, option_id in form.multi_items():
        if isinstance(option_id, str):
            chosen.setdefault(question_id, []).append(option_id)
    try:
        return AttemptIn(answers=[Answer(question_id=q, option_ids=o) for q, o in chosen.items()])
    except ValidationError:
        raise Unprocessable("answers: these are not answers to this quiz; open the quiz again") from None


async def answer_quiz(session: AsyncSession, outbox: Outbox, settings: CurriculumSettings, learner: Learner,
                      module_id: str, track_id: str | None, form: FormData) -> HTMLResponse:
    """Grades on the server; a pass completes the module (and, through it, a track and its certificate)."""
    who = learner.session
    module = await repo.module(session, who.org_id, module_id)
    quiz = await repo.quiz(session, module)
    if quiz is None:
        raise NotFound(f"module {module_id} has no quiz to take")
    attempt, left = await quizzes.attempt_quiz(session, settings, who.org_id, who.person_id, module, quiz,
                                               answers(form))
    if attempt.passed and not await _completed(session, learner, module.id):
        await progress.complete_module(session, outbox, who.org_id, who.person_id, module, source=learner.source)
    await _grade(session, learner, module_id=module.id, quiz_score=attempt.score, passed=attempt.passed)
    shown = await _published(session, learner, module, has_quiz=True)
    assert shown is not None  # the attempt above needs the module published
    return learner.page("result", locale=shown.locale, title=shown.title, attempt={
        "passed": attempt.passed, "score": attempt.score, "pass_mark": quiz.pass_mark,
        "attempts_left_today": left}, links={
        "quiz": learner.link("modules", module.id, "/quiz", track_id),
        "module": learner.link("modules", module.id, "", track_id),
        "next": learner.link("tracks", track_id) if track_id and attempt.passed else None,
        "exit": learner.exit_link()})


async def complete(session: AsyncSession, outbox: Outbox, learner: Learner, module_id: str) -> None:
    """A module without a quiz is complete when the learner says so."""
    who = learner.session
    module = await repo.module(session, who.org_id, module_id)
    if not await _completed(session, learner, module.id):
        await progress.complete_module(session, outbox, who.org_id, who.person_id, module, source=learner.source)
        await _grade(session, learner, module_id=module.id, quiz_score=None, passed=True)


async def _grade(session: AsyncSession, learner: Learner, *, module_id: str, quiz_score: int | None,
                 passed: bool) -> None:
    """What the launched link's gradebook column shows: a module's quiz score (100 once done without a quiz),
    or a track's share of modules done; on each retry, the newest. A cmi5 launch tells the LMS's LRS instead."""
    who = learner.session
    if isinstance(who, Cmi5Session):
        await cmi5.record_result(session, who, score=quiz_score, passed=passed)
    elif who.module_id == module_id:
        await lti.record_score(session, who, quiz_score if quiz_score is not None else 100, completed=passed)
    elif who.track_id is not None:
        track = await repo.track(session, who.org_id, who.track_id)
        if module_id in track.module_ids:
            done = await _done(session, learner)
            share = round(100 * len(done & set(track.module_ids)) / len(track.module_ids))
            await lti.record_score(session, who, share, completed=share == 100)


async def track_page(session: AsyncSession, learner: Learner, track_id: str) -> HTMLResponse:
    who = learner.session
    track = await repo.track(session, who.org_id, track_id)
    if track.status != "published":
        raise NotFound(f"track {track_id} is not published")
    shown = track_public(track, learner.reader)
    done = await _done(session, learner)
    steps = []
    for module_id in track.module_ids:
        module = await repo.module(session, who.org_id, module_id)
        snapshot = await repo.published_snapshot(session, module)
        title = module_public(module, learner.reader, snapshot=snapshot, has_quiz=False).title
        steps.append({"title": title, "done": module_id in done,
                      "link": learner.link("modules", module_id, "", track.id)})
    now = utcnow()
    certifications = [{"key": c.certification_key, "expires_on": c.expires_at.date().isoformat()}
                      for c in await repo.certifications_of(session, who.org_id, who.person_id)
                      if c.track_id == track.id and certification_status(c, now) == "active"]
    return learner.page("track", locale=shown.locale, title=shown.title, track=shown, steps=steps,
                        done=sum(1 for step in steps if step["done"]),
                        next=next((step for step in steps if not step["done"]), None), certifications=certifications)


# -- the content picker (Deep Linking) ----------------------------------------------------------------------------

async def _catalogue(session: AsyncSession, learner: Learner) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    org = learner.session.org_id
    modules = []
    for module in await repo.modules(session, org):
        shown = await _published(session, learner, module)
        if shown is not None:
            modules.append({"value": f"module:{module.id}", "title": shown.title})
    tracks = [{"value": f"track:{track.id}", "title": track_public(track, learner.reader).title}
              for track in await repo.published_tracks(session, org)]
    return modules, tracks


async def pick_page(session: AsyncSession, learner: Learner, problem: str | None = None) -> HTMLResponse:
    if not learner.placing():
        raise NotFound("this launch does not place content")
    modules, tracks = await _catalogue(session, learner)
    locale = learner.reader.pick(PAGE_LOCALES)
    return learner.page("pick", locale=locale, title=words(locale)["pick"], modules=modules, tracks=tracks,
                        multiple=learner.session.deep_link_multiple, problem=problem,
                        links={"place": f"{learner.base}/pick"}, status_code=422 if problem else 200)


async def place(session: AsyncSession, learner: Learner, form: FormData, launch_url: str) -> HTMLResponse:
    """The chosen modules and tracks, signed for the LMS, posted back to it by the learner's browser."""
    if not learner.placing():
        raise NotFound("this launch does not place content")
    modules, tracks = await _catalogue(session, learner)
    titles = {item["value"]: item["title"] for item in [*modules, *tracks]}
    chosen = [value for value in form.getlist("item") if isinstance(value, str) and value in titles]
    if not chosen or (len(chosen) > 1 and not learner.session.deep_link_multiple):
        return await pick_page(session, learner, words(learner.reader.pick(PAGE_LOCALES))["nothing_chosen"])
    placements = [lti.Placement(kind=value.split(":", 1)[0], item_id=value.split(":", 1)[1], title=titles[value])
                  for value in chosen]
    assert isinstance(learner.session, LtiSession)  # placing() is LTI deep linking
    signed = await lti.deep_link_response(session, learner.session, placements, launch_url)
    locale = learner.reader.pick(PAGE_LOCALES)
    return_url = learner.session.deep_link_return_url
    assert return_url is not None
    return page("placed", locale=locale, frame_origin=learner.session.platform_origin, posts_to=return_url,
                title=words(locale)["placing"], return_url=return_url, jwt=signed)


def registered_page(request: Request, platform_name: str) -> HTMLResponse:
    """The end of a dynamic registration, in the LMS's dialog: it says so, and asks the LMS to close the dialog."""
    locale = _browser_locale(request)
    return page("registered", locale=locale, frame_origin="*", script=True,
                title=words(locale)["registered"].format(lms=platform_name))


def welcome_page(request: Request, platform_name: str) -> HTMLResponse:
    """A learner netwise did not know yet: their account is being made; the LMS's link works again shortly."""
    locale = _browser_locale(request)
    return page("error", locale=locale, frame_origin=_any_frame(request), status_code=202,
                title=words(locale)["welcome"], reason=words(locale)["welcome"].format(lms=platform_name))
