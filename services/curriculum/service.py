"""curriculum's rules. Functions flush but never commit: the request's session commits or rolls back."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Row
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import Database
from kit.events import CloudEvent, Outbox
from kit.ids import utcnow
from kit.problems import Conflict, FieldError, TooManyRequests, Unprocessable
from services.curriculum import events
from services.curriculum import repositories as repo
from services.curriculum.models import (
    Assignment,
    AssignmentRule,
    Certification,
    Module,
    ModuleProgress,
    ModuleVersion,
    PlatformChange,
    Quiz,
    QuizAttempt,
    Track,
    TrackCompletion,
    directory,
)
from services.curriculum.schemas import (
    AssignmentSource,
    AttemptIn,
    ModuleCreate,
    ModuleUpdate,
    PlatformChangeIn,
    QuizIn,
    RuleCreate,
    TrackCreate,
    TrackUpdate,
)
from services.curriculum.settings import CurriculumSettings

SNAPSHOT_FIELDS = ("phase", "content", "default_locale", "job_functions", "platforms", "competencies",
                   "estimated_minutes", "prerequisites")


def _json_dump(model: Any, **kw: Any) -> dict[str, Any]:
    return dict(model.model_dump(mode="json", **kw))


# -- modules -------------------------------------------------------------------------------------

async def create_module(session: AsyncSession, org_id: str, data: ModuleCreate) -> Module:
    values = _json_dump(data)
    values["default_locale"] = data.default_locale or next(iter(data.content))
    module = Module(org_id=org_id, **values)
    await _check_prerequisites(session, module, data.prerequisites)
    session.add(module)
    await session.flush()
    return module


async def update_module(session: AsyncSession, module: Module, data: ModuleUpdate) -> Module:
    changes = _json_dump(data, exclude_unset=True)
    if "prerequisites" in changes:
        if changes["prerequisites"] is None:
            changes["prerequisites"] = []
        await _check_prerequisites(session, module, changes["prerequisites"])
    for key in ("content", "phase", "job_functions", "platforms", "competencies", "estimated_minutes"):
        if key in changes and changes[key] is None:
            raise Unprocessable.field(key, "may not be null")
    content = changes.get("content", module.content)
    locale = changes.get("default_locale") or module.default_locale
    if locale not in content:
        raise Unprocessable.field("default_locale", "must be one of the content's locales")
    changes["default_locale"] = locale
    if "review_by" in changes:
        changes["review_by"] = data.review_by
    changed = False
    for key, value in changes.items():
        if getattr(module, key) != value:
            setattr(module, key, value)
            changed = True
    if changed:
        module.revision += 1
        module.has_unpublished_changes = True
        module.updated_at = utcnow()
        session.add(module)
        await session.flush()
    return module


async def _check_prerequisites(session: AsyncSession, module: Module, prerequisites: list[str]) -> None:
    """Prerequisites exist in the organisation and never form a cycle."""
    for index, prerequisite in enumerate(prerequisites):
        if prerequisite == module.id:
            raise Unprocessable.field(f"prerequisites[{index}]", "a module cannot be its own prerequisite")
        await repo.module(session, module.org_id, prerequisite, field=f"prerequisites[{index}]")
    graph = {m.id: list(m.prerequisites) for m in await repo.modules(session, module.org_id)}
    graph[module.id] = list(prerequisites)
    stack, seen = list(prerequisites), set()
    while stack:
        current = stack.pop()
        if current == module.id:
            raise Unprocessable.field("prerequisites", "would make a cycle: the module would require itself")
        if current not in seen:
            seen.add(current)
            stack.extend(graph.get(current, []))


def _snapshot(module: Module) -> dict[str, Any]:
    snapshot = {key: getattr(module, key) for key in SNAPSHOT_FIELDS}
    snapshot["review_by"] = module.review_by.isoformat() if module.review_by else None
    return snapshot


async def publish_module(session: AsyncSession, outbox: Outbox, settings: CurriculumSettings,
                         module: Module) -> Module:
    """Freezes the draft as the next version; a module flagged for review sends refreshers when republished."""
    if not module.has_unpublished_changes and not module.needs_review and module.status == "published":
        raise Conflict("the published version is current: change the draft before publishing again")
    for index, prerequisite_id in enumerate(module.prerequisites):
        prerequisite = await repo.module(session, module.org_id, prerequisite_id)
        if prerequisite.version == 0 or prerequisite.status != "published":
            raise Unprocessable.field(f"prerequisites[{index}]", f"module {prerequisite_id} is not published")
    now = utcnow()
    was_flagged = module.needs_review and module.version > 0
    module.version += 1
    module.revision += 1
    module.status = "published"
    module.needs_review = False
    module.review_reason = None
    module.has_unpublished_changes = False
    module.published_at = module.updated_at = now
    session.add(module)
    session.add(ModuleVersion(org_id=module.org_id, module_id=module.id, version=module.version,
                              snapshot=_snapshot(module), published_at=now))
    await session.flush()
    if was_flagged:
        await _assign_refreshers(session, outbox, settings, module, now)
    return module


async def retire_module(session: AsyncSession, module: Module) -> Module:
    if module.status == "retired":
        return module
    module.status = "retired"
    module.revision += 1
    module.updated_at = utcnow()
    session.add(module)
    await session.flush()
    return module


async def _assign_refreshers(session: AsyncSession, outbox: Outbox, settings: CurriculumSettings, module: Module,
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


# -- quizzes -------------------------------------------------------------------------------------

async def set_quiz(session: AsyncSession, module: Module, data: QuizIn) -> Quiz:
    quiz = await repo.quiz(session, module)
    questions = [q.model_dump(mode="json") for q in data.questions]
    if quiz is None:
        quiz = Quiz(module_id=module.id, org_id=module.org_id, pass_mark=data.pass_mark, questions=questions)
    else:
        quiz.pass_mark, quiz.questions = data.pass_mark, questions
        quiz.revision += 1
        quiz.updated_at = utcnow()
    session.add(quiz)
    await session.flush()
    return quiz


async def day_window(session: AsyncSession, org_id: str, now: datetime) -> tuple[datetime, datetime]:
    """Today in the organisation's time zone, as a UTC interval."""
    zone = ZoneInfo((await directory.rules(session, org_id)).timezone)
    local = now.astimezone(zone)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=1, hours=2)).replace(hour=0)  # DST-safe: next local midnight
    return start.astimezone(now.tzinfo), end.astimezone(now.tzinfo)


async def attempts_today(session: AsyncSession, org_id: str, person_id: str, module_id: str, now: datetime) -> int:
    start, end = await day_window(session, org_id, now)
    query = select(QuizAttempt.id).where(
        QuizAttempt.org_id == org_id, QuizAttempt.person_id == person_id, QuizAttempt.module_id == module_id,
        QuizAttempt.attempted_at >= start, QuizAttempt.attempted_at < end)
    return len((await session.exec(query)).all())


def grade(quiz: Quiz, data: AttemptIn) -> int:
    """Percent of the quiz's questions answered exactly right; unanswered questions count as wrong."""
    questions = {q["id"]: q for q in quiz.questions}
    given: dict[str, set[str]] = {}
    for index, answer in enumerate(data.answers):
        question = questions.get(answer.question_id)
        if question is None:
            raise Unprocessable.field(f"answers[{index}].question_id", "is not a question of this quiz")
        if answer.question_id in given:
            raise Unprocessable.field(f"answers[{index}].question_id", "is answered twice")
        options = {o["id"] for o in question["options"]}
        if set(answer.option_ids) - options:
            raise Unprocessable.field(f"answers[{index}].option_ids", "names an option the question does not have")
        if question["kind"] == "single" and len(answer.option_ids) != 1:
            raise Unprocessable.field(f"answers[{index}].option_ids", "a single-choice question takes one option")
        given[answer.question_id] = set(answer.option_ids)
    right = sum(1 for q in quiz.questions if given.get(q["id"]) == set(q["correct"]))
    return round(100 * right / len(quiz.questions))


async def attempt_quiz(session: AsyncSession, settings: CurriculumSettings, org_id: str, person_id: str,
                       module: Module, quiz: Quiz, data: AttemptIn) -> tuple[QuizAttempt, int]:
    """Grades on the server; returns the attempt and how many attempts are left today."""
    _require_published(module)
    now = utcnow()
    used = await attempts_today(session, org_id, person_id, module.id, now)
    if used >= settings.quiz_attempts_per_day:
        _, end = await day_window(session, org_id, now)
        raise TooManyRequests(
            f"quiz attempts per day: {settings.quiz_attempts_per_day} attempts are allowed per day; "
            "try again tomorrow", headers={"Retry-After": str(max(1, int((end - now).total_seconds())))})
    score = grade(quiz, data)
    attempt = QuizAttempt(org_id=org_id, person_id=person_id, module_id=module.id, module_version=module.version,
                          answers={a.question_id: a.option_ids for a in data.answers}, score=score,
                          passed=score >= quiz.pass_mark, attempted_at=now)
    session.add(attempt)
    await session.flush()
    return attempt, settings.quiz_attempts_per_day - used - 1


# -- tracks --------------------------------------------------------------------------------------

async def _check_track_modules(session: AsyncSession, org_id: str, module_ids: list[str], *,
                               published: bool) -> None:
    for index, module_id in enumerate(module_ids):
        module = await repo.module(session, org_id, module_id, field=f"module_ids[{index}]")
        if published and (module.version == 0 or module.status != "published"):
            raise Unprocessable.field(f"module_ids[{index}]", f"module {module_id} is not published")


def _certification_values(spec: dict[str, Any] | None) -> dict[str, Any]:
    return {"certification_key": spec["key"] if spec else None,
            "certification_validity_days": spec["validity_days"] if spec else None}


async def create_track(session: AsyncSession, org_id: str, data: TrackCreate) -> Track:
    await _check_track_modules(session, org_id, data.module_ids, published=False)
    values = _json_dump(data, exclude={"certification", "required"})
    values["default_locale"] = data.default_locale or next(iter(data.content))
    required = data.required if data.required is not None else data.phase != "foundations"
    track = Track(org_id=org_id, required=required, **values,
                  **_certification_values(_json_dump(data.certification) if data.certification else None))
    session.add(track)
    await session.flush()
    return track


async def update_track(session: AsyncSession, track: Track, data: TrackUpdate) -> Track:
    changes = _json_dump(data, exclude_unset=True)
    for key in ("content", "phase", "module_ids", "audience_job_functions", "audience_unit_ids", "required"):
        if key in changes and changes[key] is None:
            raise Unprocessable.field(key, "may not be null")
    if "module_ids" in changes:
        await _check_track_modules(session, track.org_id, changes["module_ids"],
                                   published=track.status == "published")
        if track.status == "published" and not changes["module_ids"]:
            raise Unprocessable.field("module_ids", "a published track needs at least one module")
    if "certification" in changes:
        changes |= _certification_values(changes.pop("certification"))
    content = changes.get("content", track.content)
    locale = changes.get("default_locale") or track.default_locale
    if locale not in content:
        raise Unprocessable.field("default_locale", "must be one of the content's locales")
    changes["default_locale"] = locale
    changed = False
    for key, value in changes.items():
        if getattr(track, key) != value:
            setattr(track, key, value)
            changed = True
    if changed:
        track.revision += 1
        track.updated_at = utcnow()
        session.add(track)
        await session.flush()
    return track


async def set_track_status(session: AsyncSession, track: Track, status: str) -> Track:
    if status == "published":
        if not track.module_ids:
            raise Unprocessable.field("module_ids", "a track needs at least one module to be published")
        await _check_track_modules(session, track.org_id, track.module_ids, published=True)
    if track.status != status:
        track.status = status
        track.revision += 1
        track.updated_at = utcnow()
        if status == "published":
            track.published_at = track.updated_at
        session.add(track)
        await session.flush()
    return track


# -- assignments ---------------------------------------------------------------------------------

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
    _require_published(module, field="module_id")
    return await assign(session, outbox, org_id=org_id, person_id=person.id, source=AssignmentSource.manual,
                        dedupe_key=f"module:{module.id}", module_id=module.id, due_at=due_at, required=required)


async def create_rule(session: AsyncSession, outbox: Outbox, org_id: str, data: RuleCreate) -> tuple[AssignmentRule,
                                                                                                     int]:
    track = await repo.track(session, org_id, data.track_id, field="track_id")
    if track.status != "published":
        raise Unprocessable.field("track_id", "the track is not published")
    if data.org_unit_id is not None and data.org_unit_id not in await repo.unit_names(session, org_id):
        raise Unprocessable.field("org_unit_id", f"no org unit {data.org_unit_id} in this organisation")
    rule = AssignmentRule(org_id=org_id, **_json_dump(data))
    session.add(rule)
    await session.flush()
    made = 0
    for person in await repo.active_people(session, org_id):
        made += await _apply_rules(session, outbox, org_id, person, [rule])
    return rule, made


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

    async def handle(session: AsyncSession, event: CloudEvent) -> None:
        person = await directory.person(session, event.org, str(event.data.get("id")))
        if person is not None:
            await _apply_rules(session, outbox, event.org, person, await repo.rules(session, event.org))

    return handle


# -- progress ------------------------------------------------------------------------------------

def _require_published(module: Module, field: str = "module") -> None:
    if module.version == 0 or module.status != "published":
        raise Unprocessable.field(field, "the module is not published")


async def start_module(session: AsyncSession, org_id: str, person_id: str, module: Module) -> ModuleProgress:
    _require_published(module)
    progress = await repo.module_progress(session, org_id, person_id, module.id)
    if progress is None:
        progress = ModuleProgress(org_id=org_id, person_id=person_id, module_id=module.id)
        session.add(progress)
        await session.flush()
    return progress


@dataclass
class CompletionOutcome:
    completed_tracks: list[str]
    certifications: list[Certification]


async def complete_module(session: AsyncSession, outbox: Outbox, org_id: str, person_id: str, module: Module, *,
                          source: str = "learner", completed_at: datetime | None = None,
                          checked: bool = True) -> tuple[ModuleProgress, CompletionOutcome]:
    """Completes a module (quiz passed on this version, prerequisites done) and whatever tracks that finishes."""
    _require_published(module, field="module_id")
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
    for assignment in await repo.open_assignments(session, org_id, person_id, module_id=module.id):
        assignment.completed_at = now
        session.add(assignment)
    await session.flush()
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
    for assignment in await repo.open_assignments(session, org_id, person_id, track_id=track.id):
        assignment.completed_at = completed_at
        session.add(assignment)
    await session.flush()
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
                                    track: Track, completed_at: datetime) -> Certification | None:
    if track.status != "published":
        raise Unprocessable.field("track_id", "the track is not published")
    return await record_track_completion(session, outbox, org_id, person_id, track, source="lms",
                                         completed_at=completed_at)


def certification_status(certification: Certification, now: datetime) -> str:
    if certification.superseded_at is not None:
        return "superseded"
    expired = certification.expired_at is not None or certification.expires_at <= now
    return "expired" if expired else "active"


# -- due work: renewals and expiries -------------------------------------------------------------

@dataclass
class DueWork:
    renewals_assigned: int = 0
    certifications_expired: int = 0


async def run_due_work(db: Database, outbox: Outbox, settings: CurriculumSettings, now: datetime) -> DueWork:
    """Renewal assignments ahead of expiry and expiry events; running it twice changes nothing."""
    report = DueWork()
    async with db.transaction() as session:
        window = now + timedelta(days=settings.renewal_days_before_expiry)
        due = (await session.exec(select(Certification).where(
            col(Certification.superseded_at).is_(None), col(Certification.renewal_assigned_at).is_(None),
            col(Certification.expired_at).is_(None), Certification.expires_at <= window))).all()
        for certification in due:
            certification.renewal_assigned_at = now
            session.add(certification)
            person = await directory.person(session, certification.org_id, certification.person_id)
            track = await session.get(Track, certification.track_id)
            if person is None or person.status != "active" or track is None or track.status != "published":
                continue
            _, created = await assign(session, outbox, org_id=certification.org_id, person_id=person.id,
                                      source=AssignmentSource.renewal, dedupe_key=f"renewal:{certification.id}",
                                      track_id=track.id, due_at=certification.expires_at)
            report.renewals_assigned += created
        expired = (await session.exec(select(Certification).where(
            col(Certification.superseded_at).is_(None), col(Certification.expired_at).is_(None),
            Certification.expires_at <= now))).all()
        for certification in expired:
            certification.expired_at = certification.expires_at
            session.add(certification)
            await outbox.emit(session, type=events.CERTIFICATION_EXPIRED, org=certification.org_id,
                              subject=certification.person_id, data={
                                  "id": certification.id, "person_id": certification.person_id,
                                  "track_id": certification.track_id,
                                  "certification_key": certification.certification_key,
                                  "expired_at": certification.expires_at.isoformat()})
            report.certifications_expired += 1
    return report


# -- platform changes ----------------------------------------------------------------------------

async def record_platform_change(session: AsyncSession, org_id: str, data: PlatformChangeIn) -> PlatformChange:
    """Flags every published module covering the platform for review."""
    flagged: list[str] = []
    reason = f"{data.platform} changed on {data.effective_on.isoformat()}: {data.summary}"[:1000]
    for module in await repo.modules(session, org_id):
        if module.status == "published" and data.platform in module.platforms:
            module.needs_review, module.review_reason = True, reason
            module.revision += 1
            session.add(module)
            flagged.append(module.id)
    change = PlatformChange(org_id=org_id, platform=data.platform, summary=data.summary,
                            effective_on=data.effective_on, flagged_module_ids=flagged)
    session.add(change)
    await session.flush()
    return change
