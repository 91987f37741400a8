"""Weekly digests: the posts each ambassador would get, in their language, and writing them out for delivery."""

import secrets
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from kit.app import PublicBase
from kit.auth import Person
from kit.db import SessionDep
from kit.idempotency import idempotent
from kit.problems import NotFound
from services.advocacy import digests
from services.advocacy import repositories as repo
from services.advocacy.deps import DigestRunner, SettingsDep
from services.advocacy.mail_links import MailLinks
from services.advocacy.models import directory, idempotency_keys
from services.advocacy.schemas import DigestPreview, DigestRunResult

router = APIRouter(tags=["digests"])


@router.get("/v1/digests/preview", response_model=DigestPreview,
            summary="The digest one ambassador would get now (yourself; editors may preview anyone)",
            description="In a preview of someone else's digest the share and leave links are shown but do not "
            "work: they act for that person without a login.")
async def preview(principal: Person, session: SessionDep, response: Response, base: PublicBase,
                  settings: SettingsDep,
                  person_id: Annotated[str | None, Query(max_length=36)] = None) -> DigestPreview:
    person_id = person_id or principal.subject
    if person_id != principal.subject and "editor" not in principal.roles:
        raise NotFound(f"person_id: no ambassador {person_id} whose digest you may see")
    ambassador = await repo.ambassador(session, principal.org, person_id)
    if ambassador is None or ambassador.status != "active":
        raise NotFound(f"person_id: {person_id} is not an active ambassador; they get no digest")
    rules = await directory.rules(session, principal.org)
    links = MailLinks.of(settings, base)
    if person_id != principal.subject:  # an editor sees the mail, but its links act for the person: inert here
        links = replace(links, secret=secrets.token_urlsafe(32))
    composed = await digests.compose(session, rules, ambassador, links)
    response.headers["Content-Language"] = composed.locale
    return digests.preview(ambassador, composed)


@router.post("/v1/digests/runs", response_model=DigestRunResult, status_code=201,
             summary="Write this week's digest of every active ambassador to the delivery outbox",
             description="Delivery happens in the background (files in embedded mode, SMTP in production) and is "
             "retried until it succeeds. Honours Idempotency-Key.")
async def run(principal: DigestRunner, session: SessionDep, request: Request, base: PublicBase,
              settings: SettingsDep) -> Response:
    async def produce() -> DigestRunResult:
        run_id, written, skipped = await digests.run_for_organisation(session, principal.org,
                                                                      MailLinks.of(settings, base))
        return DigestRunResult(run_id=run_id, messages=written, skipped=skipped)

    return await idempotent(session, idempotency_keys, request, principal, {}, produce, status_code=201)
