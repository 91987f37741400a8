"""Turning rows into API shapes: one place for locale choice and computed statuses."""

from datetime import date, datetime
from typing import Any

from kit.ids import utcnow
from kit.locale import ReaderLocale
from services.curriculum.certifications import certification_status
from services.curriculum.models import Assignment, Certification, Module, ModuleProgress, Quiz, Track
from services.curriculum.schemas import (
    AssignmentPublic,
    CertificationPublic,
    CertificationSpec,
    ModuleProgressPublic,
    ModulePublic,
    QuizForLearners,
    QuizOptionForLearners,
    QuizQuestionForLearners,
    TrackPublic,
)


def locales(content: dict[str, Any], default_locale: str) -> list[str]:
    """The default first, so a reader with no match gets it."""
    return [default_locale, *(loc for loc in content if loc != default_locale)]


def module_public(module: Module, reader: ReaderLocale, *, snapshot: dict[str, Any] | None,
                  has_quiz: bool) -> ModulePublic:
    """The published snapshot when given, else the draft (editors), with all its variants."""
    source: dict[str, Any] = snapshot if snapshot is not None else {
        "phase": module.phase, "content": module.content, "default_locale": module.default_locale,
        "job_functions": module.job_functions, "platforms": module.platforms, "competencies": module.competencies,
        "estimated_minutes": module.estimated_minutes, "prerequisites": module.prerequisites,
        "review_by": module.review_by.isoformat() if module.review_by else None}
    available = locales(source["content"], source["default_locale"])
    locale = reader.pick(available)
    text = source["content"][locale]
    draft = snapshot is None
    return ModulePublic(
        id=module.id, status=module.status, version=module.version, phase=source["phase"], locale=locale,
        title=text["title"], summary=text.get("summary", ""), body=text.get("body", ""), available_locales=available,
        job_functions=source["job_functions"], platforms=source["platforms"], competencies=source["competencies"],
        estimated_minutes=source["estimated_minutes"], prerequisites=source["prerequisites"],
        review_by=date.fromisoformat(source["review_by"]) if source.get("review_by") else None,
        needs_review=module.needs_review, review_reason=module.review_reason, has_quiz=has_quiz,
        published_at=module.published_at, updated_at=module.updated_at,
        content=source["content"] if draft else None,
        has_unpublished_changes=module.has_unpublished_changes if draft else None)


def track_public(track: Track, reader: ReaderLocale) -> TrackPublic:
    available = locales(track.content, track.default_locale)
    locale = reader.pick(available)
    certification = CertificationSpec(key=track.certification_key, validity_days=track.certification_validity_days) \
        if track.certification_key and track.certification_validity_days else None
    return TrackPublic(
        id=track.id, status=track.status, phase=track.phase, locale=locale, title=track.content[locale]["title"],
        summary=track.content[locale].get("summary", ""), available_locales=available, module_ids=track.module_ids,
        audience_job_functions=track.audience_job_functions, audience_unit_ids=track.audience_unit_ids,
        required=track.required, certification=certification, published_at=track.published_at,
        updated_at=track.updated_at)


def assignment_public(assignment: Assignment, now: datetime | None = None) -> AssignmentPublic:
    now = now or utcnow()
    if assignment.completed_at is not None:
        status = "completed"
    elif assignment.due_at is not None and assignment.due_at < now:
        status = "overdue"
    else:
        status = "open"
    return AssignmentPublic.model_validate({**assignment.model_dump(), "status": status})


def certification_public(certification: Certification, now: datetime | None = None) -> CertificationPublic:
    return CertificationPublic.model_validate(
        {**certification.model_dump(), "status": certification_status(certification, now or utcnow())})


def progress_public(progress: ModuleProgress) -> ModuleProgressPublic:
    return ModuleProgressPublic.model_validate(progress)


def quiz_for_learners(module: Module, quiz: Quiz, reader: ReaderLocale, attempts_per_day: int,
                      used_today: int) -> QuizForLearners:
    """The quiz to take, in the reader's language: its questions and options without the answers."""
    locale = reader.pick(list(quiz.questions[0]["text"]))

    def text(variants: dict[str, str]) -> str:
        return variants.get(locale) or variants[reader.pick(list(variants))]

    return QuizForLearners(
        module_id=module.id, locale=locale, pass_mark=quiz.pass_mark,
        questions=[QuizQuestionForLearners(id=q["id"], kind=q["kind"], text=text(q["text"]), options=[
            QuizOptionForLearners(id=o["id"], text=text(o["text"])) for o in q["options"]]) for q in quiz.questions],
        attempts_per_day=attempts_per_day, attempts_left_today=max(0, attempts_per_day - used_today))
