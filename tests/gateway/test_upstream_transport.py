"""What the gateway's own transport (aiohttp under httpx2's interface) puts on the wire to a service, and what
it hands back: exactly the request the proxy built, and the answer as the service sent it."""

import asyncio
import gzip
from collections.abc import AsyncIterator

import pytest

from tests.gateway.conftest import Gateway, MakeGateway


class RawService:
    """A loopback HTTP/1.1 server that records each request's head and body and sends one fixed answer."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.heads: list[list[str]] = []
        self.bodies: list[bytes] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")[:-2]
                length = next((int(line.split(":", 1)[1]) for line in head
                               if line.lower().startswith("content-length:")), 0)
                self.heads.append(head)
                self.bodies.append(await reader.readexactly(length))
                writer.write(self.answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


ZIPPED = gzip.compress(b'{"items": []}')
ANSWER = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
          b"Link: </v1/tracks?cursor=a>; rel=\"next\"\r\nX-Note: one\r\nX-Note: two\r\n"
          b"Content-Length: " + str(len(ZIPPED)).encode() + b"\r\n\r\n" + ZIPPED)


@pytest.fixture
async def service() -> AsyncIterator[tuple[RawService, int]]:
    raw = RawService(ANSWER)
    server = await asyncio.start_server(raw.handle, "127.0.0.1", 0)
    yield raw, server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()


@pytest.fixture
async def gateway(make_gateway: MakeGateway, service: tuple[RawService, int]) -> Gateway:
    return await make_gateway(curriculum_url=f"http://127.0.0.1:{service[1]}")


async def test_the_service_receives_exactly_what_the_proxy_built(gateway: Gateway,
                                                                 service: tuple[RawService, int]) -> None:
    raw, port = service
    response = await gateway.http.post("/curriculum/v1/tracks/a%2Fb?x=1%202", content=b'{"title": "x"}',
                                       headers={**gateway.auth(), "Content-Type": "application/json",
                                                "Idempotency-Key": "k-1", "User-Agent": "lms/1.0",
                                                "Accept": "application/json", "Accept-Encoding": "identity"})
    assert response.status_code == 200, response.text
    request_line, *lines = raw.heads[0]
    assert request_line == "POST /v1/tracks/a%2Fb?x=1%202 HTTP/1.1"  # the client's encoding, kept
    names = [line.split(":", 1)[0].lower() for line in lines]
    headers = {line.split(":", 1)[0].lower(): line.split(":", 1)[1].strip() for line in lines}
    assert headers["host"] == f"127.0.0.1:{port}"
    assert headers["content-type"] == "application/json" and headers["idempotency-key"] == "k-1"
    assert headers["x-forwarded-prefix"] == "/curriculum" and headers["x-request-id"]
    # The caller's own, not the HTTP client's defaults in their place or beside them.
    assert (headers["user-agent"], headers["accept"], headers["accept-encoding"]) == (
        "lms/1.0", "application/json", "identity")
    assert len(names) == len(set(names))
    assert raw.bodies[0] == b'{"title": "x"}'


async def test_the_answer_comes_back_as_the_service_sent_it(gateway: Gateway) -> None:
    response = await gateway.http.get("/curriculum/v1/tracks", headers={**gateway.auth(), "Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"  # passed on compressed, not unpacked on the way
    assert response.json() == {"items": []}
    assert response.headers.get_list("x-note") == ["one", "two"]
    assert response.headers["link"] == '</curriculum/v1/tracks?cursor=a>; rel="next"'


async def test_one_connection_carries_request_after_request(gateway: Gateway,
                                                            service: tuple[RawService, int]) -> None:
    raw, _ = service
    for _ in range(5):
        assert (await gateway.http.get("/curriculum/v1/tracks", headers=gateway.auth())).status_code == 200
    assert len(raw.heads) == 5  # all on the one connection RawService.handle kept reading


HYGIENE_ANSWER = (b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: keep-alive, X-Hop\r\n"
                  b"X-Hop: secret\r\nKeep-Alive: timeout=5\r\nProxy-Authenticate: Basic\r\nServer: upstream/1.0\r\n"
                  b"RateLimit-Remaining: 999\r\nLocation: /v1/tracks/t2\r\nETag: \"v1\"\r\n"
                  b"Content-Length: 2\r\n\r\n{}")


async def test_the_answer_passes_on_no_hop_by_hop_header_and_the_gateways_own_rate_limit(
        make_gateway: MakeGateway) -> None:
    raw = RawService(HYGIENE_ANSWER)
    server = await asyncio.start_server(raw.handle, "127.0.0.1", 0)
    try:
        gateway = await make_gateway(curriculum_url=f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
        response = await gateway.http.post("/curriculum/v1/tracks", content=b"{}", headers=gateway.auth())
    finally:
        server.close()
        await server.wait_closed()
    assert response.status_code == 201
    names = [name.lower() for name, _ in response.headers.multi_items()]
    for hop_by_hop in ("x-hop", "keep-alive", "proxy-authenticate", "connection", "server"):
        assert hop_by_hop not in names
    assert response.headers.get_list("ratelimit-remaining") == ["99"]  # ours, in place of the service's
    assert response.headers["location"] == "/curriculum/v1/tracks/t2"
    assert response.headers["etag"] == '"v1"' and response.headers["content-length"] == "2"
    assert response.headers["x-request-id"]
    assert len(names) == len(set(names))
