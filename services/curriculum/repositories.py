"""curriculum's queries: every one is scoped by organisation, so another tenant's id is simply not found."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select as core_select
from sqlalchemy.engine import Row
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.problems import Unprocessable
from kit.tenancy import owned
from services.curriculum.models import (
    Assignment,
    AssignmentRule,
    Certification,
    Module,
    ModuleProgress,
    ModuleVersion,
    PlaybookEntry,
    Policy,
    PolicyVersion,
    Quiz,
    Track,
    TrackCompletion,
    directory,
)


async def module(session: AsyncSession, org_id: str, module_id: str, *, field: str | None = None) -> Module:
    return await owned(session, Module, org_id, module_id, "module", field=field, problem=Unprocessable)


async def modules(session: AsyncSession, org_id: str) -> Sequence[Module]:
    return (await session.exec(select(Module).where(Module.org_id == org_id))).all()


async def published_snapshot(session: AsyncSession, module: Module) -> dict[str, Any] | None:
    if module.version == 0:
        return None
    query = select(ModuleVersion).where(ModuleVersion.module_id == module.id, ModuleVersion.version == module.version)
    found = (await session.exec(query)).first()
    return found.snapshot if found is not None else None


async def quiz(session: AsyncSession, module: Module) -> Quiz | None:
    return await session.get(Quiz, module.id)


async def track(session: AsyncSession, org_id: str, track_id: str, *, field: str | None = None) -> Track:
    return await owned(session, Track, org_id, track_id, "track", field=field, problem=Unprocessable)


async def published_tracks(session: AsyncSession, org_id: str) -> Sequence[Track]:
    query = select(Track).where(Track.org_id == org_id, Track.status == "published").order_by(col(Track.id))
    return (await session.exec(query)).all()


async def tracks_containing(session: AsyncSession, org_id: str, module_id: str) -> list[Track]:
    """Published tracks that contain the module (module order lives in JSON, so this filters in Python)."""
    rows = (await session.exec(select(Track).where(Track.org_id == org_id, Track.status == "published"))).all()
    return [t for t in rows if module_id in t.module_ids]


async def rule(session: AsyncSession, org_id: str, rule_id: str) -> AssignmentRule:
    return await owned(session, AssignmentRule, org_id, rule_id, "assignment rule")


async def rules(session: AsyncSession, org_id: str) -> Sequence[AssignmentRule]:
    return (await session.exec(select(AssignmentRule).where(AssignmentRule.org_id == org_id))).all()


async def assignment_by_key(session: AsyncSession, org_id: str, person_id: str, dedupe_key: str) -> Assignment | None:
    query = select(Assignment).where(Assignment.org_id == org_id, Assignment.person_id == person_id,
                                     Assignment.dedupe_key == dedupe_key)
    return (await session.exec(query)).first()


async def assignments_of(session: AsyncSession, org_id: str, person_id: str) -> Sequence[Assignment]:
    query = select(Assignment).where(Assignment.org_id == org_id, Assignment.person_id == person_id)
    return (await session.exec(query.order_by(col(Assignment.id)))).all()


async def open_assignments(session: AsyncSession, org_id: str, person_id: str, *, track_id: str | None = None,
                           module_id: str | None = None) -> Sequence[Assignment]:
    query = select(Assignment).where(Assignment.org_id == org_id, Assignment.person_id == person_id,
                                     col(Assignment.completed_at).is_(None))
    if track_id is not None:
        query = query.where(Assignment.track_id == track_id)
    if module_id is not None:
        query = query.where(Assignment.module_id == module_id)
    return (await session.exec(query)).all()


async def progress_of(session: AsyncSession, org_id: str, person_id: str) -> Sequence[ModuleProgress]:
    query = select(ModuleProgress).where(ModuleProgress.org_id == org_id, ModuleProgress.person_id == person_id)
    return (await session.exec(query.order_by(col(ModuleProgress.id)))).all()


async def module_progress(session: AsyncSession, org_id: str, person_id: str, module_id: str) -> ModuleProgress | None:
    query = select(ModuleProgress).where(ModuleProgress.org_id == org_id, ModuleProgress.person_id == person_id,
                                         ModuleProgress.module_id == module_id)
    return (await session.exec(query)).first()


async def track_completions(session: AsyncSession, org_id: str, person_id: str,
                            track_id: str | None = None) -> Sequence[TrackCompletion]:
    query = select(TrackCompletion).where(TrackCompletion.org_id == org_id, TrackCompletion.person_id == person_id)
    if track_id is not None:
        query = query.where(TrackCompletion.track_id == track_id)
    return (await session.exec(query.order_by(col(TrackCompletion.id)))).all()


async def certifications_of(session: AsyncSession, org_id: str, person_id: str) -> Sequence[Certification]:
    query = select(Certification).where(Certification.org_id == org_id, Certification.person_id == person_id)
    return (await session.exec(query.order_by(col(Certification.id)))).all()


async def policy(session: AsyncSession, org_id: str, policy_id: str) -> Policy:
    return await owned(session, Policy, org_id, policy_id, "policy")


async def policy_version(session: AsyncSession, policy: Policy) -> PolicyVersion:
    query = select(PolicyVersion).where(PolicyVersion.policy_id == policy.id, PolicyVersion.major == policy.major,
                                        PolicyVersion.minor == policy.minor)
    return (await session.exec(query)).one()


async def playbook_entry(session: AsyncSession, org_id: str, entry_id: str) -> PlaybookEntry:
    return await owned(session, PlaybookEntry, org_id, entry_id, "playbook entry")


async def person(session: AsyncSession, org_id: str, person_id: str, *, field: str = "person_id") -> Row[Any]:
    """A person of the directory projection; unknown is a 422 naming the field that referred to them."""
    found = await directory.person(session, org_id, person_id)
    if found is None:
        raise Unprocessable.field(field, f"no person {person_id} in this organisation")
    return found


async def person_by_email(session: AsyncSession, org_id: str, email: str) -> Row[Any]:
    found = await directory.person_by_email(session, org_id, email)
    if found is None:
        raise Unprocessable.field("email", f"no person with e-mail {email} in this organisation")
    return found


async def active_people(session: AsyncSession, org_id: str) -> Sequence[Row[Any]]:
    people = directory.people
    query = core_select(people).where(people.c.org_id == org_id, people.c.status == "active")
    return (await session.execute(query)).all()


async def unit_names(session: AsyncSession, org_id: str) -> dict[str, str]:
    units = directory.org_units
    rows = (await session.execute(core_select(units.c.id, units.c.name).where(units.c.org_id == org_id))).all()
    return {row.id: row.name for row in rows}
