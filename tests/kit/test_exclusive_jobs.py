"""kit: a periodic job marked exclusive runs one pass at a time across every replica on the database."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from kit.app import PeriodicJob, run_once
from kit.db import Database
from tests.databases import empty_database


@pytest.fixture
async def replicas(backend: str, tmp_path: Path) -> AsyncIterator[tuple[Database, Database]]:
    """Two apps' engines on one database, as two replicas of a service have."""
    async with empty_database(backend, tmp_path) as url:
        first, second = Database(url), Database(url)
        try:
            yield first, second
        finally:
            await first.dispose()
            await second.dispose()


async def test_a_second_replica_skips_the_pass_another_holds(replicas: tuple[Database, Database],
                                                             backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("replicas share a PostgreSQL database; SQLite is the embedded platform's single replica")
    first, second = replicas
    started, release, passes = asyncio.Event(), asyncio.Event(), []

    async def slow_pass() -> None:
        passes.append("first")
        started.set()
        await release.wait()

    async def quick_pass() -> None:
        passes.append("second")

    holding = asyncio.create_task(run_once(PeriodicJob("sweep", slow_pass, 60, exclusive=True), first, "svc"))
    await started.wait()
    skipped = await run_once(PeriodicJob("sweep", quick_pass, 60, exclusive=True), second, "svc")
    other_job = await run_once(PeriodicJob("other", quick_pass, 60, exclusive=True), second, "svc")
    release.set()
    assert await holding is True
    assert (skipped, other_job) == (False, True)  # only the same job of the same service is held
    assert await run_once(PeriodicJob("sweep", quick_pass, 60, exclusive=True), second, "svc") is True  # released
    assert passes == ["first", "second", "second"]


async def test_a_job_that_is_not_exclusive_runs_in_every_replica(replicas: tuple[Database, Database]) -> None:
    first, second = replicas
    passes: list[str] = []

    async def work() -> None:
        passes.append("pass")
        await asyncio.sleep(0.05)

    job = PeriodicJob("click-events", work, 60, exclusive=False)
    assert await asyncio.gather(run_once(job, first, "svc"), run_once(job, second, "svc")) == [True, True]
    assert passes == ["pass", "pass"]


async def test_an_exclusive_pass_that_fails_releases_the_job(replicas: tuple[Database, Database]) -> None:
    first, second = replicas

    async def failing() -> None:
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        await run_once(PeriodicJob("sweep", failing, 60, exclusive=True), first, "svc")
    passes: list[str] = []

    async def work() -> None:
        passes.append("pass")

    assert await run_once(PeriodicJob("sweep", work, 60, exclusive=True), second, "svc") is True
    assert passes == ["pass"]
