"""Async engine and the per-request session that commits on success and rolls back on error."""

import hashlib
import operator
from collections.abc import AsyncIterator, Callable, Hashable, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from sqlalchemy import ColumnElement, DateTime, Table, any_, bindparam, event, insert, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator
from sqlalchemy.util import await_
from sqlmodel import Session as SQLModelSession
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.recent import Recent
from kit.sqlite import one_trip_dbapi


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and always returns aware datetimes, on SQLite (which keeps no zone) as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def apply_changes(row: Any, changes: dict[str, Any]) -> bool:
    """Sets the fields of a partial update that differ; says whether anything changed (so versions bump once)."""
    changed = False
    for name, value in changes.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


R = TypeVar("R")
K = TypeVar("K", bound=Hashable)


async def save(session: AsyncSession, row: R) -> R:
    """Writes `row` now, so its defaults and any conflict show here rather than at commit; returns it."""
    session.add(row)
    await session.flush()
    return row


async def remove(session: AsyncSession, row: Any) -> None:
    await session.delete(row)
    await session.flush()


def upsert_of(dialect: str) -> Any:
    """`insert` with ON CONFLICT support for a database kind (SQLite and PostgreSQL both have it)."""
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def upsert_into(session: AsyncSession, table: Table) -> Any:
    """INSERT with ON CONFLICT support for the database in use."""
    return upsert_of(session.get_bind().dialect.name)(table)


def _end_only_open_transactions(dialect: Dialect) -> None:
    """SQLAlchemy commits the transaction of a request that only read, and rolls back every connection the pool
    takes back, even one just committed; with aiosqlite each of those is a round trip to the connection's thread,
    about a tenth of a list request's CPU. sqlite3 knows whether a transaction is open (a SELECT opens none):
    commit or roll back only one that is."""
    commit, rollback = dialect.do_commit, dialect.do_rollback

    def do_commit(dbapi_connection: Any) -> None:
        if dbapi_connection.driver_connection.in_transaction:
            commit(dbapi_connection)

    def do_rollback(dbapi_connection: Any) -> None:
        if dbapi_connection.driver_connection.in_transaction:
            rollback(dbapi_connection)

    dialect.do_commit = do_commit  # type: ignore[method-assign]
    dialect.do_rollback = do_rollback  # type: ignore[method-assign]


def _ping_by_beginning(dialect: Dialect) -> None:
    """SQLAlchemy's pre-ping on asyncpg is three round trips on every checkout (BEGIN, `;`, ROLLBACK), before the
    BEGIN of the transaction the connection was taken for. Beginning that transaction asks the server as much in one
    trip: a dead connection fails there and is replaced as before, the first statement finds its transaction begun,
    and a connection given back unused is rolled back as any is. Anything else (autocommit, a transaction already
    open, an adapter without these internals) is pinged SQLAlchemy's way."""
    ping = dialect.do_ping

    def do_ping(dbapi_connection: Any) -> bool:
        begin = getattr(dbapi_connection, "_start_transaction", None)
        if begin is None or getattr(dbapi_connection, "_transaction", True) is not None or \
                dbapi_connection.isolation_level == "autocommit":
            return ping(dbapi_connection)
        await_(begin())  # raises the adapter's error (a disconnect is one) on failure
        return True

    dialect.do_ping = do_ping  # type: ignore[method-assign]


def among(session: AsyncSession, column: Any, values: Any) -> ColumnElement[bool]:
    """`column IN values`; on PostgreSQL `= ANY` of one array parameter. SQLAlchemy renders an IN list as a parameter
    per value, typed, on every execution: for an xAPI batch's 100 ids that was about a tenth of the server's CPU,
    and a bulk write's 1000 people cost more to render and bind than to look up."""
    return among_bound(session.get_bind().dialect.name, column, None, value=list(values))


def among_bound(dialect_name: str, column: Any, name: str | None, **value: Any) -> ColumnElement[bool]:
    """`among` for a statement built once: the values arrive with each execution as the list parameter `name`,
    or are bound now when given as `value`."""
    if dialect_name == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(column.type), **value))
    return column.in_(bindparam(name, expanding=True, **value))


async def insert_rows(session: AsyncSession, table: Table, rows: list[dict[str, Any]]) -> None:
    """Inserts many rows (each with the same keys) in the session's transaction: by COPY on PostgreSQL, where it
    is several times as fast as an INSERT per row (asyncpg's executemany), by executemany elsewhere. The rows are
    new: COPY has no ON CONFLICT, so a conflict is an error either way (asyncpg's own under COPY)."""
    if not rows:
        return
    if session.get_bind().dialect.name != "postgresql":
        await session.execute(insert(table), rows)
        return
    columns = list(rows[0])
    dialect = session.get_bind().dialect
    # COPY passes values as they are: apply what a column's type does on the way in (UTCDateTime's checks).
    fixes = [(index, fix) for index, name in enumerate(columns) if isinstance(table.c[name].type, TypeDecorator)
             for fix in [table.c[name].type.bind_processor(dialect)] if fix is not None]
    values = operator.itemgetter(*columns)  # a tuple of the row's values, in C: this runs for every row
    records = [values(row) for row in rows] if len(columns) > 1 else [(values(row),) for row in rows]
    if fixes:
        records = [_fixed(record, fixes) for record in records]
    asyncpg_connection: Any = (await (await session.connection()).get_raw_connection()).driver_connection
    if not asyncpg_connection.is_in_transaction():
        # SQLAlchemy's adapter opens the transaction with the first statement it sends; a COPY sent before any
        # would commit at once, outside the caller's all-or-nothing.
        await session.execute(text("SELECT 1"))
    await asyncpg_connection.copy_records_to_table(table.name, records=records, columns=columns)


def _fixed(record: tuple[Any, ...], fixes: list[tuple[int, Any]]) -> tuple[Any, ...]:
    values = list(record)
    for index, fix in fixes:
        values[index] = fix(values[index])
    return tuple(values)


def create_engine(url: str) -> AsyncEngine:
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                                     module=one_trip_dbapi())

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets readers work while the relay writes; foreign keys are off by default in SQLite.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        _end_only_open_transactions(engine.sync_engine.dialect)
        return engine
    # No JIT: our queries run in milliseconds, and compiling one (when its estimated cost passes jit_above_cost,
    # as a 1000-entry batch's checks do) costs about 100 ms each time it is planned.
    engine = create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10,
                                 connect_args={"server_settings": {"jit": "off"}})
    if engine.dialect.driver == "asyncpg":
        _ping_by_beginning(engine.sync_engine.dialect)
    return engine


class Database:
    """One engine per app; `session()` is the FastAPI dependency, `transaction()` the same for jobs."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)
        # A session class of this database's own: `forget_on_commit` listens to this app's sessions only.
        self._sessions = type("DatabaseSession", (SQLModelSession,), {})
        self.sessionmaker = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False,
                                               sync_session_class=self._sessions)

    def forget_on_commit(self, recent: Recent[K, Any], keys: Mapping[type, Callable[[Any], K]]) -> None:
        """Once a session commits rows of the classes in `keys` (added, changed or deleted through the ORM),
        `recent` forgets each row's key: this process reads its own writes at once. Not before the commit, where
        a read in between would keep what is about to change. (A key noted in a transaction rolled back is forgotten
        at the session's next commit, if any: forgetting more than changed costs one read.)"""
        written = f"netwise.written.{id(recent)}"

        def note(session: Session, _flush: Any) -> None:
            for row in (*session.new, *session.dirty, *session.deleted):  # still as before the flush
                key_of = keys.get(type(row))
                if key_of is not None:
                    session.info.setdefault(written, set()).add(key_of(row))

        def forget(session: Session) -> None:
            for key in session.info.pop(written, ()):
                recent.forget(key)

        event.listen(self._sessions, "after_flush", note)
        event.listen(self._sessions, "after_commit", forget)

    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            try:
                yield session
                await session.commit()
            except BaseException:
                await session.rollback()
                raise

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """`async with db.transaction() as session:` commits at the end of the block, or rolls back."""
        async with self.sessionmaker() as session, session.begin():
            yield session

    @asynccontextmanager
    async def exclusive(self, name: str) -> AsyncIterator[bool]:
        """`async with db.exclusive("curriculum:due-work") as mine:` is True in one holder at a time across every
        replica on this database (a PostgreSQL session advisory lock, released at the end of the block); the others
        get False at once and skip. SQLite is one host's file, where the embedded platform runs one replica: True."""
        if self.engine.dialect.name != "postgresql":
            yield True
            return
        key = int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)
        async with self.engine.connect() as conn:
            mine = bool(await conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}))
            await conn.commit()  # the lock is the session's: no transaction stays open while the job runs
            try:
                yield mine
            finally:
                if mine:
                    await conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                    await conn.commit()

    async def ping(self) -> None:
        async with self.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()


async def _request_session(request: Request) -> AsyncIterator[AsyncSession]:
    database: Database = request.app.state.db
    async for session in database.session():
        yield session


# scope="function": commit before the response leaves, so a failed commit is an error response, not a lie.
SessionDep = Annotated[AsyncSession, Depends(_request_session, scope="function")]
