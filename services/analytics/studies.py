"""Study periods: planning, changing and closing one, and, while one runs, its participants' entries must say
channel and activity. Functions flush but never commit: the request's session does.
"""

from datetime import date

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import analytics as events
from kit.auth import Principal
from kit.db import save
from kit.events import Outbox
from kit.ids import utcnow
from kit.problems import Conflict, Unprocessable
from services.analytics import repositories as repo
from services.analytics.drafts import Draft, Refusals
from services.analytics.models import Study, directory
from services.analytics.schemas import StudyCreate, StudyUpdate


async def check_studies(session: AsyncSession, org_id: str, drafts: list[Draft], refusals: Refusals) -> None:
    """During a study period its participants' entries must say channel and activity."""
    if not drafts:
        return
    first, last = min(d.work_date for d in drafts), max(d.work_date for d in drafts)
    studies = (await session.exec(select(Study).where(
        Study.org_id == org_id, col(Study.closed_at).is_(None), Study.starts_on <= last, Study.ends_on >= first))).all()
    for study in studies:
        units: set[str] = set()
        for unit_id in study.unit_ids:
            units |= await directory.unit_subtree(session, org_id, unit_id)
        for d in drafts:
            if not study.starts_on <= d.work_date <= study.ends_on:
                continue
            if d.person_id not in study.person_ids and d.org_unit_id not in units:
                continue
            for attr in ("channel", "activity"):
                if getattr(d, attr) is None:
                    refusals.add(d.index, attr, f"is required during the study period {study.name!r} "
                                                f"({study.starts_on} to {study.ends_on})")


def study_status(study: Study, today: date) -> str:
    if study.closed_at is not None:
        return "closed"
    if today < study.starts_on:
        return "planned"
    return "running" if today <= study.ends_on else "ended"


async def check_participants(session: AsyncSession, org_id: str, unit_ids: list[str], person_ids: list[str]) -> None:
    names = await repo.unit_names(session, org_id)
    for i, unit_id in enumerate(unit_ids):
        if unit_id not in names:
            raise Unprocessable.field(f"unit_ids[{i}]", f"no org unit {unit_id} in this organisation")
    known = await repo.people_by_id(session, org_id, person_ids)
    for i, person_id in enumerate(person_ids):
        if person_id not in known:
            raise Unprocessable.field(f"person_ids[{i}]", f"no person {person_id} in this organisation")


async def create_study(session: AsyncSession, principal: Principal, body: StudyCreate) -> Study:
    await check_participants(session, principal.org, body.unit_ids, body.person_ids)
    study = Study(org_id=principal.org, **body.model_dump())
    return await save(session, study)


async def update_study(session: AsyncSession, study: Study, body: StudyUpdate) -> Study:
    """Renames a study or moves its end; a closed study stays as it was."""
    if study.closed_at is not None:
        raise Conflict("the study is closed")
    changes = body.model_dump(exclude_unset=True)
    for name, value in changes.items():
        if value is None:
            raise Unprocessable.field(name, "may not be null")
        setattr(study, name, value)
    if study.ends_on < study.starts_on:
        raise Unprocessable.field("ends_on", "must not be before starts_on")
    if changes:
        study.version += 1
        await save(session, study)
    return study


async def close_study(session: AsyncSession, outbox: Outbox, study: Study) -> Study:
    """Its rules stop and `netwise.analytics.study.closed` is published, once: closing again changes nothing."""
    if study.closed_at is None:
        study.closed_at = utcnow()
        study.version += 1
        session.add(study)
        await session.flush()
        await outbox.emit(session, type=events.STUDY_CLOSED, org=study.org_id, subject=study.id,
                          data=events.StudyClosed(study_id=study.id, name=study.name, starts_on=study.starts_on,
                                                  ends_on=study.ends_on).model_dump(mode="json"))
    return study
