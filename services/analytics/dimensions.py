"""Integer keys for the values reports group and filter by, so a report hashes small integers, not strings.

Every time entry carries, beside its organisation, person, unit, job function, channel and activity, the key of
each in `dimension_keys`. A key is handed out the first time a value is written and never changes, so reports
read keys from a narrow index and turn the few keys of their result back into values at the end.
"""

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, event, select
from sqlalchemy.orm import Session
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import among, upsert_into
from services.analytics.models import DimensionKey, TimeEntry

Pair = tuple[str, str]  # (kind, value)

# Each key column of time_entries: the kind of value it keys and the column holding the value.
KEYED: dict[str, tuple[str, str]] = {
    "org_key": ("org", "org_id"),
    "person_key": ("person", "person_id"),
    "unit_key": ("unit", "org_unit_id"),
    "job_function_key": ("job_function", "job_function"),
    "channel_key": ("channel", "channel"),
    "activity_key": ("activity", "activity"),
}


def _table() -> Table:
    return DimensionKey.__table__  # type: ignore[attr-defined]


# A committed key never changes, so each process remembers the keys it has seen, per database (a bulk write of
# 1000 entries then asks for none). A key seen inside a transaction is remembered only once that transaction
# commits: a key whose insert was rolled back was never handed out.
REMEMBERED = 100_000  # at most this many per database; past it that memory starts afresh
_committed: dict[str, dict[Pair, int]] = defaultdict(dict)
_committed_values: dict[str, dict[int, str]] = defaultdict(dict)  # the same, from key to value
_SEEN = "netwise.dimension_keys"


def _database(session: Session | AsyncSession) -> str:
    return str(session.get_bind().engine.url)


@event.listens_for(Session, "after_commit")
def _remember(session: Session) -> None:
    seen = session.info.pop(_SEEN, None)
    if seen:
        database = _database(session)
        memory, values = _committed[database], _committed_values[database]
        if len(memory) + len(seen) > REMEMBERED:
            memory.clear()
            values.clear()
        memory.update(seen)
        values.update((key, value) for (_, value), key in seen.items())


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_SEEN, None)


async def find(session: AsyncSession, wanted: Iterable[Pair]) -> dict[Pair, int]:
    """The keys already handed out for these values; a value never written has none (and matches no entry)."""
    # Committed keys this process remembers, then those this transaction has already read or made.
    memory, seen = _committed[_database(session)], session.info.setdefault(_SEEN, {})
    found, by_kind = {}, defaultdict(set)
    for pair in wanted:
        key = memory.get(pair, seen.get(pair))
        if key is not None:
            found[pair] = key
        else:
            by_kind[pair[0]].add(pair[1])
    k, read = _table(), {}
    for kind, values in by_kind.items():
        rows = await session.execute(select(k.c.key, k.c.value).where(k.c.kind == kind, k.c.value.in_(values)))
        read.update({(kind, value): key for key, value in rows.all()})
    seen.update(read)
    return found | read


async def keys_for(session: AsyncSession, wanted: Iterable[Pair]) -> dict[Pair, int]:
    """Keys for all these values, handing out new ones where needed.

    Concurrent writers of the same new value agree: the unique constraint lets one insert win, the others
    insert nothing and then read the winner's key. New values are inserted in sorted order, so two batches
    never wait on each other in opposite orders.
    """
    wanted = set(wanted)
    found = await find(session, wanted)
    missing = sorted(wanted - found.keys())
    if missing:
        insert = upsert_into(session, _table()).values([{"kind": kind, "value": value} for kind, value in missing])
        await session.execute(insert.on_conflict_do_nothing(index_elements=["kind", "value"]))
        found.update(await find(session, missing))
    return found


async def with_keys(session: AsyncSession, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sets the key columns of time-entry rows (dicts with the value columns) in place."""
    # Column by column: a batch of 1000 entries holds a few distinct values per column, so pairs are made for those
    # only, not for every row and column.
    values = {column: {row[column] for row in rows} - {None} for _, column in KEYED.values()}
    keys = await keys_for(session, {(kind, value) for kind, column in KEYED.values() for value in values[column]})
    for key_column, (kind, column) in KEYED.items():
        key_of = {value: keys[(kind, value)] for value in values[column]}
        for row in rows:
            row[key_column] = key_of.get(row[column])
    return rows


async def rekey(session: AsyncSession, entry: TimeEntry) -> None:
    """After an entry's values changed: its key columns follow."""
    (row,) = await with_keys(session, [{column: getattr(entry, column) for _, column in KEYED.values()}])
    for key_column in KEYED:
        setattr(entry, key_column, row[key_column])


async def values_of(session: AsyncSession, keys: Iterable[int]) -> dict[int, str]:
    """Back from keys to the values they stand for: those this process remembers, the others read (and then
    remembered like any key read, once the transaction commits)."""
    memory = _committed_values[_database(session)]
    found, wanted = {}, set()
    for key in keys:
        value = memory.get(key)
        if value is None:
            wanted.add(key)
        else:
            found[key] = value
    if not wanted:
        return found
    k = _table()
    rows = (await session.execute(select(k.c.key, k.c.kind, k.c.value).where(among(session, k.c.key, wanted)))).all()
    session.info.setdefault(_SEEN, {}).update({(kind, value): key for key, kind, value in rows})
    return found | {key: value for key, _, value in rows}
