"""Assignments: the one way work reaches a learner (manual, rules, renewals, refreshers), never twice.

Functions flush but never commit: the request's session commits or rolls back.
"""

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Row
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import curriculum as events
from contracts.events.identity import PersonPublic
from kit.db import remove
from kit.events import CloudEvent, Outbox
from kit.ids import utcnow
from kit.problems import Unprocessable
from services.curriculum import repositories as repo
from services.curriculum.models import (
    Assignment,
    AssignmentRule,
    Certification,
    Module,
    Track,
    directory,
)
from services.curriculum.schemas import (
    AssignmentSource,
    RuleCreate,
)
from services.curriculum.settings import CurriculumSettings


def track_key(track_id: str) -> str:
    """One open-ended assignment of a track per person, whatever its source: no duplicates."""
    return f"track:{track_id}"


async def assign(session: AsyncSession, outbox: Outbox, *, org_id: str, person_id: str, source: AssignmentSource,
                 dedupe_key: str, track_id: str | None = None, module_id: str | None = None,
                 due_at: datetime | None = None, required: bool = True,
                 rule_id: str | None = None) -> tuple[Assignment, bool]:
    """Creates the assignment unless one with the same key exists; returns it and whether it is new."""
    existing = await repo.assignment_by_key(session, org_id, person_id, dedupe_key)
    if existing is not None:
        return existing, False
    assignment = Assignment(org_id=org_id, person_id=person_id, track_id=track_id, module_id=module_id,
                            source=source, required=required, due_at=due_at, rule_id=rule_id, dedupe_key=dedupe_key)
    session.add(assignment)
    await session.flush()
    await outbox.emit(session, type=events.ASSIGNMENT_CREATED, org=org_id, subject=assignment.id,
                      data=events.AssignmentCreated.model_validate(assignment, from_attributes=True)
                      .model_dump(mode="json"))
    return assignment, True


def _require_active(person: Row[Any], field: str) -> None:
    if person.status != "active":
        raise Unprocessable.field(field, "the person is deactivated and gets no new assignments")


async def assign_track(session: AsyncSession, outbox: Outbox, org_id: str, person: Row[Any], track: Track, *,
                       source: AssignmentSource, due_at: datetime | None, required: bool,
                       field: str = "person_id") -> tuple[Assignment, bool]:
    _require_active(person, field)
    if track.status != "published":
        raise Unprocessable.field("track_id", "the track is not published")
    return await assign(session, outbox, org_id=org_id, person_id=person.id, source=source,
                        dedupe_key=track_key(track.id), track_id=track.id, due_at=due_at, required=required)


async def assign_module(session: AsyncSession, outbox: Outbox, org_id: str, person: Row[Any], module: Module, *,
                        due_at: datetime | None, required: bool) -> tuple[Assignment, bool]:
    _require_active(person, "person_id")
    module.require_published(field="module_id")
    return await assign(session, outbox, org_id=org_id, person_id=person.id, source=AssignmentSource.manual,
                        dedupe_key=f"module:{module.id}", module_id=module.id, due_at=due_at, required=required)


async def create_rule(session: AsyncSession, outbox: Outbox, org_id: str, data: RuleCreate) -> tuple[AssignmentRule,
                                                                                                     int]:
    track = await repo.track(session, org_id, data.track_id, field="track_id")
    if track.status != "published":
        raise Unprocessable.field("track_id", "the track is not published")
    if data.org_unit_id is not None and data.org_unit_id not in await repo.unit_names(session, org_id):
        raise Unprocessable.field("org_unit_id", f"no org unit {data.org_unit_id} in this organisation")
    rule = AssignmentRule(org_id=org_id, **data.model_dump(mode="json"))
    session.add(rule)
    await session.flush()
    made = 0
    for person in await repo.active_people(session, org_id):
        made += await _apply_rules(session, outbox, org_id, person, [rule])
    return rule, made


async def delete_rule(session: AsyncSession, rule: AssignmentRule) -> None:
    """The assignments the rule made stay: only the rule goes."""
    await remove(session, rule)


async def _rule_matches(session: AsyncSession, rule: AssignmentRule, person: Row[Any]) -> bool:
    if rule.job_functions and person.job_function not in rule.job_functions:
        return False
    if rule.org_unit_id is None:
        return True
    return person.org_unit_id in await directory.unit_subtree(session, rule.org_id, rule.org_unit_id)


async def _apply_rules(session: AsyncSession, outbox: Outbox, org_id: str, person: Row[Any],
                       rules: Sequence[AssignmentRule]) -> int:
    if person.status != "active":
        return 0
    made = 0
    for rule in rules:
        if not await _rule_matches(session, rule, person):
            continue
        track = await repo.track(session, org_id, rule.track_id)
        if track.status != "published":
            continue
        due_at = utcnow() + timedelta(days=rule.due_in_days) if rule.due_in_days else None
        _, created = await assign(session, outbox, org_id=org_id, person_id=person.id, source=AssignmentSource.rule,
                                  dedupe_key=track_key(track.id), track_id=track.id, due_at=due_at,
                                  required=rule.required, rule_id=rule.id)
        made += created
    return made


def rules_on_person_event(outbox: Outbox) -> Any:
    """The handler that runs after the Directory's own: a new hire, unit or function gets its tracks."""

    async def handle(session: AsyncSession, event: CloudEvent, data: PersonPublic) -> None:
        person = await directory.person(session, event.org, data.id)
        if person is not None:
            await _apply_rules(session, outbox, event.org, person, await repo.rules(session, event.org))

    return handle


async def assign_refreshers(session: AsyncSession, outbox: Outbox, settings: CurriculumSettings, module: Module,
                             now: datetime) -> int:
    """Everyone holding a live certification of a track with this module re-takes this module only."""
    track_ids = [t.id for t in await repo.tracks_containing(session, module.org_id, module.id)]
    if not track_ids:
        return 0
    query = select(Certification.person_id).where(
        Certification.org_id == module.org_id, col(Certification.track_id).in_(track_ids),
        col(Certification.superseded_at).is_(None), Certification.expires_at > now).distinct()
    made = 0
    for person_id in (await session.exec(query)).all():
        person = await directory.person(session, module.org_id, person_id)
        if person is None or person.status != "active":
            continue
        _, created = await assign(session, outbox, org_id=module.org_id, person_id=person_id,
                                  source=AssignmentSource.refresher, module_id=module.id,
                                  dedupe_key=f"refresher:{module.id}:v{module.version}",
                                  due_at=now + timedelta(days=settings.refresher_due_days))
        made += created
    return made
