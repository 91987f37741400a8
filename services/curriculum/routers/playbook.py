"""The playbook: practical entries written by staff, reviewed by editors, searchable by everyone."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from kit.auth import Person
from kit.db import SessionDep
from kit.etag import matched_revision, set_etag
from kit.pagination import Page, PagerDep, page_of
from services.curriculum import playbook
from services.curriculum.deps import Editor
from services.curriculum.models import PlaybookEntry
from services.curriculum.schemas import (
    JobFunction,
    Platform,
    PlaybookCreate,
    PlaybookPublic,
    PlaybookReview,
    PlaybookStatus,
    PlaybookUpdate,
)

router = APIRouter(prefix="/v1/playbook", tags=["playbook"])


def _reply(entry: PlaybookEntry, response: Response) -> PlaybookPublic:
    set_etag(response, entry.revision)
    response.headers["Content-Language"] = entry.locale
    return PlaybookPublic.model_validate(entry)


@router.get("", response_model=Page[PlaybookPublic], summary="Search the playbook",
            description="Published entries, plus your own in any state (and entries in review for editors).")
async def search_playbook(
    principal: Person, session: SessionDep, pager: PagerDep,
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or body")] = None,
    platform: Platform | None = None, job_function: JobFunction | None = None, status: PlaybookStatus | None = None,
) -> Page[PlaybookPublic]:
    shape, values = playbook.search(principal, q=q, platform=platform, job_function=job_function, status=status)
    rows, cursor = await pager.listed(session, playbook.SEARCH, shape, values)
    return page_of(PlaybookPublic, rows, cursor)


@router.post("", response_model=PlaybookPublic, status_code=201, summary="Write a playbook entry (a draft)")
async def write_entry(body: PlaybookCreate, principal: Person, session: SessionDep,
                      response: Response) -> PlaybookPublic:
    entry = await playbook.write(session, principal, body)
    response.headers["Location"] = f"/v1/playbook/{entry.id}"
    return _reply(entry, response)


@router.get("/{entry_id}", response_model=PlaybookPublic, summary="Read a playbook entry")
async def read_entry(entry_id: str, principal: Person, session: SessionDep, response: Response) -> PlaybookPublic:
    return _reply(await playbook.entry_for(session, principal, entry_id), response)


@router.patch("/{entry_id}", response_model=PlaybookPublic, summary="Change your draft or rejected entry")
async def change_entry(entry_id: str, body: PlaybookUpdate, principal: Person, session: SessionDep,
                       request: Request, response: Response) -> PlaybookPublic:
    entry = matched_revision(request, await playbook.entry_for(session, principal, entry_id))
    return _reply(await playbook.update(session, principal, entry, body), response)


@router.post("/{entry_id}/submit", response_model=PlaybookPublic, summary="Send your entry to the editors")
async def submit_entry(entry_id: str, principal: Person, session: SessionDep, request: Request,
                       response: Response) -> PlaybookPublic:
    entry = matched_revision(request, await playbook.entry_for(session, principal, entry_id))
    return _reply(await playbook.submit(session, principal, entry), response)


@router.post("/{entry_id}/review", response_model=PlaybookPublic,
             summary="Publish or reject an entry in review (an editor who is not its author)")
async def review_entry(entry_id: str, body: PlaybookReview, principal: Editor, session: SessionDep,
                       request: Request, response: Response) -> PlaybookPublic:
    entry = matched_revision(request, await playbook.entry_for(session, principal, entry_id))
    return _reply(await playbook.review(session, principal, entry, body), response)
