"""`create_service_app`: what a netwise service is made of, read top to bottom."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts
from sqlalchemy import Table
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import (
    Access,
    JWKSCache,
    KeySource,
    MayAct,
    StatusCheck,
    TokenVerifier,
    client_token,
    current_principal,
    person_token,
    required_access,
)
from kit.db import Database
from kit.directory import changed_principal
from kit.docs import setup_docs
from kit.events import CloudEvent, EventHandler, Outbox, Relay, events_router
from kit.limits import limit_bodies
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
        declare_access(app, schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _dependency_calls(dependant: Dependant) -> Iterator[Any]:
    for dependency in dependant.dependencies:
        yield dependency.call
        yield from _dependency_calls(dependency)


def _access_text(access: Access) -> str:
    who = [f"a person with role {' or '.join(sorted(access.roles))}" if access.roles else "",
           f"an integration client with scope {' or '.join(sorted(access.scopes))}" if access.scopes else ""]
    return "**Needs** " + ", or ".join(w for w in who if w) + "."


def declare_access(app: FastAPI, schema: dict[str, Any]) -> None:
    """Each operation says who may call it: in `security` (OpenAPI 3.1 allows role names for a bearer scheme),
    machine-readable in `x-netwise-access`, and in words at the end of its description."""
    all_scopes: set[str] = set()
    for route in iter_route_contexts(app.routes):  # included routers' routes with their prefixes
        if not isinstance(route.original_route, APIRoute) or not route.include_in_schema:
            continue
        calls = list(_dependency_calls(route.dependant))
        access = next((a for a in map(required_access, calls) if a is not None), None)
        if access is None and current_principal not in calls:
            continue  # public: no token needed
        for method in route.methods or ():
            operation = schema["paths"].get(route.path_format, {}).get(method.lower())
            if operation is None:
                continue
            if access is None:
                operation["x-netwise-access"] = {"roles": [], "scopes": [], "any_token": True}
                text = "**Needs** a token of the organisation: any person or integration client."
            else:
                all_scopes |= access.scopes
                operation["security"] = [
                    *([{person_token.scheme_name: sorted(access.roles)}] if access.roles else []),
                    *([{client_token.scheme_name: sorted(access.scopes)}] if access.scopes else [])]
                operation["x-netwise-access"] = {"roles": sorted(access.roles), "scopes": sorted(access.scopes),
                                                 "any_token": False}
                text = _access_text(access)
            operation["description"] = f"{operation.get('description', '').strip()}\n\n{text}".strip()
    flows = schema.get("components", {}).get("securitySchemes", {}).get(client_token.scheme_name, {}).get("flows")
    if flows:
        flows["clientCredentials"]["scopes"] = {scope: scope for scope in sorted(all_scopes)}


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
    may_act: Callable[[AsyncSession, str, str, str], Awaitable[bool]] | None = None,
) -> FastAPI:
    """`may_act(session, kind, org, id)` says whether a token's person or client is still active (see
    kit.auth.MayAct): the service's directory projection, or identity's own tables."""
    database = Database(settings.database_url)
    outbox = Outbox.of(name, outbox_table, settings.subscribers)
    relay = Relay(database, outbox, key=settings.signing_key(name),
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
    app = FastAPI(title=f"netwise {name}", description=description, version=API_VERSION, lifespan=lifespan,
                  generate_unique_id_function=operation_id, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.db = database
    app.state.outbox = outbox
    app.state.relay = relay
    app.state.periodic_jobs = []
    app.state.event_keys = settings.publisher_key
    status = StatusCheck(_reading(database, may_act), settings.status_cache_seconds) if may_act else None
    app.state.verifier = TokenVerifier(key_source or JWKSCache(settings.jwks_url, settings.jwks_cache_seconds),
                                       issuer=settings.issuer, audience=settings.audience, status=status)

    async def migrated() -> None:
        await database.ping()
        await assert_at_head(database.engine, migrations_dir)

    limit_bodies(app, settings.max_body_bytes)
    setup_common(app, name, [migrated])
    setup_docs(app, f"netwise {name}")
    for router in routers:
        app.include_router(router)
    # Handlers that emit events of their own are built from the app's outbox.
    handlers = event_handlers(outbox) if callable(event_handlers) else dict(event_handlers or {})
    if status is not None:
        # A deactivation or revocation, made here or heard of, counts at once in this process.
        outbox.listeners.append(lambda event: _forget(status, event))
        handlers = {event_type: _then_forget(status, handler) for event_type, handler in handlers.items()}
    app.include_router(events_router(inbox_table, handlers))
    return app


def _reading(database: Database, may_act: Callable[[AsyncSession, str, str, str], Awaitable[bool]]) -> MayAct:
    async def read(kind: str, org: str, subject: str) -> bool:
        async with database.transaction() as session:
            return await may_act(session, kind, org, subject)

    return read


def _forget(status: StatusCheck, event: CloudEvent) -> None:
    changed = changed_principal(event)
    if changed is not None:
        status.forget(*changed)


def _then_forget(status: StatusCheck, handler: EventHandler) -> EventHandler:
    async def handle(session: AsyncSession, event: CloudEvent) -> None:
        await handler(session, event)
        _forget(status, event)

    return handle


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
