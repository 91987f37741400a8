"""One request, one trace: the gateway's span, the service's beneath it, its queries, and the consumer that
handles the event it caused, in another service."""

import asyncio
import contextvars
from pathlib import Path

import httpx
from fastapi import FastAPI
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from gateway.app import create_app as create_gateway
from gateway.settings import SERVICES, GatewaySettings
from services.curriculum.app import MIGRATIONS as CURRICULUM_MIGRATIONS
from services.curriculum.app import create_app as create_curriculum
from services.curriculum.settings import CurriculumSettings
from services.identity.app import MIGRATIONS as IDENTITY_MIGRATIONS
from services.identity.app import create_app as create_identity
from services.identity.settings import IdentitySettings
from tests.databases import migrated_database
from tests.identity.conftest import make_tenant
from tests.support import Httpx2Bridge

KEY = "identity-event-key-for-tracing"


class Network(httpx.AsyncBaseTransport):
    """`http://<service>.test` to that app in process, each request handled in a fresh context, as across a real
    network: nothing but the headers carries the trace from caller to callee."""

    def __init__(self, apps: dict[str, FastAPI]) -> None:
        self.apps = {f"{name}.test": httpx.ASGITransport(app=app) for name, app in apps.items()}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        handle = self.apps[request.url.host].handle_async_request(request)
        return await asyncio.create_task(handle, context=contextvars.Context())


def service_of(span: ReadableSpan) -> str:
    return str(span.resource.attributes["service.name"])


async def test_a_request_is_one_trace_from_the_gateway_to_the_consumer_of_its_event(tmp_path: Path) -> None:
    spans = InMemorySpanExporter()
    async with (migrated_database("sqlite", IDENTITY_MIGRATIONS, tmp_path) as identity_url,
                migrated_database("sqlite", CURRICULUM_MIGRATIONS, tmp_path) as curriculum_url):
        curriculum = create_curriculum(CurriculumSettings(
            database_url=curriculum_url, event_publisher_keys={"identity": KEY}, log_level="WARNING"),
            span_exporter=spans)
        relay_client = httpx.AsyncClient(transport=Network({"curriculum": curriculum}))
        identity = create_identity(IdentitySettings(
            database_url=identity_url, event_key=KEY, subscribers=["http://curriculum.test/internal/events"],
            relay_interval_seconds=3600, log_level="WARNING", issuer="http://identity.test"),
            span_exporter=spans, relay_client=relay_client)
        tenant = await make_tenant(identity)
        await identity.state.relay.deliver_due()  # the tenant's own events, before the traced request
        spans.clear()

        gateway = create_gateway(GatewaySettings(
            **{f"{name}_url": f"http://{name}.test" for name in SERVICES},
            jwks_url="http://identity.test/.well-known/jwks.json", issuer="http://identity.test",
            audience=identity.state.settings.audience, log_level="WARNING"),
            transport=Httpx2Bridge(Network({"identity": identity, "curriculum": curriculum})), span_exporter=spans)
        async with (gateway.router.lifespan_context(gateway),
                    httpx.AsyncClient(transport=httpx.ASGITransport(app=gateway), base_url="http://gw") as http):
            created = await http.post("/identity/v1/people", headers=tenant.admin, json={
                "email": "nora.nilsen@example.com", "name": "Nora Nilsen", "job_function": "sales"})
            assert created.status_code == 201, created.text
        assert await identity.state.relay.deliver_due() == 1  # person.created, to curriculum

        [entry] = [s for s in spans.get_finished_spans() if service_of(s) == "netwise-gateway" and s.parent is None]
        assert entry.name.startswith("POST")
        trace = [s for s in spans.get_finished_spans() if s.context.trace_id == entry.context.trace_id]
        by_id = {s.context.span_id: s for s in trace}

        def under(span: ReadableSpan, ancestor: ReadableSpan) -> bool:
            while span.parent is not None and span.parent.span_id in by_id:
                span = by_id[span.parent.span_id]
                if span is ancestor:
                    return True
            return False

        [served] = [s for s in trace if service_of(s) == "netwise-identity" and s.kind.name == "SERVER"
                    and s.name == "POST /v1/people"]
        assert served.parent is not None and served.parent.span_id == entry.context.span_id  # across the HTTP hop
        inserts = [s for s in trace if service_of(s) == "netwise-identity" and s.name.startswith("INSERT")]
        assert inserts and all(under(s, served) for s in inserts)  # its queries, the outbox row among them
        [consumed] = [s for s in trace if s.name == "receive netwise.identity.person.created"]
        assert service_of(consumed) == "netwise-curriculum" and consumed.kind.name == "CONSUMER"
        assert consumed.parent is not None and consumed.parent.span_id in by_id  # continued from the event
        assert any(service_of(s) == "netwise-curriculum" and under(s, consumed) and s.name.startswith("INSERT")
                   for s in trace)  # the projection written under the consumer's span
        await relay_client.aclose()
        await identity.state.db.dispose()
        await curriculum.state.db.dispose()
