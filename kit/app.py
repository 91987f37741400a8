"""`create_service_app`: what a netwise service is made of, read top to bottom."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from sqlalchemy import Table

from kit.auth import JWKSCache, KeySource, TokenVerifier
from kit.db import Database
from kit.events import EventHandler, Outbox, Relay, events_router
from kit.inputs import reject_nul
from kit.migrations import assert_at_head
from kit.observability import setup_logging, setup_observability
from kit.problems import PROBLEM_JSON, ProblemDetail, setup_problems
from kit.settings import ServiceSettings

API_VERSION = "0.1.0"
log = logging.getLogger("netwise.jobs")


def operation_id(route: APIRoute) -> str:
    """Stable ids as `tag-name` so generated clients read well."""
    tag = str(route.tags[0]) if route.tags else "default"
    return f"{tag}-{route.name}".replace("_", "-")


def setup_openapi(app: FastAPI) -> None:
    """Every operation documents its errors once, as problem+json under `default`."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes, servers=app.servers or None)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        problem = ProblemDetail.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(problem.pop("$defs", {}))
        components["ProblemDetail"] = problem
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                responses = operation.setdefault("responses", {})
                responses.pop("422", None)
                responses["default"] = {
                    "description": "Problem (RFC 9457)",
                    "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}},
                }
        schema.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def setup_common(app: FastAPI, name: str, readiness: list[Callable[[], Any]]) -> None:
    setup_problems(app)
    setup_observability(app, name, readiness)
    setup_openapi(app)


def create_service_app(
    *,
    name: str,
    description: str,
    settings: ServiceSettings,
    migrations_dir: Path,
    outbox_table: Table,
    inbox_table: Table,
    routers: list[APIRouter],
    event_handlers: dict[str, EventHandler] | Callable[[Outbox], dict[str, EventHandler]] | None = None,
    key_source: KeySource | None = None,
    relay_client: Any = None,
) -> FastAPI:
    database = Database(settings.database_url)
    outbox = Outbox.of(name, outbox_table, settings.subscribers)
    relay = Relay(database, outbox, token=settings.internal_token.get_secret_value(),
                  interval=settings.relay_interval_seconds, max_backoff=settings.relay_max_backoff_seconds,
                  client=relay_client)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tasks = [asyncio.create_task(_every(job), name=f"{name}-{job.name}") for job in app.state.periodic_jobs]
        if outbox.subscribers:
            tasks.append(asyncio.create_task(relay.run_forever(), name=f"{name}-outbox-relay"))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await relay.close()
            await database.dispose()

    setup_logging(settings.log_level, settings.log_json)
    # reject_nul runs first on every route: no NUL reaches a handler or the database (PostgreSQL refuses it).
    app = FastAPI(title=f"netwise {name}", description=description, version=API_VERSION, lifespan=lifespan,
                  generate_unique_id_function=operation_id, dependencies=[Depends(reject_nul)])
    app.state.settings = settings
    app.state.db = database
    app.state.outbox = outbox
    app.state.relay = relay
    app.state.periodic_jobs = []
    app.state.internal_token = settings.internal_token.get_secret_value()
    app.state.verifier = TokenVerifier(key_source or JWKSCache(settings.jwks_url, settings.jwks_cache_seconds),
                                       issuer=settings.issuer, audience=settings.audience)

    async def migrated() -> None:
        await database.ping()
        await assert_at_head(database.engine, migrations_dir)

    setup_common(app, name, [migrated])
    for router in routers:
        app.include_router(router)
    # Handlers that emit events of their own are built from the app's outbox.
    handlers = event_handlers(outbox) if callable(event_handlers) else event_handlers
    app.include_router(events_router(inbox_table, handlers or {}))
    return app


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    run: Callable[[], Awaitable[object]]
    interval_seconds: float


def add_periodic_job(app: FastAPI, name: str, run: Callable[[], Awaitable[object]], interval_seconds: float) -> None:
    """Background work beside the outbox relay, from start-up to shutdown: run, wait the interval, run again."""
    app.state.periodic_jobs.append(PeriodicJob(name, run, interval_seconds))


async def _every(job: PeriodicJob) -> None:
    while True:
        try:
            await job.run()
        except Exception:
            # A failing pass must not end the job: the next interval retries with whatever changed.
            log.exception("background job %s failed; it runs again in %.0f s", job.name, job.interval_seconds)
        await asyncio.sleep(job.interval_seconds)


def _outbox(request: Request) -> Outbox:
    outbox: Outbox = request.app.state.outbox
    return outbox


OutboxDep = Annotated[Outbox, Depends(_outbox)]
