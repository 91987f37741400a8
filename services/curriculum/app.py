"""curriculum: phased, role-based social media training: modules, quizzes, tracks, certificates, policy."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import create_service_app
from kit.db import Database
from kit.directory import PERSON_EVENTS
from kit.events import CloudEvent, EventHandler, Outbox
from kit.ids import utcnow
from services.curriculum import service
from services.curriculum.models import directory, inbox_table, outbox_table
from services.curriculum.routers import (
    assessments,
    assignments,
    modules,
    platform_changes,
    playbook,
    policies,
    progress,
    quizzes,
    tracks,
)
from services.curriculum.settings import CurriculumSettings

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger("netwise.curriculum")


def then(first: EventHandler, second: EventHandler) -> EventHandler:
    """Runs two handlers for one event, in the same transaction and in order."""

    async def both(session: Any, event: CloudEvent) -> None:
        await first(session, event)
        await second(session, event)

    return both


def event_handlers(outbox: Outbox) -> dict[str, EventHandler]:
    """The Directory's projection first, then the assignment rules against the person it now holds."""
    handlers = directory.handlers()
    apply_rules = service.rules_on_person_event(outbox)
    for event_type in PERSON_EVENTS[:2]:  # created, updated: a deactivated person gets nothing new
        handlers[event_type] = then(handlers[event_type], apply_rules)
    return handlers


async def run_due_work_forever(db: Database, outbox: Outbox, settings: CurriculumSettings) -> None:
    while True:
        try:
            await service.run_due_work(db, outbox, settings, utcnow())
        except Exception:
            log.exception("certification sweep failed; retrying at the next interval")
        await asyncio.sleep(settings.due_work_interval_seconds)


def create_app(settings: CurriculumSettings | None = None, **overrides: Any) -> FastAPI:
    settings = settings or CurriculumSettings()
    outbox = Outbox.of("curriculum", outbox_table, settings.subscribers)
    app = create_service_app(
        name="curriculum",
        description="Phased, role-based social media training: modules, quizzes, tracks, certificates, policy.",
        settings=settings,
        migrations_dir=MIGRATIONS,
        outbox_table=outbox_table,
        inbox_table=inbox_table,
        routers=[modules.router, quizzes.router, tracks.router, assignments.router, progress.router,
                 platform_changes.router, policies.router, assessments.router, playbook.router],
        event_handlers=event_handlers(outbox),
        **overrides,
    )
    service_lifespan = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with service_lifespan(app):
            sweep = asyncio.create_task(run_due_work_forever(app.state.db, app.state.outbox, settings),
                                        name="curriculum-due-work")
            try:
                yield
            finally:
                sweep.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await sweep

    app.router.lifespan_context = lifespan
    return app
