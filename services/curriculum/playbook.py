"""The playbook: practical write-ups by employees, reviewed by an editor (never the author) before publishing."""

from typing import Any

from sqlalchemy import bindparam, func, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.db import save
from kit.ids import utcnow
from kit.pagination import Listing, columns_of
from kit.problems import Conflict, Forbidden, NotFound
from kit.tenancy import of_org_where
from services.curriculum.models import PlaybookEntry
from services.curriculum.schemas import PlaybookCreate, PlaybookPublic, PlaybookReview, PlaybookUpdate, ReviewDecision

EDITABLE = ("draft", "rejected")


def _tags(platforms: list[str], job_functions: list[str]) -> str:
    return " " + " ".join([*(f"platform:{p}" for p in platforms), *(f"function:{f}" for f in job_functions)]) + " "


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def visible(reader: Any, editor: bool) -> Any:
    """Published entries for everyone, the reader's own in any state, and entries in review for editors."""
    conditions = [col(PlaybookEntry.status) == "published", col(PlaybookEntry.author_id) == reader]
    if editor:
        conditions.append(col(PlaybookEntry.status) == "in_review")
    return or_(*conditions)


def _search(editor: bool, *given: str) -> Any:
    """Entries the reader (`:reader`) sees, narrowed by each filter `given`: words, platform, job function, status."""
    query = select(*columns_of(PlaybookEntry, PlaybookPublic)).where(*of_org_where(PlaybookEntry),
                                                                     visible(bindparam("reader"), editor))
    if "words" in given:
        query = query.where(or_(func.lower(PlaybookEntry.title).like(bindparam("words"), escape="\\"),
                                func.lower(PlaybookEntry.body).like(bindparam("words"), escape="\\")))
    for tag in ("platform", "function"):
        if tag in given:
            query = query.where(col(PlaybookEntry.tags).contains(bindparam(tag)))
    if "status" in given:
        query = query.where(PlaybookEntry.status == bindparam("status"))
    return query


SEARCH = Listing(_search, PlaybookEntry.id)


def search(principal: Principal, *, q: str | None, platform: str | None, job_function: str | None,
           status: str | None) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """`SEARCH`'s shape and bind values for the reader's search."""
    filters = {"words": _like(q) if q else None, "platform": f" platform:{platform} " if platform else None,
               "function": f" function:{job_function} " if job_function else None, "status": status or None}
    given = {name: value for name, value in filters.items() if value is not None}
    return ("editor" in principal.roles, *given), {"org_id": principal.org, "reader": principal.subject, **given}


async def entry_for(session: AsyncSession, principal: Principal, entry_id: str) -> PlaybookEntry:
    found = (await session.exec(select(PlaybookEntry).where(
        PlaybookEntry.org_id == principal.org, PlaybookEntry.id == entry_id,
        visible(principal.subject, "editor" in principal.roles)))).first()
    if found is None:
        raise NotFound(f"no playbook entry {entry_id} in this organisation")
    return found


async def write(session: AsyncSession, principal: Principal, data: PlaybookCreate) -> PlaybookEntry:
    values = data.model_dump(mode="json")
    entry = PlaybookEntry(org_id=principal.org, author_id=principal.subject, **values,
                          tags=_tags(values["platforms"], values["job_functions"]))
    return await save(session, entry)


def _own_and_editable(principal: Principal, entry: PlaybookEntry) -> None:
    if entry.author_id != principal.subject:
        raise Forbidden("only the author changes a playbook entry")
    if entry.status not in EDITABLE:
        raise Conflict(f"the entry is {entry.status}; only drafts and rejected entries can be changed")


async def update(session: AsyncSession, principal: Principal, entry: PlaybookEntry,
                 data: PlaybookUpdate) -> PlaybookEntry:
    _own_and_editable(principal, entry)
    changes = {k: v for k, v in data.model_dump(mode="json", exclude_unset=True).items() if v is not None}
    for key, value in changes.items():
        setattr(entry, key, value)
    entry.tags = _tags(entry.platforms, entry.job_functions)
    entry.revision += 1
    entry.updated_at = utcnow()
    return await save(session, entry)


async def submit(session: AsyncSession, principal: Principal, entry: PlaybookEntry) -> PlaybookEntry:
    _own_and_editable(principal, entry)
    entry.status = "in_review"
    entry.revision += 1
    entry.updated_at = utcnow()
    return await save(session, entry)


async def review(session: AsyncSession, principal: Principal, entry: PlaybookEntry,
                 data: PlaybookReview) -> PlaybookEntry:
    if entry.author_id == principal.subject:
        raise Forbidden("an editor may not review their own playbook entry")
    if entry.status != "in_review":
        raise Conflict(f"the entry is {entry.status}; only entries in review can be reviewed")
    now = utcnow()
    entry.status = "published" if data.decision == ReviewDecision.publish else "rejected"
    entry.reviewed_by, entry.review_note = principal.subject, data.note
    entry.published_at = now if data.decision == ReviewDecision.publish else None
    entry.revision += 1
    entry.updated_at = now
    return await save(session, entry)
