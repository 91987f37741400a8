"""The signed links of a digest mail: share a post, leave the programme. No token; the link's signature decides.

A GET only shows a page with one button (mail scanners and link previews fetch links; they must change
nothing); the button POSTs. Leaving also takes the RFC 8058 one-click POST a mail client sends on its own.
"""

from typing import Any

import jinja2
from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from kit.app import OutboxDep, PublicBase
from kit.db import SessionDep
from kit.problems import NotFound, Problem
from services.advocacy import repositories as repo
from services.advocacy import service
from services.advocacy.deps import SettingsDep
from services.advocacy.digests import NETWORK_NAMES, PHRASES
from services.advocacy.mail_links import BadToken, MailLink, MailLinks
from services.advocacy.models import Post, directory
from services.advocacy.schemas import Network

router = APIRouter(tags=["links"])
NO_STORE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex"}
PUBLIC: dict[str, Any] = {"security": []}
HTML_ONLY: dict[int | str, dict[str, Any]] = {200: {"content": {"text/html": {"schema": {"type": "string"}}}},
                                              404: {"description": "A forged, damaged or expired link",
                                                    "content": {"text/html": {"schema": {"type": "string"}}}}}

_PAGE = jinja2.Environment(autoescape=True).from_string("""\
<!doctype html>
<html lang="{{ locale }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{{ title }}</title></head>
<body><h1>{{ title }}</h1>
{% for paragraph in paragraphs %}<p>{{ paragraph }}</p>
{% endfor %}{% if copy %}<pre>{{ copy }}</pre>
{% endif %}{% if button %}<form method="post"><button type="submit">{{ button }}</button></form>
{% endif %}</body></html>
""")


def _page(locale: str, title: str, *paragraphs: str, button: str = "", copy: str = "",
          status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(_PAGE.render(locale=locale, title=title, paragraphs=paragraphs, button=button, copy=copy),
                        status_code=status_code, headers=NO_STORE)


async def _words(session: SessionDep, link: MailLink | None) -> tuple[str, dict[str, str]]:
    """The person's language (the mail's), else English."""
    person = await directory.person(session, link.org, link.person) if link else None
    language = ((person.locale if person is not None else None) or "en").split("-")[0].lower()
    return (language, PHRASES[language]) if language in PHRASES else ("en", PHRASES["en"])


def _read(settings: SettingsDep, base: str, token: str, purpose: str) -> MailLink | None:
    try:
        return MailLinks.of(settings, base).read(token, purpose)
    except BadToken:
        return None


async def _invalid(session: SessionDep) -> HTMLResponse:
    locale, words = await _words(session, None)
    return _page(locale, words["invalid"], status_code=404)


async def _post(session: SessionDep, link: MailLink) -> Post | None:
    """The link's post while the person may still see it (withdrawn, or out of the topic's audience: none)."""
    try:
        post = await repo.post(session, link.org, link.post)
    except NotFound:
        return None
    person = await directory.person(session, link.org, link.person)
    roles = frozenset(person.roles if person is not None else [])
    return post if await service.may_see(session, post, link.person, roles) else None


@router.get("/m/share/{token}", summary="A digest's share link: the page with its Share button (public)",
            response_class=HTMLResponse, responses=HTML_ONLY, openapi_extra=PUBLIC)
async def share_page(token: str, session: SessionDep, settings: SettingsDep, base: PublicBase) -> Response:
    link = _read(settings, base, token, "share")
    post = await _post(session, link) if link is not None else None
    if link is None or post is None:
        return await _invalid(session)
    locale, words = await _words(session, link)
    network = NETWORK_NAMES.get(link.network, link.network)
    return _page(locale, post.title, button=words["share_on"].format(network=network))


@router.post("/m/share/{token}", summary="Share from a digest: a tracked share, then the network's dialog (public)",
             description="Makes the share as POST /v1/posts/{post_id}/shares does for the person the link was "
             "made for (guardrails included) and redirects (303) to the network's share dialog with the tracked "
             "short link; where the network has none, the page shows the text to copy.",
             response_class=HTMLResponse, status_code=303,
             responses={**HTML_ONLY, 303: {"description": "To the network's share dialog"},
                        422: {"description": "A guardrail refused the share; the page says why",
                              "content": {"text/html": {"schema": {"type": "string"}}}}},
             openapi_extra=PUBLIC)
async def share_from_mail(token: str, session: SessionDep, outbox: OutboxDep, settings: SettingsDep,
                          base: PublicBase) -> Response:
    link = _read(settings, base, token, "share")
    post = await _post(session, link) if link is not None else None
    if link is None or post is None:
        return await _invalid(session)
    locale, words = await _words(session, link)
    person = await directory.person(session, link.org, link.person)
    rules = await directory.rules(session, link.org)
    served = service.served_locale(post, rules, person.locale if person is not None else None, None)
    try:
        offer = await service.share_post(session, outbox, rules, post, link.person, Network(link.network), served,
                                         f"{base}/r")
    except Problem as problem:  # a person reads this page, not a program: say it in words
        return _page(locale, post.title, problem.detail or problem.title, status_code=problem.status)
    if offer.share_url:
        return RedirectResponse(offer.share_url, status_code=303, headers=NO_STORE)
    return _page(locale, post.title, words["copy"], copy=offer.text or offer.short_url)


@router.get("/m/leave/{token}", summary="A digest's leave link: the page with its Leave button (public)",
            response_class=HTMLResponse, responses=HTML_ONLY, openapi_extra=PUBLIC)
async def leave_page(token: str, session: SessionDep, settings: SettingsDep, base: PublicBase) -> Response:
    link = _read(settings, base, token, "leave")
    if link is None:
        return await _invalid(session)
    locale, words = await _words(session, link)
    return _page(locale, words["leave"], words["confirm_leave"], button=words["leave"])


@router.post("/m/leave/{token}", summary="Leave the ambassador programme from a digest (public, RFC 8058)",
             description="The target of the mail's `List-Unsubscribe` header with `List-Unsubscribe-Post: "
             "List-Unsubscribe=One-Click`: a mail client POSTs `List-Unsubscribe=One-Click` here and the person "
             "leaves the programme as POST /v1/ambassadors/me/leave does. Doing it again changes nothing.",
             response_class=HTMLResponse, responses=HTML_ONLY, openapi_extra=PUBLIC)
async def leave_from_mail(token: str, session: SessionDep, outbox: OutboxDep, settings: SettingsDep,
                          base: PublicBase) -> Response:
    link = _read(settings, base, token, "leave")
    if link is None:
        return await _invalid(session)
    ambassador = await repo.ambassador(session, link.org, link.person)
    if ambassador is not None:
        await service.opt_out(session, outbox, ambassador)
    locale, words = await _words(session, link)
    return _page(locale, words["leave"], words["left"])
