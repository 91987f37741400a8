"""Every app refuses a request body over its limit with a 413 problem: by Content-Length before reading any of
it, and by counting when the body streams in without one."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

import httpx
import pytest
from fastapi import FastAPI, Form, Request
from pydantic import BaseModel

from kit.app import setup_common
from kit.limits import limit_bodies
from netwise_cli.apps import APPS
from services.identity.app import MIGRATIONS, create_app
from services.identity.settings import IdentitySettings
from tests.databases import migrated_database
from tests.support import free_port, serving

MB = 1024 * 1024


class Note(BaseModel):
    text: str


def small_app(limit: int) -> FastAPI:
    app = FastAPI()
    limit_bodies(app, limit)
    setup_common(app, "test", [])

    @app.post("/json")
    async def json_body(note: Note) -> dict[str, int]:
        return {"size": len(note.text)}

    @app.post("/raw")
    async def raw_body(request: Request) -> dict[str, int]:
        return {"size": len(await request.body())}

    @app.post("/form")
    async def form_body(text: Annotated[str, Form()]) -> dict[str, int]:
        return {"size": len(text)}

    return app


async def chunks(total: int, size: int = 64 * 1024) -> AsyncIterator[bytes]:
    while total > 0:
        yield b"x" * min(size, total)
        total -= size


def assert_too_large(response: httpx.Response, limit: int) -> None:
    assert response.status_code == 413, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 413 and body["detail"] == f"the request body may be at most {limit} bytes"
    assert response.headers["x-request-id"]


@pytest.mark.parametrize("path", ["/json", "/raw", "/form"])
async def test_a_streamed_body_is_counted_whatever_reads_it(path: str) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=small_app(100)), base_url="http://t") as http:
        content = b'{"text": "' + b"x" * 200 + b'"}' if path == "/json" else b"text=" + b"x" * 200
        kind = "application/json" if path == "/json" else "application/x-www-form-urlencoded"

        async def body() -> AsyncIterator[bytes]:
            for start in range(0, len(content), 16):
                yield content[start:start + 16]

        assert_too_large(await http.post(path, content=body(), headers={"content-type": kind}), 100)
        small = b'{"text": "xx"}' if path == "/json" else b"text=xx"
        ok = await http.post(path, content=small, headers={"content-type": kind})
        assert ok.status_code == 200 and ok.json()["size"] in (2, len(small))


async def test_declared_length_is_refused_before_the_route_runs() -> None:
    app = small_app(100)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        assert_too_large(await http.post("/raw", content=b"x" * 101), 100)
        assert (await http.post("/raw", content=b"x" * 100)).json() == {"size": 100}
        bad = await http.post("/raw", content=b"x", headers={"content-length": "1x"})
        assert bad.status_code == 400 and bad.json()["detail"] == "the Content-Length header is not a number"


@pytest.mark.parametrize("name", sorted(APPS))
async def test_every_app_has_the_limit(name: str, tmp_path: Path) -> None:
    values: dict[str, Any] = {"log_level": "WARNING"}
    if name != "gateway":
        values["database_url"] = f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}"  # refused before any query
    spec = APPS[name]
    app = spec.load_factory()(spec.settings(**values))
    assert spec.settings().max_body_bytes == 10 * MB  # NETWISE_<APP>_MAX_BODY_BYTES
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        path = "/identity/v1/people" if name == "gateway" else "/v1/people"
        assert_too_large(await http.post(path, content=b"x" * (10 * MB + 1)), 10 * MB)


async def test_thirty_megabytes_to_a_service_port_get_413(backend: str, tmp_path: Path) -> None:
    async with migrated_database(backend, MIGRATIONS, tmp_path) as url:
        app = create_app(IdentitySettings(database_url=url, log_level="WARNING"))
        async with serving(app, free_port()) as base, httpx.AsyncClient(base_url=base, timeout=30) as http:
            declared = await http.post("/v1/people", content=b"x" * (30 * MB),
                                       headers={"content-type": "application/json"})
            assert_too_large(declared, 10 * MB)
            streamed = await http.post("/v1/people", content=chunks(30 * MB),
                                       headers={"content-type": "application/json"})
            assert_too_large(streamed, 10 * MB)
            # The server is still there for the next caller.
            assert (await http.get("/healthz")).status_code == 200
