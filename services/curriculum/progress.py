"""Progress: starting and completing modules, and completing tracks with their certification.

Functions flush but never commit: the request's session commits or rolls back.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import curriculum as events
from kit.db import save
from kit.events import Outbox
from kit.ids import utcnow
from kit.problems import FieldError, Unprocessable
from services.curriculum import repositories as repo
from services.curriculum.models import (
    Assignment,
    Certification,
    Module,
    ModuleProgress,
    QuizAttempt,
    Track,
    TrackCompletion,
)
from services.curriculum.schemas import (
    AssignmentSource,
)


async def start_module(session: AsyncSession, org_id: str, person_id: str, module: Module) -> ModuleProgress:
    module.require_published()
    progress = await repo.module_progress(session, org_id, person_id, module.id)
    if progress is None:
        progress = ModuleProgress(org_id=org_id, person_id=person_id, module_id=module.id)
        await save(session, progress)
    return progress


@dataclass
class CompletionOutcome:
    completed_tracks: list[str]
    certifications: list[Certification]


async def complete_module(session: AsyncSession, outbox: Outbox, org_id: str, person_id: str, module: Module, *,
                          source: str = "learner", completed_at: datetime | None = None,
                          checked: bool = True) -> tuple[ModuleProgress, CompletionOutcome]:
    """Completes a module (quiz passed on this version, prerequisites done) and whatever tracks that finishes."""
    module.require_published(field="module_id")
    now = completed_at or utcnow()
    snapshot = await repo.published_snapshot(session, module) or {}
    if checked:
        done = {p.module_id for p in await repo.progress_of(session, org_id, person_id) if p.completed_at}
        missing = [m for m in snapshot.get("prerequisites", []) if m not in done]
        if missing:
            raise Unprocessable(
                f"prerequisites: complete module(s) {', '.join(missing)} first",
                errors=[FieldError(field="prerequisites", message=f"module {m} is not completed") for m in missing])
        quiz = await repo.quiz(session, module)
        if quiz is not None:
            passed = (await session.exec(select(QuizAttempt.id).where(
                QuizAttempt.org_id == org_id, QuizAttempt.person_id == person_id,
                QuizAttempt.module_id == module.id, QuizAttempt.module_version == module.version,
                QuizAttempt.passed == True))).first()  # noqa: E712
            if passed is None:
                raise Unprocessable.field("quiz", f"pass the module's quiz (version {module.version}) first")
    progress = await repo.module_progress(session, org_id, person_id, module.id)
    if progress is None:
        progress = ModuleProgress(org_id=org_id, person_id=person_id, module_id=module.id, started_at=now)
    progress.completed_at, progress.completed_version, progress.source = now, module.version, source
    session.add(progress)
    await _close(session, await repo.open_assignments(session, org_id, person_id, module_id=module.id), now)
    await outbox.emit(session, type=events.MODULE_COMPLETED, org=org_id, subject=person_id,
                      data={"person_id": person_id, "module_id": module.id, "completed_at": now.isoformat()})
    outcome = CompletionOutcome([], [])
    for track in await repo.tracks_containing(session, org_id, module.id):
        if await _track_now_complete(session, org_id, person_id, track, now):
            certification = await record_track_completion(session, outbox, org_id, person_id, track,
                                                          source=source, completed_at=now)
            outcome.completed_tracks.append(track.id)
            if certification is not None:
                outcome.certifications.append(certification)
    return progress, outcome


async def _track_now_complete(session: AsyncSession, org_id: str, person_id: str, track: Track,
                              now: datetime) -> bool:
    """All modules done: since a renewal was assigned for renewals, ever for everything else."""
    completions = {p.module_id: p.completed_at for p in await repo.progress_of(session, org_id, person_id)
                   if p.completed_at is not None}

    def done(since: datetime | None) -> bool:
        return all(m in completions and (since is None or completions[m] >= since) for m in track.module_ids)

    open_assignments = await repo.open_assignments(session, org_id, person_id, track_id=track.id)
    if open_assignments:
        return any(done(a.created_at if a.source == AssignmentSource.renewal else None) for a in open_assignments)
    return not await repo.track_completions(session, org_id, person_id, track.id) and done(None)


async def record_track_completion(session: AsyncSession, outbox: Outbox, org_id: str, person_id: str, track: Track,
                                  *, source: str, completed_at: datetime) -> Certification | None:
    """Records the completion, closes the track's open assignments and issues its certification, if any."""
    session.add(TrackCompletion(org_id=org_id, person_id=person_id, track_id=track.id, source=source,
                                completed_at=completed_at))
    await _close(session, await repo.open_assignments(session, org_id, person_id, track_id=track.id), completed_at)
    await outbox.emit(session, type=events.TRACK_COMPLETED, org=org_id, subject=person_id,
                      data={"person_id": person_id, "track_id": track.id, "completed_at": completed_at.isoformat()})
    if not track.certification_key or not track.certification_validity_days:
        return None
    for previous in await repo.certifications_of(session, org_id, person_id):
        if previous.certification_key == track.certification_key and previous.superseded_at is None:
            previous.superseded_at = completed_at
            session.add(previous)
    certification = Certification(org_id=org_id, person_id=person_id, track_id=track.id,
                                  certification_key=track.certification_key, issued_at=completed_at,
                                  expires_at=completed_at + timedelta(days=track.certification_validity_days))
    session.add(certification)
    await session.flush()
    await outbox.emit(session, type=events.CERTIFICATION_ISSUED, org=org_id, subject=person_id,
                      data=events.CertificationIssued.model_validate(certification, from_attributes=True)
                      .model_dump(mode="json"))
    return certification


async def complete_track_externally(session: AsyncSession, outbox: Outbox, org_id: str, person_id: str,
                                    track: Track, completed_at: datetime, *,
                                    source: str = "lms") -> Certification | None:
    if track.status != "published":
        raise Unprocessable.field("track_id", "the track is not published")
    return await record_track_completion(session, outbox, org_id, person_id, track, source=source,
                                         completed_at=completed_at)


async def _close(session: AsyncSession, assignments: Sequence[Assignment], completed_at: datetime) -> None:
    """The assignments the completion fulfils are done, and written with it."""
    for assignment in assignments:
        assignment.completed_at = completed_at
        session.add(assignment)
    await session.flush()
