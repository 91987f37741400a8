"""curriculum: phased, role-based social media training: modules, quizzes, tracks, certificates, policy."""

from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import Service, add_periodic_job, create_service_app
from kit.directory import PERSON_EVENTS
from kit.events import CloudEvent, EventHandler, Outbox
from kit.ids import utcnow
from services.curriculum.assignments import rules_on_person_event
from services.curriculum.certifications import run_due_work
from services.curriculum.cmi5 import deliver_due as cmi5_work
from services.curriculum.lti import background_work as lti_work
from services.curriculum.models import CurriculumTable, directory
from services.curriculum.routers import (
    assessments,
    assignments,
    cmi5,
    learn,
    lti,
    modules,
    platform_changes,
    playbook,
    policies,
    progress,
    quizzes,
    tracks,
    xapi,
)
from services.curriculum.settings import CurriculumSettings

MIGRATIONS = Path(__file__).parent / "migrations"


def then(first: EventHandler, second: EventHandler) -> EventHandler:
    """Runs two handlers for one event, in the same transaction and in order."""

    async def both(session: Any, event: CloudEvent, data: Any) -> None:
        await first(session, event, data)
        await second(session, event, data)

    return both


def event_handlers(outbox: Outbox) -> dict[str, EventHandler]:
    """The Directory's projection first, then the assignment rules against the person it now holds."""
    handlers = directory.handlers()
    apply_rules = rules_on_person_event(outbox)
    for event_type in PERSON_EVENTS[:2]:  # created, updated: a deactivated person gets nothing new
        handlers[event_type] = then(handlers[event_type], apply_rules)
    return handlers


SERVICE = Service(
    name="curriculum",
    description="Phased, role-based social media training: modules, quizzes, tracks, certificates, policy.",
    tables=CurriculumTable.metadata,
    migrations_dir=MIGRATIONS,
    routers=[modules.router, quizzes.router, tracks.router, assignments.router, progress.router,
             platform_changes.router, policies.router, assessments.router, playbook.router, lti.router,
             lti.launch_router, learn.router, xapi.router, xapi.lrs_router,
             cmi5.router, cmi5.au_router],
    event_handlers=event_handlers,
    may_act=directory.may_act,
)


def create_app(settings: CurriculumSettings | None = None, **overrides: Any) -> FastAPI:
    settings = settings or CurriculumSettings()
    app = create_service_app(SERVICE, settings, **overrides)
    modules.keep_published_modules(app, settings.status_cache_seconds)
    add_periodic_job(app, "due-work", lambda: run_due_work(app.state.db, app.state.outbox, settings, utcnow()),
                     settings.due_work_interval_seconds, exclusive=True)
    add_periodic_job(app, "lti", lambda: lti_work(app.state.db, app.state.outbox,
                                                  timedelta(minutes=settings.lti_roster_sync_minutes)),
                     settings.lti_interval_seconds, exclusive=True)
    add_periodic_job(app, "cmi5", lambda: cmi5_work(app.state.db), settings.lti_interval_seconds, exclusive=True)
    return app
