"""Request ids, JSON logs, Prometheus metrics, and the health endpoints every app serves."""

import json
import logging
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

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
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
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
        return json.dumps(entry, default=str)


def setup_logging(level: str = "INFO", as_json: bool = True) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    logging.getLogger("uvicorn.access").disabled = True  # our access log carries the request id
    # The HTTP clients log every request they send at INFO: a second line per proxied request in the gateway,
    # about 8% of its CPU. Their warnings still show.
    for client in ("httpx", "httpx2"):
        logging.getLogger(client).setLevel(logging.WARNING)


def _valid_request_id(value: str | None) -> bool:
    return bool(value) and len(value or "") <= 128 and all(c.isalnum() or c in "-_.:" for c in value or "")


class RequestContextMiddleware:
    """Takes or makes a request id, echoes it, logs one line per request and feeds the metrics."""

    def __init__(self, app: ASGIApp, app_name: str, registry: CollectorRegistry) -> None:
        self.app = app
        self.app_name = app_name
        self.log = logging.getLogger(f"netwise.{app_name}.access")
        self.requests = Counter("http_requests_total", "HTTP requests", ["method", "route", "status"],
                                registry=registry)
        self.latency = Histogram("http_request_duration_seconds", "HTTP request latency", ["method", "route"],
                                 registry=registry)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode().lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        incoming = headers.get(REQUEST_ID_HEADER.lower())
        request_id = incoming if incoming and _valid_request_id(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        status = 500
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (REQUEST_ID_HEADER.encode(), request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            route_name = getattr(route, "path", None) or "unmatched"
            self.requests.labels(scope["method"], route_name, str(status)).inc()
            self.latency.labels(scope["method"], route_name).observe(elapsed)
            self.log.info("%s %s %s", scope["method"], scope["path"], status, extra={
                "app": self.app_name, "method": scope["method"], "path": scope["path"], "status": status,
                "duration_ms": round(elapsed * 1000, 1)})
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
