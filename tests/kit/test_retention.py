"""kit.retention: the outbox, inbox and idempotency keys are pruned by age, and nothing still needed goes."""

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import MetaData, func, insert, select

from kit.app import retention_rules
from kit.db import Database
from kit.events import event_tables
from kit.idempotency import idempotency_table
from kit.ids import utcnow
from kit.retention import Retention, prune
from kit.settings import ServiceSettings
from tests.databases import bare_database

metadata = MetaData()
outbox, inbox = event_tables(metadata)
keys = idempotency_table(metadata)
DAY = timedelta(days=1)


@pytest.fixture
async def db(backend: str, tmp_path: Path) -> AsyncIterator[Database]:
    async with bare_database(backend, tmp_path, metadata) as database:
        yield database


async def outbox_row(db: Database, event_id: str, *, created: timedelta, delivered: timedelta | None) -> None:
    now = utcnow()
    async with db.transaction() as session:
        await session.execute(insert(outbox).values(
            event_id=event_id, subscriber="http://analytics/internal/events", type="person.created",
            envelope={}, created_at=now - created, attempts=1, next_attempt_at=now - created,
            delivered_at=None if delivered is None else now - delivered))


async def remaining(db: Database, column: object) -> set[str]:
    async with db.transaction() as session:
        return set((await session.execute(select(column))).scalars())


def rules(settings: ServiceSettings) -> list[Retention]:
    return retention_rules(settings, outbox, inbox)


async def test_delivered_events_go_after_the_retention_and_undelivered_ones_never(db: Database) -> None:
    await outbox_row(db, "delivered-long-ago", created=10 * DAY, delivered=9 * DAY)
    await outbox_row(db, "delivered-yesterday", created=2 * DAY, delivered=DAY)
    await outbox_row(db, "stuck-for-a-month", created=30 * DAY, delivered=None)

    deleted = await prune(db, rules(ServiceSettings(outbox_retention_days=7)))

    assert deleted["outbox"] == 1
    assert await remaining(db, outbox.c.event_id) == {"delivered-yesterday", "stuck-for-a-month"}


async def test_inbox_and_idempotency_keys_go_by_their_own_retention(db: Database) -> None:
    now = utcnow()
    async with db.transaction() as session:
        await session.execute(insert(inbox), [
            {"source": "/identity", "event_id": "old", "type": "person.created", "received_at": now - 31 * DAY},
            {"source": "/identity", "event_id": "recent", "type": "person.created", "received_at": now - 29 * DAY},
        ])
        await session.execute(insert(keys), [
            {"org": "o", "subject": "s", "key": key, "fingerprint": "f", "status_code": 201, "body": {},
             "created_at": now - age} for key, age in [("stale", timedelta(hours=49)), ("fresh", timedelta(hours=47))]
        ])

    deleted = await prune(db, rules(ServiceSettings(inbox_retention_days=30, idempotency_retention_hours=48)))

    assert deleted == {"outbox": 0, "inbox": 1, "idempotency_keys": 1}
    assert await remaining(db, inbox.c.event_id) == {"recent"}
    assert await remaining(db, keys.c.key) == {"fresh"}


async def test_a_large_backlog_is_deleted_in_batches_until_none_is_left(db: Database) -> None:
    now = utcnow()
    async with db.transaction() as session:
        await session.execute(insert(inbox), [
            {"source": "/curriculum", "event_id": f"e{i}", "type": "t", "received_at": now - 40 * DAY}
            for i in range(25)])

    deleted = await prune(db, [Retention(inbox, "received_at", 30 * DAY)], batch=10)

    assert deleted == {"inbox": 25}
    async with db.transaction() as session:
        assert (await session.execute(select(func.count()).select_from(inbox))).scalar_one() == 0


def test_a_service_without_idempotency_keys_prunes_only_its_event_tables() -> None:
    bare = MetaData()
    bare_outbox, bare_inbox = event_tables(bare)
    assert [rule.table.name for rule in retention_rules(ServiceSettings(), bare_outbox, bare_inbox)] == [
        "outbox", "inbox"]
