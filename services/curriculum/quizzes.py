"""Quizzes: a module's quiz, grading attempts and the daily attempt limit. Functions flush but never commit."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import save
from kit.ids import utcnow
from kit.problems import TooManyRequests, Unprocessable
from services.curriculum import repositories as repo
from services.curriculum.models import (
    Module,
    Quiz,
    QuizAttempt,
    directory,
)
from services.curriculum.schemas import (
    AttemptIn,
    QuizIn,
)
from services.curriculum.settings import CurriculumSettings


async def set_quiz(session: AsyncSession, module: Module, data: QuizIn) -> Quiz:
    quiz = await repo.quiz(session, module)
    questions = [q.model_dump(mode="json") for q in data.questions]
    if quiz is None:
        quiz = Quiz(module_id=module.id, org_id=module.org_id, pass_mark=data.pass_mark, questions=questions)
    else:
        quiz.pass_mark, quiz.questions = data.pass_mark, questions
        quiz.revision += 1
        quiz.updated_at = utcnow()
    return await save(session, quiz)


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
    module.require_published()
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
