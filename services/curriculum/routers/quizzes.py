"""Quizzes: a module's questions and answer key, taking one (graded on the server), and attempts per day."""

from fastapi import APIRouter, Request, Response

from kit.auth import Person
from kit.db import SessionDep
from kit.etag import check_if_match, set_etag
from kit.ids import utcnow
from kit.problems import NotFound
from services.curriculum import quizzes
from services.curriculum import repositories as repo
from services.curriculum.deps import Editor, ReaderLocaleDep, SettingsDep
from services.curriculum.models import Module, Quiz
from services.curriculum.presenters import quiz_for_learners
from services.curriculum.schemas import (
    AttemptIn,
    AttemptPublic,
    QuizForEditors,
    QuizForLearners,
    QuizIn,
)

router = APIRouter(prefix="/v1/modules/{module_id}/quiz", tags=["quizzes"])


async def _quiz(session: SessionDep, org_id: str, module_id: str) -> tuple[Module, Quiz]:
    module = await repo.module(session, org_id, module_id)
    quiz = await repo.quiz(session, module)
    if quiz is None:
        raise NotFound(f"module {module_id} has no quiz")
    return module, quiz


def _for_editors(quiz: Quiz) -> QuizForEditors:
    return QuizForEditors(module_id=quiz.module_id, pass_mark=quiz.pass_mark, questions=quiz.questions,
                          revision=quiz.revision, updated_at=quiz.updated_at)


@router.put("", response_model=QuizForEditors, summary="Set a module's quiz (questions, answer key, pass mark)")
async def put_quiz(module_id: str, body: QuizIn, principal: Editor, session: SessionDep, request: Request,
                   response: Response) -> QuizForEditors:
    module = await repo.module(session, principal.org, module_id)
    existing = await repo.quiz(session, module)
    if existing is not None:
        check_if_match(request, existing.revision)
    quiz = await quizzes.set_quiz(session, module, body)
    set_etag(response, quiz.revision)
    return _for_editors(quiz)


@router.get("/answer-key", response_model=QuizForEditors, summary="The quiz with its answer key (editors)")
async def get_answer_key(module_id: str, principal: Editor, session: SessionDep,
                         response: Response) -> QuizForEditors:
    _, quiz = await _quiz(session, principal.org, module_id)
    set_etag(response, quiz.revision)
    return _for_editors(quiz)


@router.get("", response_model=QuizForLearners, summary="The quiz to take: questions without the answers")
async def get_quiz(module_id: str, principal: Person, session: SessionDep, settings: SettingsDep,
                   reader: ReaderLocaleDep) -> QuizForLearners:
    module, quiz = await _quiz(session, principal.org, module_id)
    if module.version == 0:
        raise NotFound(f"module {module_id} has no published version")
    used = await quizzes.attempts_today(session, principal.org, principal.subject, module.id, utcnow())
    public = quiz_for_learners(module, quiz, reader, settings.quiz_attempts_per_day, used)
    reader.served(public.locale)
    return public


@router.post("/attempts", response_model=AttemptPublic, status_code=201,
             summary="Answer the quiz; graded on the server",
             description="Attempts per day are limited (counted in the organisation's time zone): beyond the "
             "limit the answer is a 429 with Retry-After.")
async def attempt_quiz(module_id: str, body: AttemptIn, principal: Person, session: SessionDep,
                       settings: SettingsDep) -> AttemptPublic:
    module, quiz = await _quiz(session, principal.org, module_id)
    attempt, left = await quizzes.attempt_quiz(session, settings, principal.org, principal.subject, module, quiz,
                                               body)
    return AttemptPublic(id=attempt.id, module_id=module.id, module_version=attempt.module_version,
                         score=attempt.score, passed=attempt.passed, pass_mark=quiz.pass_mark,
                         attempted_at=attempt.attempted_at, attempts_left_today=left)
