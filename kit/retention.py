"""Pruning the bookkeeping tables, so they hold what is still useful and no more.

- outbox: rows delivered longer ago than `OUTBOX_RETENTION_DAYS` (undelivered rows stay, whatever their age);
- inbox: event ids received longer ago than `INBOX_RETENTION_DAYS`; keep this above the longest time a publisher
  may still redeliver an event, or a late redelivery would take effect twice;
- idempotency keys: stored responses older than `IDEMPOTENCY_RETENTION_HOURS`; a retry with the key after that
  is a new request.

Each pass deletes in batches, so no transaction holds many locks or a large undo log; replicas may prune at once.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Table, delete, select, tuple_

from kit.db import Database
from kit.ids import utcnow

log = logging.getLogger("netwise.retention")
BATCH = 5_000


@dataclass(frozen=True)
class Retention:
    """Which tables to prune, by which time column, and how long their rows are kept."""

    table: Table
    column: str
    keep: timedelta


async def prune(db: Database, rules: list[Retention], batch: int = BATCH) -> dict[str, int]:
    """One pass over every rule; returns the rows deleted per table."""
    deleted: dict[str, int] = {}
    now = utcnow()
    for rule in rules:
        table, stamp = rule.table, rule.table.c[rule.column]
        key = tuple(table.primary_key.columns)
        total = 0
        while True:
            old = select(*key).where(stamp < now - rule.keep).limit(batch)
            async with db.transaction() as session:
                # Row values, `(a, b) IN (SELECT a, b … LIMIT n)`: PostgreSQL and SQLite both understand them.
                result = await session.execute(delete(table).where(tuple_(*key).in_(old)))
            count = result.rowcount or 0  # type: ignore[attr-defined]
            total += count
            if count < batch:
                break
        deleted[table.name] = total
        if total:
            log.info("pruned %d rows of %s older than %s", total, table.name, rule.keep)
    return deleted

