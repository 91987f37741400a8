"""webhooks: tells integrations what happened, as signed Standard Webhooks, from the events of every service."""

from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from kit.app import Service, add_periodic_job, create_service_app
from kit.events import CloudEvent, EventHandler
from services.webhooks import catalogue, endpoints
from services.webhooks.contract import add_webhooks_to_openapi
from services.webhooks.dispatch import Dispatcher
from services.webhooks.models import WebhooksTable, directory
from services.webhooks.routers import endpoints as endpoint_routes
from services.webhooks.settings import WebhooksSettings

MIGRATIONS = Path(__file__).parent / "migrations"


def handlers() -> dict[str, EventHandler]:
    """Every event of the contract is queued for the endpoints that want it; identity's also keep the directory
    (whose people and clients may still act) current."""
    own = directory.handlers()

    def queue(event_type: str) -> EventHandler:
        keep_directory = own.get(event_type)

        async def handle(session: Any, event: CloudEvent, data: Any) -> None:
            if keep_directory is not None:
                await keep_directory(session, event, data)
            await endpoints.enqueue(session, event)

        return handle

    return {event_type: queue(event_type) for event_type in {*catalogue.event_types(), *own}}


SERVICE = Service(
    name="webhooks",
    description="Signed webhooks (Standard Webhooks 1.0) of every netwise event, for integrations: endpoints, "
                "retries with backoff, an attempt log, replay, secret rotation.",
    tables=WebhooksTable.metadata,
    migrations_dir=MIGRATIONS,
    routers=[endpoint_routes.router],
    event_handlers=handlers(),
    may_act=directory.may_act,
)


def create_app(settings: WebhooksSettings | None = None, *, delivery_client: httpx.AsyncClient | None = None,
               **overrides: Any) -> FastAPI:
    """`delivery_client` sends the deliveries (tests pass one of their own)."""
    settings = settings or WebhooksSettings()
    app = create_service_app(SERVICE, settings, **overrides)
    dispatcher = Dispatcher(app.state.db, app.state.outbox, settings,
                            delivery_client or httpx.AsyncClient(follow_redirects=False))
    app.state.dispatcher = dispatcher
    add_periodic_job(app, "dispatch", dispatcher.run, settings.dispatch_interval_seconds, exclusive=True)
    add_webhooks_to_openapi(app)
    return app
