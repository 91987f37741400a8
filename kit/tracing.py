"""OpenTelemetry traces, off unless an OTLP endpoint is set: a request's span at the gateway, the service's span
beneath it, the database queries, the events it emits (`traceparent` carried in the CloudEvent, the CloudEvents
distributed-tracing extension) and the consumer's handling of them, in one trace."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.telemetry import TelemetryConfig
from opentelemetry import metrics, propagate, trace
from opentelemetry.context import Context
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.instrumentation.sqlalchemy.engine import EngineTracer
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter
from sqlalchemy.ext.asyncio import AsyncEngine

HEALTH_PATHS = "healthz,readyz,metrics"
# FastAPI's own telemetry stays off: an app traces through the provider setup_tracing gives it, and FastAPI would
# otherwise look up OpenTelemetry's global providers (in os.environ) on every request.
NO_FASTAPI_TELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}


def setup_tracing(app: FastAPI, name: str, endpoint: str, *, exporter: SpanExporter | None = None) -> None:
    """Traces `app` when `endpoint` is set (or an `exporter` is given, as tests do); `app.state.tracer` is the
    tracer the app's own spans come from (a no-op one when tracing is off)."""
    if not endpoint and exporter is None:
        app.state.tracer = trace.NoOpTracer()
        app.state.tracer_provider = None
        return
    # One provider per app, not the process-wide one: several apps may share a process (tests, `netwise up`
    # is not one of them, but nothing here should assume it).
    provider = TracerProvider(resource=Resource.create({"service.name": f"netwise-{name}"}))
    processor = SimpleSpanProcessor(exporter) if exporter else BatchSpanProcessor(OTLPSpanExporter(endpoint))
    provider.add_span_processor(processor)
    app.state.tracer_provider = provider
    app.state.tracer = provider.get_tracer(f"netwise.{name}")
    app.add_middleware(OpenTelemetryMiddleware, tracer_provider=provider, excluded_urls=HEALTH_PATHS,
                       exclude_spans=["receive", "send"])


def trace_database(app: FastAPI, engine: AsyncEngine) -> None:
    provider = app.state.tracer_provider
    if provider is not None:
        EngineTracer(provider.get_tracer("netwise.db"), engine.sync_engine,
                     metrics.get_meter("netwise.db").create_up_down_counter("db.client.connections.usage"))


def trace_client(app: FastAPI, client: Any) -> None:
    """An httpx client whose requests carry the current trace (`traceparent`) and get a span of their own."""
    provider = app.state.tracer_provider
    if provider is not None:
        HTTPXClientInstrumentor.instrument_client(client, tracer_provider=provider)


def current_traceparent() -> str | None:
    """The W3C `traceparent` of the current span, to carry in an event; None outside a trace."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier.get("traceparent")


@contextmanager
def consuming(app: FastAPI, event_type: str, traceparent: str | None) -> Iterator[None]:
    """A consumer span for handling one event, child of the span that emitted it."""
    tracer: trace.Tracer = getattr(app.state, "tracer", None) or trace.NoOpTracer()
    parent: Context | None = propagate.extract({"traceparent": traceparent}) if traceparent else None
    with tracer.start_as_current_span(f"receive {event_type}", context=parent, kind=trace.SpanKind.CONSUMER,
                                      attributes={"messaging.operation": "process",
                                                  "cloudevents.event_type": event_type}):
        yield
