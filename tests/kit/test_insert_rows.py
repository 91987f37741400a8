"""kit.db.insert_rows: many new rows in the caller's transaction (COPY on PostgreSQL), all or nothing."""

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, func, select

from kit.db import Database, UTCDateTime, insert_rows
from tests.databases import bare_database

metadata = MetaData()
entries = Table("entries", metadata, Column("id", String(36), primary_key=True), Column("minutes", Integer),
                Column("day", Date), Column("note", String(100), nullable=True), Column("at", UTCDateTime()))


@pytest.fixture
async def database(backend: str, tmp_path: Path) -> AsyncIterator[Database]:
    async with bare_database(backend, tmp_path, metadata) as db:
        yield db


def row(n: int, at: datetime = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)) -> dict[str, object]:
    return {"id": f"e{n:04}", "minutes": n, "day": date(2026, 12, 1 + n % 28), "note": None if n % 2 else f"#{n}",
            "at": at}


async def test_rows_arrive_as_given(database: Database) -> None:
    async with database.transaction() as session:
        await insert_rows(session, entries, [row(n) for n in range(1, 1001)])
    async with database.transaction() as session:
        count, total = (await session.execute(select(func.count(), func.sum(entries.c.minutes)))).one()
        first = (await session.execute(select(entries).where(entries.c.id == "e0002"))).one()
    assert (count, total) == (1000, 500500)
    assert first._asdict() == {"id": "e0002", "minutes": 2, "day": date(2026, 12, 3), "note": "#2",
                               "at": datetime(2026, 12, 4, 9, 30, tzinfo=UTC)}


async def test_rows_of_one_column_arrive(database: Database) -> None:
    async with database.transaction() as session:
        await insert_rows(session, entries, [{"id": "e0001"}, {"id": "e0002"}])
    async with database.transaction() as session:
        assert (await session.execute(select(entries.c.id, entries.c.minutes).order_by(entries.c.id))).all() == [
            ("e0001", None), ("e0002", None)]


async def test_a_failure_later_in_the_transaction_leaves_no_row(database: Database) -> None:
    with pytest.raises(RuntimeError):
        async with database.transaction() as session:
            await insert_rows(session, entries, [row(n) for n in range(1, 101)])
            raise RuntimeError("a check after the insert fails")
    async with database.transaction() as session:
        assert (await session.execute(select(func.count()).select_from(entries))).scalar_one() == 0


async def test_a_column_type_still_checks_its_values(database: Database) -> None:
    """COPY bypasses SQLAlchemy's statement: insert_rows applies the column types itself (a naive time is refused)."""
    with pytest.raises(Exception, match="naive datetime"):
        async with database.transaction() as session:
            await insert_rows(session, entries, [row(1), row(2, at=datetime(2026, 12, 4, 9, 30))])
    async with database.transaction() as session:
        assert (await session.execute(select(func.count()).select_from(entries))).scalar_one() == 0
