"""Throwaway databases for tests: a SQLite file, or a PostgreSQL database created and dropped per use."""

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from fastapi import FastAPI
from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from kit.db import Database
from kit.migrations import upgrade

ADMIN_URL = os.environ.get("NETWISE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
_reachable: bool | None = None


async def postgres_reachable() -> bool:
    global _reachable
    if _reachable is None:
        try:
            conn = await asyncpg.connect(ADMIN_URL, timeout=3)
            await conn.close()
            _reachable = True
        except (OSError, asyncpg.PostgresError, TimeoutError):
            _reachable = False
    return _reachable


@asynccontextmanager
async def empty_database(backend: str, tmp_dir: Path) -> AsyncIterator[str]:
    """Yields the URL of a new, empty database of `backend`, dropped afterwards (for kit tests' bare tables)."""
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_dir / f'{uuid.uuid4().hex}.db'}"
        return
    url = await create_postgres_database()
    try:
        yield url
    finally:
        await drop_postgres_database(url)


async def create_postgres_database(migrations: Path | None = None, revision: str = "head") -> str:
    """A new PostgreSQL database, with `migrations` applied when given; the caller drops it with
    `drop_postgres_database`."""
    name = f"nw_test_{uuid.uuid4().hex[:16]}"
    admin = await asyncpg.connect(ADMIN_URL)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    base = ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    url = f"{base}/{name}"
    if migrations is not None:
        try:
            await asyncio.to_thread(upgrade, migrations, url, revision)
        except BaseException:
            await drop_postgres_database(url)
            raise
    return url


async def drop_postgres_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    admin = await asyncpg.connect(ADMIN_URL)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@asynccontextmanager
async def bare_database(backend: str, tmp_dir: Path, metadata: MetaData) -> AsyncIterator[Database]:
    """A new database holding `metadata`'s tables, made by create_all: for kit's unit tests, which own no migrations."""
    async with empty_database(backend, tmp_dir) as url:
        db = Database(url)
        try:
            async with db.engine.begin() as conn:
                await conn.run_sync(metadata.create_all)
            yield db
        finally:
            await db.dispose()


@asynccontextmanager
async def migrated_database(backend: str, migrations: Path, tmp_dir: Path,
                            revision: str = "head") -> AsyncIterator[str]:
    """Yields the URL of a new database of `backend` with `migrations` applied up to `revision` (never create_all)."""
    async with empty_database(backend, tmp_dir) as url:
        await asyncio.to_thread(upgrade, migrations, url, revision)
        yield url


@asynccontextmanager
async def connected(url: str) -> AsyncIterator[AsyncConnection]:
    """One transaction on the database at `url`, for tests that write or read rows behind the app's back."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            yield conn
    finally:
        await engine.dispose()


@asynccontextmanager
async def running_app(backend: str, migrations: Path, tmp_dir: Path,
                      build: Callable[[str], FastAPI]) -> AsyncIterator[FastAPI]:
    """The app `build` makes on a migrated database of `backend`, started (lifespan) until the block ends."""
    async with migrated_database(backend, migrations, tmp_dir) as url:
        app = build(url)
        async with app.router.lifespan_context(app):
            yield app


def migrated_app(migrations: Path, build: Callable[[str, Path], FastAPI]) -> Any:
    """A service directory's `app` fixture: `build(database_url, module_tmp)` on a migrated database of each
    backend, started for the module (tests.conftest's `client` calls it)."""

    @pytest.fixture(scope="module")
    async def app(backend: str, module_tmp: Path) -> AsyncIterator[FastAPI]:
        async with running_app(backend, migrations, module_tmp, lambda url: build(url, module_tmp)) as started:
            yield started

    return app
