"""The playbook: practical write-ups by employees, reviewed by an editor (never the author) before publishing."""

from typing import Any

from sqlalchemy import func, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from kit.auth import Principal
from kit.db import save
from kit.ids import utcnow
from kit.problems import Conflict, Forbidden, NotFound
from services.curriculum.models import PlaybookEntry
from services.curriculum.schemas import PlaybookCreate, PlaybookReview, PlaybookUpdate, ReviewDecision

EDITABLE = ("draft", "rejected")


def _tags(platforms: list[str], job_functions: list[str]) -> str:
    return " " + " ".join([*(f"platform:{p}" for p in platforms), *(f"function:{f}" for f in job_functions)]) + " "


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def visible(principal: Principal) -> Any:
    """Published entries for everyone, one's own in any state, and entries in review for editors."""
    conditions = [col(PlaybookEntry.status) == "published", col(PlaybookEntry.author_id) == principal.subject]
    if "editor" in principal.roles:
        conditions.append(col(PlaybookEntry.status) == "in_review")
    return or_(*conditions)


def search(principal: Principal, *, q: str | None, platform: str | None, job_function: str | None,
           status: str | None) -> SelectOfScalar[PlaybookEntry]:
    query = select(PlaybookEntry).where(PlaybookEntry.org_id == principal.org, visible(principal))
    if q:
        pattern = _like(q)
        query = query.where(or_(func.lower(PlaybookEntry.title).like(pattern, escape="\\"),
                                func.lower(PlaybookEntry.body).like(pattern, escape="\\")))
    if platform:
        query = query.where(col(PlaybookEntry.tags).contains(f" platform:{platform} "))
    if job_function:
        query = query.where(col(PlaybookEntry.tags).contains(f" function:{job_function} "))
    if status:
        query = query.where(PlaybookEntry.status == status)
    return query


async def entry_for(session: AsyncSession, principal: Principal, entry_id: str) -> PlaybookEntry:
    found = (await session.exec(select(PlaybookEntry).where(
        PlaybookEntry.org_id == principal.org, PlaybookEntry.id == entry_id, visible(principal)))).first()
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
