"""SQLite through aiosqlite: a write is one trip to the connection's thread, a read none.

aiosqlite runs each sqlite3 call on a thread of its own, and SQLAlchemy's adapter makes four calls per statement
(open a cursor, execute, fetch, close): four hand-offs between threads, each costing more CPU than a small query.
This adapter does the four in one call on that thread. It is handed to SQLAlchemy as the engine's DBAPI module
(`create_async_engine(..., module=one_trip_dbapi())`), so URLs, pooling and error translation stay SQLAlchemy's.

A read (a statement that starts with SELECT) runs on the event loop itself, no hand-off at all: under sixteen
requests at once, threads waking for each statement and taking turns at the GIL with the loop made a 20-row list
cost 1.8 ms of CPU against 1.0 read here. It may: in WAL mode (set on every connection, kit.db) a read never waits
for another connection's lock, so it holds the loop only for its own work. A write may wait for another
connection's lock (up to the busy timeout), and that connection may need the loop to finish its transaction: a
write always goes to the thread. The price: a long read (a big report in the embedded mode) holds this service's
other requests for its duration.
"""

import collections
import sqlite3
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import immutabledict


def _is_read(operation: str) -> bool:
    return operation.lstrip()[:6].upper() == "SELECT"


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    """Holds what the statement returned; there is no sqlite3 cursor left open between calls."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: Any) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._soft_closed_memoized = immutabledict()
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> Any:
        return self._lastrowid

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _run(self, operation: str, parameters: Any, many: bool) -> Any:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]

        def execute_on(db: sqlite3.Connection) -> tuple[Any, int, int | None, list[Any]]:
            cursor = db.cursor()
            try:
                if many:
                    cursor.executemany(operation, parameters)
                else:
                    cursor.execute(operation, () if parameters is None else parameters)
                rows = cursor.fetchall() if cursor.description else []
                return cursor.description, cursor.rowcount, cursor.lastrowid, rows
            finally:
                cursor.close()

        async with self._adapt_connection._execute_mutex:
            if not many and _is_read(operation):
                found = execute_on(connection._conn)  # on the loop (see the module's note)
            else:
                found = await connection._execute(execute_on, connection._conn)
        self._description, self._rowcount, self._lastrowid, rows = found
        self._rows = collections.deque(rows)

    async def _execute_async(self, operation: Any, parameters: Any) -> Any:
        await self._run(operation, parameters, many=False)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> Any:
        await self._run(operation, seq_of_parameters, many=True)

    async def _async_soft_close(self) -> None:
        return

    def close(self) -> None:
        self._rows.clear()


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneTripCursor


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        adapted = super().connect(*arg, **kw)
        return OneTripConnection(self, adapted._connection)


def one_trip_dbapi() -> OneTripDBAPI:
    """The module for `create_async_engine`; its connections must be made with `check_same_thread=False`: reads run
    on the loop's thread, everything else on the connection's, one call after another (a connection serves one
    session at a time)."""
    return OneTripDBAPI(aiosqlite, sqlite3)
