"""kit.sqlite: a write is one trip to aiosqlite's thread, a read runs on the loop, and SQLAlchemy sees what each
statement did."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kit.db import Database


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'one-trip.db'}")
    async with db.transaction() as session:
        await session.execute(text("CREATE TABLE cards (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)"))
    yield db
    await db.dispose()


async def test_rows_counts_and_ids_come_back(database: Database) -> None:
    async with database.transaction() as session:
        inserted = await session.execute(text("INSERT INTO cards (name) VALUES (:name)"),
                                         [{"name": "ace"}, {"name": "king"}, {"name": "queen"}])
        assert inserted.rowcount == 3
        one = await session.execute(text("INSERT INTO cards (name) VALUES ('jack')"))
        assert one.lastrowid == 4
        updated = await session.execute(text("UPDATE cards SET name = name || '!' WHERE id > 2"))
        assert updated.rowcount == 2
    async with database.transaction() as session:
        rows = (await session.execute(text("SELECT id, name FROM cards ORDER BY id"))).all()
    assert [tuple(row) for row in rows] == [(1, "ace"), (2, "king"), (3, "queen!"), (4, "jack!")]


async def test_a_failed_statement_is_sqlalchemys_error_and_writes_nothing(database: Database) -> None:
    with pytest.raises(IntegrityError):
        async with database.transaction() as session:
            await session.execute(text("INSERT INTO cards (name) VALUES ('ace')"))
            await session.execute(text("INSERT INTO cards (name) VALUES ('ace')"))
    async with database.transaction() as session:
        assert (await session.execute(text("SELECT count(*) FROM cards"))).scalar_one() == 0


def count_trips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the name of each function aiosqlite runs on its thread."""
    trips: list[str] = []
    original = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn: object, *args: object, **kwargs: object) -> object:
        trips.append(getattr(fn, "__name__", repr(fn)))
        return await original(self, fn, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    return trips


async def test_a_write_is_one_trip_to_the_thread_and_a_read_none(database: Database,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    async with database.transaction() as session:
        await session.execute(text("SELECT 1"))  # the connection is checked out
        trips = count_trips(monkeypatch)
        await session.execute(text("INSERT INTO cards (name) VALUES ('ace')"))
        assert len(trips) == 1
        rows = (await session.execute(text("SELECT name FROM cards"))).all()
        assert [tuple(row) for row in rows] == [("ace",)] and len(trips) == 1  # read on the loop


async def test_a_write_waiting_for_the_lock_holds_up_no_read(database: Database) -> None:
    """A write waits for another connection's write lock on its own thread: reads go on meanwhile, and the holder
    can finish (a write waiting on the loop would hold it up until the busy timeout)."""

    async def insert(name: str) -> None:
        async with database.transaction() as session:
            await session.execute(text("INSERT INTO cards (name) VALUES (:name)"), {"name": name})

    async with database.transaction() as holder:
        await holder.execute(text("INSERT INTO cards (name) VALUES ('ace')"))  # holds the write lock
        waiting = asyncio.create_task(insert("king"))
        await asyncio.sleep(0.3)
        assert not waiting.done()
        async with database.transaction() as reader:
            assert (await reader.execute(text("SELECT count(*) FROM cards"))).scalar_one() == 0
    await asyncio.wait_for(waiting, 10)
    async with database.transaction() as session:
        names = (await session.execute(text("SELECT name FROM cards ORDER BY id"))).scalars().all()
    assert names == ["ace", "king"]


async def test_a_read_only_transaction_ends_without_a_trip(database: Database,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A request that only read neither commits nor rolls back on the thread (SELECT opens no transaction)."""
    async with database.transaction() as session:
        await session.execute(text("SELECT 1"))
        trips = count_trips(monkeypatch)
    assert trips == []
    async with database.transaction() as session:
        await session.execute(text("INSERT INTO cards (name) VALUES ('ten')"))
    assert "commit" in trips
