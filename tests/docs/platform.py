"""The real gateway in front of the real identity and curriculum apps, all in process, for the docs' examples.

Identity signs the tokens and serves the JWKS the gateway fetches; curriculum verifies with identity's keys;
identity's events reach curriculum through identity's own relay, whose HTTP client goes over ASGI.
"""

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from gateway.app import create_app as create_gateway
from gateway.settings import SERVICES, GatewaySettings
from services.curriculum.app import MIGRATIONS as CURRICULUM_MIGRATIONS
from services.curriculum.app import create_app as create_curriculum
from services.curriculum.settings import CurriculumSettings
from services.identity.app import MIGRATIONS as IDENTITY_MIGRATIONS
from services.identity.app import create_app as create_identity
from services.identity.settings import IdentitySettings
from tests.databases import migrated_database
from tests.support import Httpx2Bridge

# What the docs call $API: the gateway of the embedded platform.
PUBLIC_URL = "http://127.0.0.1:8000"
ISSUER = "http://identity.docs"


class Hosts(httpx.AsyncBaseTransport):
    """`http://<service>.docs` goes to that app over ASGI; a service not started here is unreachable."""

    def __init__(self) -> None:
        self.apps: dict[str, httpx.ASGITransport] = {}

    def add(self, name: str, app: FastAPI) -> None:
        self.apps[f"{name}.docs"] = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self.apps.get(request.url.host)
        if transport is None:
            raise httpx.ConnectError(f"{request.url.host} is not started in the docs platform", request=request)
        return await transport.handle_async_request(request)


@dataclass
class Platform:
    gateway: httpx.AsyncClient  # requests as a client sends them: /<service>/v1/...
    identity: FastAPI
    curriculum: FastAPI

    async def deliver_events(self) -> None:
        """Identity's outbox to curriculum now, as the relay would within a second."""
        await self.identity.state.relay.deliver_due()


@asynccontextmanager
async def platform(backend: str, tmp: Path) -> AsyncIterator[Platform]:
    async with AsyncExitStack() as stack:
        identity_url = await stack.enter_async_context(migrated_database(backend, IDENTITY_MIGRATIONS, tmp))
        curriculum_url = await stack.enter_async_context(migrated_database(backend, CURRICULUM_MIGRATIONS, tmp))
        # Embedded mode: each service signs its events with its embedded key, and takes every service's.
        common: dict[str, Any] = {"log_level": "WARNING", "issuer": ISSUER, "relay_interval_seconds": 3600}
        hosts = Hosts()  # the apps are added once built: identity's relay and the gateway send through it
        relay_client = httpx.AsyncClient(transport=hosts)
        identity = create_identity(IdentitySettings(database_url=identity_url,
                                                    subscribers=["http://curriculum.docs/internal/events"], **common),
                                   relay_client=relay_client)
        curriculum = create_curriculum(
            CurriculumSettings(database_url=curriculum_url, due_work_interval_seconds=3600, **common),
            key_source=identity.state.verifier.key_source)
        hosts.add("identity", identity)
        hosts.add("curriculum", curriculum)
        urls: dict[str, Any] = {f"{name}_url": f"http://{name}.docs" for name in SERVICES}
        gateway = create_gateway(GatewaySettings(
            **urls, jwks_url="http://identity.docs/.well-known/jwks.json", issuer=ISSUER, public_url=PUBLIC_URL,
            log_level="WARNING", rate_limit_burst=1000), transport=Httpx2Bridge(hosts))
        for app in (identity, curriculum, gateway):
            await stack.enter_async_context(app.router.lifespan_context(app))
        client = await stack.enter_async_context(
            httpx.AsyncClient(transport=httpx.ASGITransport(app=gateway), base_url=PUBLIC_URL))
        yield Platform(client, identity, curriculum)
