"""advocacy: the voluntary ambassador programme: curated posts, guardrails, digests, tracked shares and clicks."""

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import Service, add_periodic_job, create_service_app
from services.advocacy import clicks, digests
from services.advocacy.mail_links import MailLinks
from services.advocacy.models import AdvocacyTable, directory
from services.advocacy.projections import handlers
from services.advocacy.routers import (
    ambassadors,
    conversations,
    mail,
    posts,
    programme,
    redirect,
    shares,
    stats,
    topics,
)
from services.advocacy.routers import digests as digest_routes
from services.advocacy.settings import AdvocacySettings

MIGRATIONS = Path(__file__).parent / "migrations"
SERVICE = Service(
    name="advocacy",
    description="The voluntary ambassador programme: curated posts, guardrails, digests, shares and clicks.",
    tables=AdvocacyTable.metadata,
    migrations_dir=MIGRATIONS,
    routers=[programme.router, ambassadors.router, topics.router, posts.router, shares.router, redirect.router,
             mail.router, digest_routes.router, conversations.router, stats.router],
    event_handlers=handlers(),
    may_act=directory.may_act,
)


def create_app(settings: AdvocacySettings | None = None, **overrides: Any) -> FastAPI:
    settings = settings or AdvocacySettings()
    app = create_service_app(SERVICE, settings, **overrides)
    app.state.digest_transport = digests.transport_for(settings)
    app.state.clicks = clicks.ClickCounter(app.state.db)
    setup_background_jobs(app, settings)
    return app


def setup_background_jobs(app: FastAPI, settings: AdvocacySettings) -> None:
    """Digest delivery, weekly digests on each ambassador's day, and click events, beside the outbox relay."""
    if not settings.background_jobs:
        return
    db, outbox = app.state.db, app.state.outbox

    async def deliver() -> None:
        await digests.deliver_due(db, app.state.digest_transport, max_backoff=settings.digest_max_backoff_seconds)

    async def weekly() -> None:
        await digests.run_weekly(db, MailLinks.of(settings, settings.public_base_url or settings.fallback_base_url))

    async def flush() -> None:
        await clicks.flush_click_minutes(db, outbox)

    # Delivery and click minutes claim their rows with SKIP LOCKED, so replicas share them; weekly digests are
    # planned by one replica at a time.
    add_periodic_job(app, "digest-delivery", deliver, settings.digest_delivery_interval_seconds, exclusive=False)
    add_periodic_job(app, "weekly-digests", weekly, settings.digest_schedule_interval_seconds, exclusive=True)
    add_periodic_job(app, "click-events", flush, settings.click_flush_interval_seconds, exclusive=False)
