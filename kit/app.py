"""`create_service_app`: what a netwise service is made of, read top to bottom."""

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.routing import APIRoute
from opentelemetry.sdk.trace.export import SpanExporter
from sqlalchemy import MetaData, Table
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import (
    JWKSCache,
    KeySource,
    MayAct,
    StatusCheck,
    TokenVerifier,
)
from kit.backlog import OutboxBacklog
from kit.broker import Broker, BrokerConsumer, ConsumerOptions, JetStreamPublish
from kit.contract import setup_openapi
from kit.db import Database
from kit.directory import ReaderLocales, changed_principal, forget_reader_locales
from kit.docs import setup_docs
from kit.events import CloudEvent, EventHandler, HttpPush, Outbox, Relay, Transport, events_router
from kit.idempotency import IDEMPOTENCY_TABLE
from kit.inputs import reject_nul
from kit.limits import limit_bodies
from kit.migrations import assert_at_head
from kit.observability import setup_logging, setup_observability
from kit.problems import setup_problems
from kit.retention import Retention, prune
from kit.routing import serve_plain_first
from kit.settings import ServiceSettings
from kit.tracing import NO_FASTAPI_TELEMETRY, setup_tracing, trace_database

API_VERSION = "0.1.0"
log = logging.getLogger("netwise.jobs")


def operation_id(route: APIRoute) -> str:
    """Stable ids as `tag-name` so generated clients read well."""
    tag = str(route.tags[0]) if route.tags else "default"
    return f"{tag}-{route.name}".replace("_", "-")


def setup_common(app: FastAPI, name: str, readiness: list[Callable[[], Any]], *, metrics_route: bool = True) -> None:
    setup_problems(app)
    setup_observability(app, name, readiness, metrics_route=metrics_route)
    setup_openapi(app)


MayActCheck = Callable[[AsyncSession, str, str, str], Awaitable[bool]]
Handlers = dict[str, EventHandler] | Callable[[Outbox], dict[str, EventHandler]]


@dataclass(frozen=True)
class Service:
    """One service, declared once: its name and description, its tables (with kit.events' outbox and inbox) and
    their migrations, its routers, the events it consumes, and `may_act(session, kind, org, id)`: whether a
    token's person or client is still active (kit.auth.MayAct), from the service's directory projection or
    identity's own tables. `event_handlers` may be built from the app's outbox, for handlers that emit events."""

    name: str
    description: str
    tables: MetaData
    migrations_dir: Path
    routers: list[APIRouter]
    event_handlers: Handlers = field(default_factory=dict)
    may_act: MayActCheck | None = None


def create_service_app(service: Service, settings: ServiceSettings, *, key_source: KeySource | None = None,
                       relay_client: Any = None, span_exporter: SpanExporter | None = None) -> FastAPI:
    """`span_exporter` takes the traces instead of `OTLP_ENDPOINT` (tests)."""
    name, migrations_dir, event_handlers, may_act = (service.name, service.migrations_dir, service.event_handlers,
                                                     service.may_act)
    outbox_table, inbox_table = service.tables.tables["outbox"], service.tables.tables["inbox"]
    database = Database(settings.database_url)
    broker = Broker(settings.broker_url, namespace=settings.broker_namespace,
                                                 retention_days=settings.broker_retention_days) if settings.broker_url \
        else None
    # With a broker every event goes to its stream (kept for consumers yet to come); without, to each subscriber.
    outbox = Outbox.of(name, outbox_table, settings.outbox_destinations())
    transport: Transport = JetStreamPublish(broker) if broker else HttpPush(relay_client or httpx.AsyncClient(
        timeout=10.0))
    relay = Relay(database, outbox, key=settings.signing_key(name), transport=transport,
                  interval=settings.relay_interval_seconds, max_backoff=settings.relay_max_backoff_seconds,
                  lease=settings.relay_lease_seconds)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tasks = [asyncio.create_task(_every(job, database, name), name=f"{name}-{job.name}")
                 for job in app.state.periodic_jobs]
        if broker is not None:
            tasks.append(asyncio.create_task(broker.run(), name=f"{name}-broker"))
            tasks.append(asyncio.create_task(app.state.consumer.run_forever(), name=f"{name}-consumer"))
        if outbox.subscribers:
            tasks.append(asyncio.create_task(relay.run_forever(), name=f"{name}-outbox-relay"))
        freeze_startup()
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await relay.close()
            if broker is not None:
                await broker.close()
            await database.dispose()

    setup_logging(settings.log_level, settings.log_json)
    # reject_nul runs first on every route: no NUL reaches a handler or the database (PostgreSQL refuses it).
    app = FastAPI(title=f"netwise {name}", description=service.description, version=API_VERSION, lifespan=lifespan,
                  telemetry=NO_FASTAPI_TELEMETRY,
                  generate_unique_id_function=operation_id, docs_url=None, redoc_url=None,
                  dependencies=[Depends(reject_nul)])
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
    setup_common(app, name, [migrated, *([broker.ready] if broker else [])])
    app.state.metrics_refresh.append(
        OutboxBacklog(database, outbox_table, outbox.subscribers, app.state.metrics).refresh)
    setup_docs(app, f"netwise {name}")
    for router in service.routers:
        app.include_router(router)
    serve_plain_first(app, service.routers)
    setup_tracing(app, name, settings.otlp_endpoint, exporter=span_exporter)
    trace_database(app, database.engine)
    add_periodic_job(app, "prune", lambda: prune(database, retention_rules(settings, outbox_table, inbox_table)),
                     settings.prune_interval_seconds, exclusive=True)
    # Handlers that emit events of their own are built from the app's outbox.
    handlers = event_handlers(outbox) if callable(event_handlers) else dict(event_handlers)
    app.state.reader_locales = reader_locales = ReaderLocales(settings.status_cache_seconds)

    def forget(event: CloudEvent) -> None:
        # A deactivation, a revocation or a new locale, made here or heard of, counts at once in this process.
        changed = changed_principal(event)
        if status is not None and changed is not None:
            status.forget(*changed)
        forget_reader_locales(reader_locales, event)

    outbox.listeners.append(forget)
    handlers = {event_type: _then_forget(forget, handler) for event_type, handler in handlers.items()}
    app.include_router(events_router(inbox_table, handlers))
    app.state.consumer = BrokerConsumer(
        broker, database, service=name, publishers=sorted(settings.event_publisher_keys or {}),
        keys=settings.publisher_key, inbox=inbox_table, handlers=handlers, app=app,
        options=ConsumerOptions(settings.event_ack_wait_seconds, settings.event_max_deliveries,
                                settings.event_replay_from), registry=app.state.metrics) if broker else None
    return app


def retention_rules(settings: ServiceSettings, outbox: Table, inbox: Table) -> list[Retention]:
    rules = [Retention(outbox, "delivered_at", timedelta(days=settings.outbox_retention_days)),
             Retention(inbox, "received_at", timedelta(days=settings.inbox_retention_days))]
    idempotency_keys = outbox.metadata.tables.get(IDEMPOTENCY_TABLE)
    if idempotency_keys is not None:  # a service that takes `Idempotency-Key` keeps its table beside the outbox
        rules.append(Retention(idempotency_keys, "created_at", timedelta(hours=settings.idempotency_retention_hours)))
    return rules


def _reading(database: Database, may_act: Callable[[AsyncSession, str, str, str], Awaitable[bool]]) -> MayAct:
    async def read(kind: str, org: str, subject: str) -> bool:
        async with database.transaction() as session:
            return await may_act(session, kind, org, subject)

    return read


def _then_forget(forget: Callable[[CloudEvent], None], handler: EventHandler) -> EventHandler:
    async def handle(session: AsyncSession, event: CloudEvent, data: Any) -> None:
        await handler(session, event, data)
        forget(event)

    return handle


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    run: Callable[[], Awaitable[object]]
    interval_seconds: float
    exclusive: bool


def freeze_startup() -> None:
    """Call when an app starts serving. What startup built (modules, routes, schemas, table metadata) lives as long
    as the process: out of the collector's sight, a full collection scans only what requests made (analytics' bulk
    write of 1000 entries sets one off every ten batches or so: 150 ms with startup's objects, 7 ms without; in
    curriculum's xAPI ingest, collections were a quarter of the process's CPU). Once per process: a server starts
    one app, while tests start lifespans by the thousand (schemathesis one per case), where a full collection each
    time would cost far more than it saves."""
    global _startup_frozen
    if not _startup_frozen:
        _startup_frozen = True
        gc.collect()
        gc.freeze()


_startup_frozen = False


def add_periodic_job(app: FastAPI, name: str, run: Callable[[], Awaitable[object]], interval_seconds: float, *,
                     exclusive: bool) -> None:
    """Background work beside the outbox relay, from start-up to shutdown: run, wait the interval, run again.
    `exclusive`: one pass at a time across every replica of the service (a job over shared rows that is not
    safe to run twice at once); a job over its own process's state (a buffer) runs in every replica."""
    app.state.periodic_jobs.append(PeriodicJob(name, run, interval_seconds, exclusive))


async def run_once(job: PeriodicJob, database: Database, service: str) -> bool:
    """One pass of `job`; False when it is exclusive and another replica's pass holds it (this one is skipped)."""
    if not job.exclusive:
        await job.run()
        return True
    async with database.exclusive(f"{service}:{job.name}") as mine:
        if mine:
            await job.run()
        return mine


async def _every(job: PeriodicJob, database: Database, service: str) -> None:
    while True:
        try:
            await run_once(job, database, service)
        except Exception:
            # A failing pass must not end the job: the next interval retries with whatever changed.
            log.exception("background job %s failed; it runs again in %.0f s", job.name, job.interval_seconds)
        await asyncio.sleep(job.interval_seconds)


async def _outbox(request: Request) -> Outbox:
    outbox: Outbox = request.app.state.outbox
    return outbox


OutboxDep = Annotated[Outbox, Depends(_outbox)]


async def app_settings(request: Request) -> Any:
    """The app's settings, for a service's typed alias: `Annotated[XSettings, Depends(app_settings)]`."""
    return request.app.state.settings


async def public_base(request: Request) -> str:
    """This service's URL as the browser sees it: the `public_base_url` setting, else the gateway's forwarding
    headers, else this app's own URL."""
    configured = getattr(request.app.state.settings, "public_base_url", "")
    if configured:
        return str(configured).rstrip("/")
    host = request.headers.get("x-forwarded-host")
    if host:
        proto = request.headers.get("x-forwarded-proto", request.url.scheme)
        return f"{proto}://{host}{request.headers.get('x-forwarded-prefix', '')}".rstrip("/")
    return str(request.base_url).rstrip("/")


PublicBase = Annotated[str, Depends(public_base)]
