"""Request ids, JSON logs, Prometheus metrics, and the health endpoints every app serves."""

import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, TypeVar

import orjson
from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kit.problems import ServiceUnavailable

REQUEST_ID_HEADER = "X-Request-ID"
TAG_DESCRIPTIONS = {"health": "Liveness, readiness and metrics of the process (not reachable through the gateway "
                               "but for its own)."}
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)


class JsonFormatter(logging.Formatter):
    _second: tuple[int, str] = (-1, "")  # the last second formatted: most lines share it with the one before

    def format(self, record: logging.LogRecord) -> str:
        second = int(record.created)
        if second != self._second[0]:
            self._second = (second, self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"))
        entry: dict[str, Any] = {
            "time": self._second[1],
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        for key in ("app", "method", "path", "status", "duration_ms"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        # orjson: a line per request, at a third of the json module's CPU (non-JSON values shown as str, as before).
        return orjson.dumps(entry, default=str).decode()


def setup_logging(level: str = "INFO", as_json: bool = True) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    # Neither format shows the thread or process of a line; finding them was part of every log call.
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logging.getLogger("uvicorn.access").disabled = True  # our access log carries the request id
    # The HTTP clients log every request they send at INFO: a second line per proxied request in the gateway,
    # about 8% of its CPU. Their warnings still show.
    for client in ("httpx", "httpx2"):
        logging.getLogger(client).setLevel(logging.WARNING)


def new_request_id() -> str:
    """`uuid.uuid4().hex` without building the UUID object: 16 random bytes with the version 4 and variant bits."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40
    raw[8] = raw[8] & 0x3F | 0x80
    return raw.hex()


def _valid_request_id(value: str | None) -> bool:
    return bool(value) and len(value or "") <= 128 and all(c.isalnum() or c in "-_.:" for c in value or "")


Metric = TypeVar("Metric", Counter, Histogram)


def labelled(metric: Metric) -> Callable[..., Metric]:
    """`metric.labels(*values)`, remembered: prometheus_client checks the values and takes a lock on each call."""
    children: dict[tuple[str, ...], Metric] = {}

    def child(*values: str) -> Metric:
        found = children.get(values)
        if found is None:
            found = children[values] = metric.labels(*values)
        return found

    return child


_REQUEST_ID = REQUEST_ID_HEADER.lower().encode()


class RequestContextMiddleware:
    """Takes or makes a request id, echoes it, logs one line per request and feeds the metrics."""

    def __init__(self, app: ASGIApp, app_name: str, registry: CollectorRegistry) -> None:
        self.app = app
        self.app_name = app_name
        self.log = logging.getLogger(f"netwise.{app_name}.access")
        self.requests = labelled(Counter("http_requests_total", "HTTP requests", ["method", "route", "status"],
                                         registry=registry))
        self.latency = labelled(Histogram("http_request_duration_seconds", "HTTP request latency",
                                          ["method", "route"], registry=registry))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = None
        for name, value in scope["headers"]:
            if name.lower() == _REQUEST_ID:
                incoming = value.decode("latin-1")  # the last one, if a client sent several
        request_id = incoming if incoming and _valid_request_id(incoming) else new_request_id()
        echoed = (_REQUEST_ID, request_id.encode())
        token = request_id_var.set(request_id)
        status = 500
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), echoed]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            method = scope["method"]
            route = scope.get("route")
            route_name = getattr(route, "path", None) or "unmatched"
            self.requests(method, route_name, str(status)).inc()
            self.latency(method, route_name).observe(elapsed)
            if self.log.isEnabledFor(logging.INFO):
                # Made and handled as `log.info` would, less its search of the stack for the caller's line.
                self.log.handle(self.log.makeRecord(
                    self.log.name, logging.INFO, __file__, 0, "%s %s %s", (method, scope["path"], status), None,
                    extra={"app": self.app_name, "method": method, "path": scope["path"], "status": status,
                           "duration_ms": round(elapsed * 1000, 1)}))
            request_id_var.reset(token)


ReadinessCheck = Callable[[], Awaitable[None]]
MetricsRefresh = Callable[[], Awaitable[None]]  # reads what a gauge shows (a backlog in the database) at scrape time


def health_router(registry: CollectorRegistry, readiness: list[ReadinessCheck],
                  refresh: list[MetricsRefresh] | None = None, *, metrics_route: bool = True) -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz", summary="Liveness: the process answers")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", summary="Readiness: database reachable and migrated to head")
    async def readyz() -> dict[str, str]:
        for check in readiness:
            try:
                await check()
            except Exception as exc:
                raise ServiceUnavailable(f"not ready: {exc}") from exc
        return {"status": "ready"}

    if not metrics_route:
        return router

    @router.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def metrics(request: Request) -> Response:
        for read in refresh or ():
            try:
                await read()
            except Exception:  # a scrape shows what it can: the database being away is what readyz says
                logging.getLogger("netwise.metrics").exception("a metric could not be read")
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return router


def setup_observability(app: FastAPI, name: str, readiness: list[ReadinessCheck], *,
                        metrics_route: bool = True) -> None:
    """`app.state.metrics` is the app's registry; `app.state.metrics_refresh` what to read before each scrape;
    without `metrics_route` the app does not serve them (they go out on a port of their own)."""
    registry = CollectorRegistry()
    for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):  # CPU, memory, fds, GC, Python version
        registry.register(collector)
    app.state.metrics = registry
    app.state.metrics_refresh = []
    app.add_middleware(RequestContextMiddleware, app_name=name, registry=registry)
    app.include_router(health_router(registry, readiness, app.state.metrics_refresh, metrics_route=metrics_route))
