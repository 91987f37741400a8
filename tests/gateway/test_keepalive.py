"""A pooled connection the service closes as the gateway reuses it: every request still gets its answer.

A server closes a connection idle for its keep-alive timeout; a client pool reuses an idle connection until its
own expiry. When the client's expiry is not below the server's timeout, a request can go out on a connection
the server is closing at that moment, and it is lost (a 502 here; a connection closed with no response for a
client of the gateway). The fake service below closes such a connection exactly as the request arrives, the
worst case of that race, so what the gateway does about it is seen on every run rather than once in a while.
"""

import asyncio
import contextlib
import socket
import struct
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from gateway.app import create_app
from gateway.settings import SERVICES, GatewaySettings
from kit.settings import AppSettings
from tests.gateway.conftest import AUDIENCE, ISSUER, assert_problem, mint, signing_key

IDLE_TIMEOUT = 0.2  # the fake service's keep-alive timeout
IDLE_GAP = 0.3  # how long the client waits between requests: past that timeout
SHORT_EXPIRY = 0.1  # a gateway pool expiry below the service's timeout, as the defaults are (30 s vs 75 s)
LONG_EXPIRY = 60.0  # httpx's 5 s against uvicorn's 5 s, scaled: not below the service's timeout


@dataclass
class KeepAliveService:
    """An HTTP/1.1 service that closes an idle connection as the next request on it arrives, unanswered."""

    idle_timeout: float | None
    reset: bool = False  # close with a TCP reset (unread data, SO_LINGER 0) rather than a FIN
    broken: bool = False  # drops every request, even the first on a new connection
    body: bytes = b'{"ok": true}'
    answered: list[tuple[str, str, bytes]] = field(default_factory=list)
    dropped: int = 0
    connections: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        idle_since: float | None = None
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                request_line, *lines = head.decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ")
                headers = dict(line.lower().split(": ", 1) for line in lines if line)
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                if self.broken or (self.idle_timeout is not None and idle_since is not None
                                   and time.monotonic() - idle_since >= self.idle_timeout):
                    self.dropped += 1
                    if self.reset:
                        sock = writer.get_extra_info("socket")
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                self.answered.append((method, target, body))
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: %d\r\n\r\n%s" % (len(self.body), self.body))
                await writer.drain()
                idle_since = time.monotonic()
        finally:
            writer.close()


async def serve(service: KeepAliveService, servers: list[asyncio.Server]) -> str:
    server = await asyncio.start_server(service.handle, "127.0.0.1", 0)
    servers.append(server)
    return f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"


@dataclass
class Setup:
    gateway: httpx.AsyncClient
    service: KeepAliveService
    token: str

    async def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        return await self.gateway.request(method, path, headers=headers, **kwargs)


@pytest.fixture
async def servers() -> AsyncIterator[list[asyncio.Server]]:
    started: list[asyncio.Server] = []
    yield started
    for server in started:
        server.close()
        await server.wait_closed()


@contextlib.asynccontextmanager
async def start(servers: list[asyncio.Server], *, expiry: float, retry: bool, reset: bool = False,
                **settings: Any) -> AsyncIterator[Setup]:
    """The gateway with its own connection pool (no test transport) in front of the closing service."""
    key = signing_key("key-1")
    jwks = KeepAliveService(idle_timeout=None, body=httpx.Response(200, json={
        "keys": [key.as_dict(private=False)]}).content)
    service = KeepAliveService(idle_timeout=IDLE_TIMEOUT, reset=reset)
    jwks_url, service_url = await serve(jwks, servers), await serve(service, servers)
    values: dict[str, Any] = {f"{name}_url": service_url for name in SERVICES}
    values |= {"jwks_url": f"{jwks_url}/.well-known/jwks.json", "issuer": ISSUER, "audience": AUDIENCE,
               "log_level": "WARNING", "upstream_timeout_seconds": 5.0,
               "upstream_keepalive_expiry_seconds": expiry, "upstream_retry": retry}
    app = create_app(GatewaySettings(**(values | settings)))
    async with (app.router.lifespan_context(app),
                httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as http):
        yield Setup(http, service, mint(key))


async def after_idle_gap(setup: Setup, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One answered request puts a connection in the pool; the next goes out once it has been idle too long."""
    first = await setup.send("GET", "/curriculum/v1/warm-up")
    assert first.status_code == 200, first.text
    await asyncio.sleep(IDLE_GAP)
    return await setup.send(method, path, **kwargs)


async def test_without_the_fix_a_request_on_a_closing_connection_is_lost(servers: list[asyncio.Server]) -> None:
    """The race reproduced: pool expiry not below the service's timeout, no retry -> the request is lost."""
    async with start(servers, expiry=LONG_EXPIRY, retry=False) as setup:
        response = await after_idle_gap(setup, "GET", "/curriculum/v1/tracks")
        assert_problem(response, 502, "curriculum sent no valid response (RemoteProtocolError)")
        assert setup.service.dropped == 1


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "reset"])
@pytest.mark.parametrize(("method", "headers"), [
    ("GET", {}), ("PUT", {}), ("DELETE", {}), ("POST", {"Idempotency-Key": "k-1"}),
], ids=["GET", "PUT", "DELETE", "POST with Idempotency-Key"])
async def test_retry_sends_again_what_is_safe_to_send_again(servers: list[asyncio.Server], method: str,
                                                            headers: dict[str, str], reset: bool) -> None:
    """With the pool still too long-lived, the retry alone answers requests that may be repeated."""
    async with start(servers, expiry=LONG_EXPIRY, retry=True, reset=reset) as setup:
        response = await after_idle_gap(setup, method, "/curriculum/v1/tracks/t1", headers=headers,
                                         content=b'{"title": "x"}' if method in ("PUT", "POST") else None)
        assert response.status_code == 200, response.text
        assert response.json() == {"ok": True}
        assert setup.service.dropped == 1
        assert setup.service.answered[-1][:2] == (method, "/v1/tracks/t1")
        assert setup.service.connections == 2  # sent again on a new connection, not the closed one


async def test_retry_never_repeats_a_post_the_service_may_have_read(servers: list[asyncio.Server]) -> None:
    """A POST without Idempotency-Key that went out whole might have been applied: a 502, never a second one."""
    async with start(servers, expiry=LONG_EXPIRY, retry=True) as setup:
        response = await after_idle_gap(setup, "POST", "/curriculum/v1/tracks", json={"title": "x"})
        assert_problem(response, 502, "curriculum sent no valid response")
        assert [m for m, _, _ in setup.service.answered] == ["GET"]  # the warm-up only


async def test_a_fresh_connection_that_fails_is_not_retried(servers: list[asyncio.Server]) -> None:
    """Only a reused connection can be stale; a service that hangs up on a new one is broken, and said so."""
    async with start(servers, expiry=LONG_EXPIRY, retry=True) as setup:
        setup.service.broken = True
        response = await setup.send("GET", "/curriculum/v1/tracks")
        assert_problem(response, 502)
        assert setup.service.dropped == 1


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
async def test_pool_expiry_below_the_service_timeout_never_reuses_a_closing_connection(
        servers: list[asyncio.Server], method: str) -> None:
    """The expiry alone: even without the retry, and for a POST, the gateway opens a new connection."""
    async with start(servers, expiry=SHORT_EXPIRY, retry=False) as setup:
        response = await after_idle_gap(setup, method, "/curriculum/v1/tracks",
                                        content=None if method == "GET" else b"{}")
        assert response.status_code == 200, response.text
        assert setup.service.dropped == 0
        assert setup.service.connections == 2


async def test_every_request_is_answered_with_the_fix(servers: list[asyncio.Server]) -> None:
    """Mixed methods, each after an idle gap or straight after another, some on connections being closed."""
    async with start(servers, expiry=SHORT_EXPIRY, retry=True) as setup:
        statuses = []
        for method in ["GET", "POST", "PUT", "PATCH", "DELETE", "GET", "POST"]:
            statuses.append((await setup.send(method, "/curriculum/v1/tracks", content=b"{}")).status_code)
            statuses.append((await setup.send("GET", "/curriculum/v1/tracks")).status_code)
            await asyncio.sleep(IDLE_GAP)
        assert statuses == [200] * 14
        assert setup.service.dropped == 0
        assert len(setup.service.answered) == 14


def test_default_pool_expiry_is_well_below_every_app_keep_alive_timeout() -> None:
    """Defaults that keep the race away: the gateway's pool lets go of a connection well before a service
    closes it, and the gateway keeps a client's connection longer than common client pools (httpx: 5 s)."""
    gateway = GatewaySettings()
    server_timeout = AppSettings().keep_alive_seconds
    assert gateway.upstream_keepalive_expiry_seconds <= server_timeout / 2
    assert gateway.upstream_retry
    assert server_timeout > httpx.Limits().keepalive_expiry


def test_netwise_serve_gives_uvicorn_the_apps_keep_alive_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """What each container runs: uvicorn closes idle connections after NETWISE_<APP>_KEEP_ALIVE_SECONDS,
    not after uvicorn's own 5 s, which a client pool with httpx's 5 s expiry races."""
    import uvicorn

    from netwise_cli.main import serve

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: calls.append(kwargs))
    serve("gateway", host="127.0.0.1", port=None)
    monkeypatch.setenv("NETWISE_CURRICULUM_KEEP_ALIVE_SECONDS", "120")
    serve("curriculum", host="127.0.0.1", port=None)
    assert [call["timeout_keep_alive"] for call in calls] == [AppSettings().keep_alive_seconds, 120]


def test_netwise_up_gives_uvicorn_the_apps_keep_alive_timeout(tmp_path: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from netwise_cli import up
    from netwise_cli.apps import APPS

    commands: list[list[str]] = []

    class Recorded:
        def __init__(self, command: list[str], **_: Any) -> None:
            commands.append(command)

    monkeypatch.setattr(up.subprocess, "Popen", Recorded)
    monkeypatch.setenv("NETWISE_GATEWAY_KEEP_ALIVE_SECONDS", "90")
    plan = up.Plan(tmp_path, {name: 1 for name in APPS})
    supervisor = up.Supervisor(plan, Console())
    for name in ("gateway", "identity"):
        supervisor.start(APPS[name])
    for child in supervisor.children:
        child.log_file.close()
    timeouts = [command[command.index("--timeout-keep-alive") + 1] for command in commands]
    assert timeouts == ["90", str(AppSettings().keep_alive_seconds)]
