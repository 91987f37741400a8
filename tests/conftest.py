"""Shared fixtures: every database test runs on SQLite and, where a server is reachable, on PostgreSQL."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from tests.databases import ADMIN_URL, postgres_reachable

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS, scope="module")
async def backend(request: pytest.FixtureRequest) -> str:
    """The database kind under test; PostgreSQL runs are skipped, saying why, when no server answers."""
    if request.param == "postgresql" and not await postgres_reachable():
        pytest.skip(f"PostgreSQL not reachable at {ADMIN_URL}; set NETWISE_TEST_POSTGRES_URL to run these")
    return str(request.param)


@pytest.fixture(scope="module")
def module_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("db")


async def asgi_client(app: FastAPI, base_url: str = "http://testserver") -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client of the directory's `app` (tests.databases.migrated_app)."""
    async with await asgi_client(app) as http:
        yield http


@pytest.fixture
async def anyio_backend() -> AsyncIterator[str]:
    yield "asyncio"
