"""`GET /r/{code}`: the public short link. No token; the gateway forwards `/advocacy/r/{code}` here unchecked."""

from datetime import timedelta
from html import escape

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from kit.ids import utcnow
from kit.routing import plain
from services.advocacy import clicks
from services.advocacy.clicks import CLICK_TIMING
from services.advocacy.networks import CODE_PATTERN, is_bot
from services.advocacy.settings import AdvocacySettings

router = APIRouter(tags=["links"])

NOT_FOUND_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link not found</title></head>
<body><h1>Link not found</h1><p>The link {code} does not exist or is no longer valid.</p></body></html>"""
NO_STORE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


def client_ip(request: Request) -> str:
    """The address the gateway saw (the last X-Forwarded-For entry it appended), else the peer's."""
    forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",") if part.strip()]
    if forwarded:
        return forwarded[-1]
    return request.client.host if request.client else ""


@router.get("/r/{code}", summary="Follow a tracked short link (public)", response_class=Response, status_code=302,
            description="Counts the click (not for bots, link previews or the same client again within "
            "NETWISE_ADVOCACY_CLICK_DEDUPE_MINUTES) and redirects. " + CLICK_TIMING,
            responses={302: {"description": "Redirect to the post's link with UTM parameters",
                             "headers": {"Location": {"schema": {"type": "string"}}}},
                       404: {"description": "Unknown link", "content": {"text/html": {"schema": {"type": "string"}}}}},
            openapi_extra={"security": [], "parameters": [
                {"name": "code", "in": "path", "required": True, "schema": {"type": "string", "title": "Code"}}]})
@plain  # the hottest public path; a browser follows it: a malformed code, NUL included, gets the not-found page
async def follow(request: Request) -> Response:
    code: str = request.path_params["code"]
    settings: AdvocacySettings = request.app.state.settings
    target = None
    if CODE_PATTERN.fullmatch(code):
        agent = request.headers.get("user-agent", "")
        client = None if is_bot(agent) else \
            clicks.client_hash(settings.click_hash_secret.get_secret_value(), client_ip(request), agent)
        counter: clicks.ClickCounter = request.app.state.clicks
        target = await counter.follow(code, client, utcnow(), timedelta(minutes=settings.click_dedupe_minutes))
    if target is None:
        return HTMLResponse(NOT_FOUND_PAGE.format(code=escape(code[:64])), status_code=404, headers=NO_STORE)
    return RedirectResponse(target, status_code=302, headers=NO_STORE)
