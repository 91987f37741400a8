"""A gateway in front of small in-process fake services, reached through a transport that routes by host."""

import base64
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx
import httpx2
import pytest
from fastapi import FastAPI, Request, Response
from joserfc import jwt
from joserfc.jwk import ECKey
from pydantic import BaseModel

from gateway.app import create_app, upstream_transport
from gateway.settings import SERVICES, GatewaySettings
from kit.app import setup_common
from tests.support import Httpx2Bridge

ISSUER = "http://identity.test"
AUDIENCE = "netwise"
ORIGIN = "http://localhost:5173"


def signing_key(kid: str) -> ECKey:
    return ECKey.generate_key("P-256", parameters={"kid": kid, "use": "sig", "alg": "ES256"}, private=True)


def mint(key: ECKey, **overrides: Any) -> str:
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": "person-1", "org": "org-1", "iat": now, "exp": now + 300,
              "client_id": "spa", "roles": ["learner"], "scope": "", "jti": f"jti-{time.monotonic_ns()}"}
    claims.update(overrides)
    return jwt.encode({"alg": "ES256", "kid": key.kid}, claims, key)


def unsigned_token(kid: str, **overrides: Any) -> str:
    """An `alg: none` token: the classic forgery every verifier must refuse."""
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    now = int(time.time())
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": "person-1", "org": "org-1", "iat": now, "exp": now + 300,
              **overrides}
    return f"{part({'alg': 'none', 'kid': kid})}.{part(claims)}."


@dataclass
class Upstreams:
    """What the fake services saw, and the keys the fake identity publishes."""

    published: list[ECKey]
    seen: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {name: [] for name in SERVICES})
    jwks_fetches: int = 0

    def last(self, service: str) -> dict[str, Any]:
        return self.seen[service][-1]


class Track(BaseModel):
    id: str
    title: str


class TrackPage(BaseModel):
    items: list[Track]
    next_cursor: str | None = None


def fake_service(name: str, upstreams: Upstreams) -> FastAPI:
    app = FastAPI(title=f"fake {name}")
    setup_common(app, name, readiness=[])

    async def record(request: Request) -> dict[str, Any]:
        body = await request.body()
        seen = {"method": request.method, "path": request.url.path, "query": request.url.query,
                "headers": dict(request.headers), "header_list": request.headers.items(), "body": body}
        upstreams.seen[name].append(seen)
        return seen

    @app.api_route("/v1/echo/{rest:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
                 include_in_schema=False)
    async def echo(request: Request) -> dict[str, Any]:
        seen = await record(request)
        return {"method": seen["method"], "path": seen["path"], "query": seen["query"], "size": len(seen["body"])}

    @app.get("/v1/tracks", response_model=TrackPage, tags=["tracks"])
    async def list_tracks(request: Request, response: Response) -> TrackPage:
        await record(request)
        response.headers["Link"] = (f'<http://{name}.test/v1/tracks?cursor=abc&limit=2>; rel="next", '
                                    f'</v1/tracks?limit=2>; rel="first", <https://elsewhere.example/x>; rel="about"')
        return TrackPage(items=[Track(id="t1", title="Foundations")], next_cursor="abc")

    @app.post("/v1/tracks", status_code=201, response_model=Track, tags=["tracks"])
    async def create_track(request: Request, response: Response) -> Track:
        await record(request)
        response.headers["Location"] = f"http://{name}.test/v1/tracks/t2"
        response.headers["ETag"] = '"v1"'
        return Track(id="t2", title="New")

    @app.get("/v1/moved", tags=["tracks"])
    async def moved(request: Request) -> Response:
        await record(request)
        return Response(status_code=303, headers={"Location": "/v1/tracks/t2"})

    @app.get("/v1/gzipped", tags=["tracks"])
    async def gzipped(request: Request) -> Response:
        import gzip

        await record(request)
        return Response(gzip.compress(b'{"zipped": true}'), media_type="application/json",
                        headers={"Content-Encoding": "gzip"})

    @app.post("/internal/events", tags=["events"])
    async def internal_events(request: Request) -> dict[str, str]:
        await record(request)
        return {"status": "accepted"}

    if name == "identity":
        @app.get("/.well-known/jwks.json", tags=["oauth"])
        async def jwks(request: Request) -> dict[str, Any]:
            await record(request)
            upstreams.jwks_fetches += 1
            return {"keys": [key.as_dict(private=False) for key in upstreams.published]}

        @app.post("/v1/oauth/token", tags=["oauth"])
        async def token(request: Request) -> dict[str, Any]:
            await record(request)
            return {"access_token": "issued", "token_type": "Bearer", "expires_in": 300}

    if name == "advocacy":
        @app.get("/r/{code}", tags=["links"])
        async def short_link(code: str, request: Request) -> Response:
            await record(request)
            return Response(status_code=307, headers={"Location": f"https://www.linkedin.com/feed/{code}"})

    return app


class RoutingTransport(httpx.AsyncBaseTransport):
    """`http://<service>.test` goes to that fake app in process.

    `failures[host]` makes requests to that host raise the given transport error instead.
    """

    def __init__(self, apps: dict[str, FastAPI]) -> None:
        self.apps = {f"{name}.test": httpx.ASGITransport(app=app) for name, app in apps.items()}
        self.failures: dict[str, Exception] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host in self.failures:
            raise self.failures[request.url.host]
        return await self.apps[request.url.host].handle_async_request(request)


class FakesAndNetwork(httpx2.AsyncBaseTransport):
    """The gateway's transport in these tests: the fakes for `.test` hosts, and for any other host the real
    network through the gateway's own transport, so that misbehaving servers meet what production runs."""

    def __init__(self, fakes: RoutingTransport, network: httpx2.AsyncBaseTransport) -> None:
        self.fakes, self.network = Httpx2Bridge(fakes), network

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        fake = (request.url.host or "").endswith(".test")
        return await (self.fakes if fake else self.network).handle_async_request(request)

    async def aclose(self) -> None:
        await self.network.aclose()


@dataclass
class Gateway:
    app: FastAPI
    http: httpx.AsyncClient
    upstreams: Upstreams
    key: ECKey
    transport: RoutingTransport

    def token(self, **claims: Any) -> str:
        return mint(self.key, **claims)

    def auth(self, **claims: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(**claims)}"}


MakeGateway = Callable[..., Awaitable[Gateway]]


@pytest.fixture
async def make_gateway() -> AsyncIterator[MakeGateway]:
    """Builds a started gateway; keyword arguments override its settings."""
    async with AsyncExitStack() as stack:
        async def make(**overrides: Any) -> Gateway:
            key = signing_key("key-1")
            upstreams = Upstreams(published=[key])
            transport = RoutingTransport({name: fake_service(name, upstreams) for name in SERVICES})
            values: dict[str, Any] = {f"{name}_url": f"http://{name}.test" for name in SERVICES}
            values |= {"jwks_url": "http://identity.test/.well-known/jwks.json", "issuer": ISSUER,
                       "audience": AUDIENCE, "public_url": "https://api.example.org", "cors_origins": [ORIGIN],
                       "log_level": "WARNING", "upstream_timeout_seconds": 5.0,
                       "upstream_connect_timeout_seconds": 1.0}
            settings = GatewaySettings(**(values | overrides))
            app = create_app(settings, transport=FakesAndNetwork(transport, upstream_transport(settings)))
            await stack.enter_async_context(app.router.lifespan_context(app))
            http = await stack.enter_async_context(
                httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test"))
            return Gateway(app, http, upstreams, key, transport)

        yield make


@pytest.fixture
async def gateway(make_gateway: MakeGateway) -> Gateway:
    return await make_gateway()


def assert_problem(response: httpx.Response, status: int, detail_contains: str = "") -> dict[str, Any]:
    """The response is RFC 9457 problem+json with the given status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://netwise.dev/problems/")
    assert body["title"]
    assert detail_contains in body["detail"]
    return body
