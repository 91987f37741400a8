"""A service that is down, slow or broken becomes a problem+json answer, quickly; never a hang or a 500."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from tests.gateway.conftest import Gateway, MakeGateway, assert_problem
from tests.support import free_port

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
ServeTcp = Callable[[Handler], Awaitable[int]]


@pytest.fixture
async def serve_tcp() -> AsyncIterator[ServeTcp]:
    """Starts raw TCP servers on loopback that misbehave as told; returns their port."""
    servers: list[asyncio.Server] = []
    release = asyncio.Event()

    async def start(handler: Handler) -> int:
        async def guarded(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                await handler(reader, writer)
                await release.wait()
            finally:
                writer.close()

        server = await asyncio.start_server(guarded, "127.0.0.1", 0)
        servers.append(server)
        port: int = server.sockets[0].getsockname()[1]
        return port

    yield start
    release.set()
    for server in servers:
        server.close()
        await server.wait_closed()


async def read_request_head(reader: asyncio.StreamReader) -> None:
    await reader.readuntil(b"\r\n\r\n")


async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request_head(reader)


async def test_closed_port_is_503_naming_the_service(make_gateway: MakeGateway) -> None:
    gateway = await make_gateway(curriculum_url=f"http://127.0.0.1:{free_port()}")
    response = await gateway.http.get("/curriculum/v1/tracks", headers=gateway.auth())
    body = assert_problem(response, 503)
    assert body["detail"] == "curriculum is unavailable"
    assert response.headers["ratelimit-limit"] == "100"
    assert response.headers["x-request-id"]


@pytest.mark.parametrize(("error", "status", "detail"), [
    (httpx.ConnectError("[Errno -2] Name or service not known"), 503, "analytics is unavailable"),
    (httpx.ConnectTimeout("timed out"), 504, "analytics did not answer"),
    (httpx.ReadError("connection reset by peer"), 502, "analytics sent no valid response (ReadError)"),
    (httpx.RemoteProtocolError("illegal status line"), 502, "(RemoteProtocolError)"),
])
async def test_transport_errors_map_to_problems(gateway: Gateway, error: Exception, status: int,
                                                detail: str) -> None:
    gateway.transport.failures["analytics.test"] = error  # a DNS failure, say, without depending on a resolver
    response = await gateway.http.get("/analytics/v1/reports", headers=gateway.auth())
    assert_problem(response, status, detail)


async def test_slow_upstream_is_504_after_the_timeout(make_gateway: MakeGateway, serve_tcp: ServeTcp) -> None:
    port = await serve_tcp(never_answer)
    gateway = await make_gateway(advocacy_url=f"http://127.0.0.1:{port}", upstream_timeout_seconds=0.2)
    response = await asyncio.wait_for(gateway.http.get("/advocacy/v1/posts", headers=gateway.auth()), timeout=10)
    assert_problem(response, 504, "advocacy did not answer within 0.2 s")


async def test_trickling_upstream_is_504_at_the_deadline(make_gateway: MakeGateway, serve_tcp: ServeTcp) -> None:
    async def trickle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request_head(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
        for _ in range(100):  # each byte well within the read timeout, the whole far beyond the deadline
            writer.write(b"x")
            await writer.drain()
            await asyncio.sleep(0.05)

    port = await serve_tcp(trickle)
    gateway = await make_gateway(advocacy_url=f"http://127.0.0.1:{port}", upstream_timeout_seconds=0.3)
    response = await asyncio.wait_for(gateway.http.get("/advocacy/v1/posts", headers=gateway.auth()), timeout=10)
    assert_problem(response, 504)


async def test_garbage_answer_is_502(make_gateway: MakeGateway, serve_tcp: ServeTcp) -> None:
    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request_head(reader)
        writer.write(b"SPDY/9 what is this\r\n\r\n")
        await writer.drain()
        writer.close()

    port = await serve_tcp(garbage)
    gateway = await make_gateway(curriculum_url=f"http://127.0.0.1:{port}")
    response = await gateway.http.get("/curriculum/v1/tracks", headers=gateway.auth())
    assert_problem(response, 502, "curriculum sent no valid response")


async def test_hang_up_without_answer_is_502(make_gateway: MakeGateway, serve_tcp: ServeTcp) -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request_head(reader)
        writer.close()

    port = await serve_tcp(hang_up)
    gateway = await make_gateway(curriculum_url=f"http://127.0.0.1:{port}")
    response = await gateway.http.get("/curriculum/v1/tracks", headers=gateway.auth())
    assert_problem(response, 502)
