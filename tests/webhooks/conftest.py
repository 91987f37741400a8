"""A webhooks app per backend and module, a receiver on loopback, and a fresh organisation per test."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pytest
from fastapi import FastAPI, Request, Response
from standardwebhooks.webhooks import Webhook

from kit.ids import new_id
from services.webhooks.app import MIGRATIONS, create_app
from services.webhooks.settings import WebhooksSettings
from tests import support
from tests.databases import migrated_app
from tests.support import free_port, serving
from tests.tokens import TestIssuer

issuer = TestIssuer()


# Passes run when a test says so (`dispatch`); a retry is due at once, so a test needs no sleeping.
app = migrated_app(MIGRATIONS, lambda url, _tmp: create_app(WebhooksSettings(
    database_url=url, log_level="WARNING", dispatch_interval_seconds=3600, retry_schedule_seconds=[0],
    relay_interval_seconds=3600, subscribers=["http://127.0.0.1:9/internal/events"]), key_source=issuer.key_source))


async def dispatch(app: FastAPI) -> int:
    attempted: int = await app.state.dispatcher.run()
    return attempted


SENT_AT = "2026-12-01T09:30:00Z"
deliver = partial(support.deliver, time=SENT_AT)  # every event of these tests was sent at one known time


@dataclass
class Receiver:
    """An integration's endpoint on loopback that verifies every delivery with the standardwebhooks library and
    logs what it accepted; `failures` makes it answer 503 that many times first."""

    url: str = ""
    secrets: list[str] = field(default_factory=list)
    failures: int = 0
    accepted: list[dict[str, Any]] = field(default_factory=list)  # {"id", "payload"} in arrival order
    refused: list[str] = field(default_factory=list)

    def app(self) -> FastAPI:
        receiver = FastAPI()

        @receiver.post("/hook")
        async def hook(request: Request) -> Response:
            if self.failures > 0:
                self.failures -= 1
                return Response(status_code=503)
            body = await request.body()
            for secret in self.secrets:
                try:
                    payload = Webhook(secret).verify(body, dict(request.headers))
                except Exception as exc:
                    error = str(exc)
                    continue
                self.accepted.append({"id": request.headers["webhook-id"], "payload": payload})
                return Response(status_code=204)
            self.refused.append(error if self.secrets else "no secret")
            return Response(status_code=401)

        return receiver


@asynccontextmanager
async def receiving() -> AsyncIterator[Receiver]:
    found = Receiver()
    async with serving(found.app(), free_port()) as base:
        found.url = f"{base}/hook"
        yield found


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    async with receiving() as found:
        yield found


@pytest.fixture
async def second_receiver() -> AsyncIterator[Receiver]:
    async with receiving() as found:
        yield found


@dataclass
class Tenant:
    org_id: str
    admin: dict[str, str]
    learner: dict[str, str]


@pytest.fixture
def tenant() -> Tenant:
    org = new_id()
    return Tenant(org, issuer.headers(org=org, subject=new_id(), roles=["learner", "admin"]),
                  issuer.headers(org=org, subject=new_id(), roles=["learner"]))


@pytest.fixture
def other_tenant() -> Tenant:
    org = new_id()
    return Tenant(org, issuer.headers(org=org, subject=new_id(), roles=["learner", "admin"]),
                  issuer.headers(org=org, subject=new_id(), roles=["learner"]))
