"""Progress: starting and completing modules, completions reported by an LMS, a person's learning and certifications."""


from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlmodel import select

from kit.app import OutboxDep
from kit.auth import Authenticated, Person, Principal
from kit.db import SessionDep
from kit.idempotency import idempotent
from kit.ids import utcnow
from kit.pagination import Listing, Page, PagerDep
from kit.problems import NotFound, Unprocessable
from kit.tenancy import of_org_where
from services.curriculum import progress
from services.curriculum import repositories as repo
from services.curriculum.deps import CompletionWriter, ReaderLocaleDep
from services.curriculum.models import Certification, Module, Track, directory, idempotency_keys
from services.curriculum.presenters import assignment_public, certification_public, locales, progress_public
from services.curriculum.schemas import (
    AssignmentSource,
    CertificationPublic,
    ExternalCompletionIn,
    ExternalCompletionResult,
    LearningItem,
    ModuleCompletionResult,
    ModuleProgressPublic,
    MyLearning,
    NextStep,
    PersonProgress,
    TrackCompletionPublic,
)
from services.curriculum.settings import CurriculumSettings

TAG_DESCRIPTIONS = {"lms": "What a third-party LMS calls: enrolments, completions it records, and a person's "
                           "progress and certifications."}
router = APIRouter(tags=["progress"])
_CERTIFICATIONS = Listing(lambda: select(Certification).where(*of_org_where(Certification, "person_id")),
                          Certification.id)
_DUE_WORK = CurriculumSettings.model_fields["due_work_interval_seconds"].default
RENEWAL_TIMING = (
    "Renewals (assigned NETWISE_CURRICULUM_RENEWAL_DAYS_BEFORE_EXPIRY days ahead of expiry) and expiries are made "
    f"by a job every NETWISE_CURRICULUM_DUE_WORK_INTERVAL_SECONDS ({_DUE_WORK:g} s by default): they appear within "
    f"about {_DUE_WORK / 60:g} min, not at the moment a certification reaches its date.")


@router.post("/v1/modules/{module_id}/start", response_model=ModuleProgressPublic, summary="Start a module")
async def start_module(module_id: str, principal: Person, session: SessionDep) -> ModuleProgressPublic:
    module = await repo.module(session, principal.org, module_id)
    return progress_public(await progress.start_module(session, principal.org, principal.subject, module))


@router.post("/v1/modules/{module_id}/complete", response_model=ModuleCompletionResult,
             summary="Complete a module", description="Needs the module's prerequisites completed and, when it "
             "has a quiz, a passed attempt on its current version. Finishing a track issues its certification.")
async def complete_module(module_id: str, principal: Person, session: SessionDep,
                          outbox: OutboxDep) -> ModuleCompletionResult:
    module = await repo.module(session, principal.org, module_id)
    record, outcome = await progress.complete_module(session, outbox, principal.org, principal.subject, module)
    return ModuleCompletionResult(progress=progress_public(record), completed_tracks=outcome.completed_tracks,
                                  certifications=[certification_public(c) for c in outcome.certifications])


def _may_read_person(principal: Principal, person_id: str) -> None:
    """A person reads their own progress; integrations need progress:read; nobody else sees it."""
    if principal.subject != person_id and "progress:read" not in principal.scopes:
        raise NotFound(f"no person {person_id} in this organisation")


async def _known_person(session: SessionDep, principal: Principal, person_id: str) -> None:
    _may_read_person(principal, person_id)
    if await directory.person(session, principal.org, person_id) is None:
        raise NotFound(f"no person {person_id} in this organisation")


@router.get("/v1/people/{person_id}/progress", response_model=PersonProgress, tags=["lms"],
            summary="A person's assignments, module and track completions and certifications",
            description="The person themself, or an integration with scope progress:read.")
async def person_progress(person_id: str, principal: Authenticated, session: SessionDep) -> PersonProgress:
    await _known_person(session, principal, person_id)
    now = utcnow()
    return PersonProgress(
        person_id=person_id,
        assignments=[assignment_public(a, now) for a in await repo.assignments_of(session, principal.org, person_id)],
        modules=[progress_public(p) for p in await repo.progress_of(session, principal.org, person_id)],
        tracks=[TrackCompletionPublic.model_validate(t)
                for t in await repo.track_completions(session, principal.org, person_id)],
        certifications=[certification_public(c, now)
                        for c in await repo.certifications_of(session, principal.org, person_id)])


@router.get("/v1/people/{person_id}/certifications", response_model=Page[CertificationPublic], tags=["lms"],
            summary="A person's certifications, expired ones marked as such",
            description=RENEWAL_TIMING)
async def person_certifications(person_id: str, principal: Authenticated, session: SessionDep,
                                pager: PagerDep) -> Page[CertificationPublic]:
    await _known_person(session, principal, person_id)
    values = {"org_id": principal.org, "person_id": person_id}
    return await pager.presented(session, _CERTIFICATIONS, (), values, certification_public)


@router.get("/v1/me/learning", response_model=MyLearning, summary="My learning: assigned, next, overdue",
            description=RENEWAL_TIMING)
async def my_learning(principal: Person, session: SessionDep, reader: ReaderLocaleDep) -> MyLearning:
    now = utcnow()
    done = {p.module_id for p in await repo.progress_of(session, principal.org, principal.subject) if p.completed_at}
    assignments = await repo.assignments_of(session, principal.org, principal.subject)
    items: list[LearningItem] = []
    next_step: NextStep | None = None
    served = reader.default
    # Open required work first, soonest due first: that is what "next" means.
    ordered = sorted(assignments, key=lambda a: (a.completed_at is not None, not a.required,
                                                 a.due_at or now.replace(year=9999), a.id))
    for assignment in ordered:
        if assignment.track_id is not None:
            track = await session.get(Track, assignment.track_id)
            assert track is not None
            content, module_ids = track.content, list(track.module_ids)
            default_locale = track.default_locale
        else:
            module = await session.get(Module, assignment.module_id)
            assert module is not None
            content, module_ids, default_locale = module.content, [module.id], module.default_locale
        locale = reader.pick(locales(content, default_locale))
        served = locale
        completed = sum(1 for m in module_ids if m in done) if assignment.source != AssignmentSource.refresher \
            else int(assignment.completed_at is not None)
        items.append(LearningItem(assignment=assignment_public(assignment, now), title=content[locale]["title"],
                                  total_modules=len(module_ids), completed_modules=completed))
        if next_step is None and assignment.completed_at is None:
            pending = [m for m in module_ids if m not in done or assignment.source in ("refresher", "renewal")]
            if pending:
                module = await session.get(Module, pending[0])
                assert module is not None
                title = module.content[reader.pick(locales(module.content, module.default_locale))]["title"]
                next_step = NextStep(assignment_id=assignment.id, track_id=assignment.track_id, module_id=module.id,
                                     title=title)
    reader.served(served)
    return MyLearning(person_id=principal.subject, locale=served, items=items, next=next_step,
                      overdue=sum(1 for i in items if i.assignment.status == "overdue"))


@router.post("/v1/completions", response_model=ExternalCompletionResult, status_code=201, tags=["lms"],
             summary="Report a completion recorded in an LMS (a module or a whole track)",
             description="Scope completions:write. Honours Idempotency-Key. Quiz and prerequisite checks are the "
             "LMS's business; a track completion issues the track's certification.")
async def report_completion(body: ExternalCompletionIn, principal: CompletionWriter, session: SessionDep,
                            outbox: OutboxDep, request: Request) -> JSONResponse:
    person = await (repo.person(session, principal.org, body.person_id) if body.person_id
                    else repo.person_by_email(session, principal.org, body.email or ""))
    now = utcnow()
    completed_at = body.completed_at or now
    if completed_at.tzinfo is None:
        raise Unprocessable.field("completed_at", "needs a time zone (RFC 3339)")
    if completed_at > now:
        raise Unprocessable.field("completed_at", "is in the future")

    async def produce() -> ExternalCompletionResult:
        if body.module_id is not None:
            module = await repo.module(session, principal.org, body.module_id, field="module_id")
            _, outcome = await progress.complete_module(session, outbox, principal.org, person.id, module,
                                                       source="lms", completed_at=completed_at, checked=False)
            tracks, certifications = outcome.completed_tracks, outcome.certifications
        else:
            track = await repo.track(session, principal.org, body.track_id or "", field="track_id")
            certification = await progress.complete_track_externally(session, outbox, principal.org, person.id,
                                                                    track, completed_at)
            tracks, certifications = [track.id], [certification] if certification else []
        return ExternalCompletionResult(
            person_id=person.id, module_id=body.module_id, track_id=body.track_id, completed_at=completed_at,
            source=AssignmentSource.lms, completed_tracks=tracks,
            certifications=[certification_public(c) for c in certifications])

    return await idempotent(session, idempotency_keys, request, principal, body, produce, status_code=201)
