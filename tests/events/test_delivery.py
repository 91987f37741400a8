"""A subscriber that is down while people are created loses no event, and redelivery changes nothing."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import Column, Integer, MetaData, String, Table, func, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events.identity import PERSON_CREATED, PersonPublic
from kit.app import setup_common
from kit.db import Database
from kit.events import CloudEvent, event_tables, events_router
from services.identity.app import MIGRATIONS, create_app
from services.identity.models import outbox_table
from services.identity.settings import IdentitySettings
from tests.databases import migrated_database
from tests.identity.conftest import make_tenant
from tests.support import free_port, serving, signed_event

IDENTITY_KEY = "identity-key-for-this-test"


class Subscriber:
    """A stand-in for a service that projects people: its effect is one row per person created."""

    def __init__(self, path: Path) -> None:
        metadata = MetaData()
        self.people = Table("people_seen", metadata, Column("person_id", String, primary_key=True),
                            Column("times", Integer, nullable=False))
        _, self.inbox = event_tables(metadata)
        self.metadata = metadata
        self.db = Database(f"sqlite+aiosqlite:///{path}")
        self.app = FastAPI()
        self.app.state.db = self.db
        self.app.state.event_keys = {"identity": IDENTITY_KEY}.get
        setup_common(self.app, "subscriber", [])
        self.app.include_router(events_router(self.inbox, {PERSON_CREATED: self.on_person_created}))

    async def on_person_created(self, session: AsyncSession, event: CloudEvent, person: PersonPublic) -> None:
        person_id = person.id
        updated = await session.execute(update(self.people).where(self.people.c.person_id == person_id)
                                        .values(times=self.people.c.times + 1))
        if not updated.rowcount:  # type: ignore[attr-defined]
            await session.execute(self.people.insert().values(person_id=person_id, times=1))

    async def create_schema(self) -> None:
        async with self.db.engine.begin() as conn:
            await conn.run_sync(self.metadata.create_all)

    async def effects(self) -> dict[str, int]:
        async with self.db.transaction() as session:
            rows = (await session.execute(select(self.people.c.person_id, self.people.c.times))).all()
        return {row.person_id: row.times for row in rows}


@pytest.fixture
async def subscriber(tmp_path: Path) -> AsyncIterator[Subscriber]:
    sub = Subscriber(tmp_path / "subscriber.db")
    await sub.create_schema()
    yield sub
    await sub.db.dispose()


async def pending(app: FastAPI) -> int:
    async with app.state.db.transaction() as session:
        query = select(func.count()).select_from(outbox_table).where(outbox_table.c.delivered_at.is_(None))
        return int((await session.execute(query)).scalar_one())


async def test_events_wait_while_the_subscriber_is_down_and_arrive_once(backend: str, tmp_path: Path,
                                                                        subscriber: Subscriber) -> None:
    port = free_port()
    async with migrated_database(backend, MIGRATIONS, tmp_path) as url:
        identity = create_app(IdentitySettings(
            database_url=url, subscribers=[f"http://127.0.0.1:{port}/internal/events"], event_key=IDENTITY_KEY,
            relay_interval_seconds=0.05, relay_max_backoff_seconds=0.2, log_level="WARNING"))
        async with identity.router.lifespan_context(identity):
            tenant = await make_tenant(identity)  # the subscriber is not listening yet
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=identity), base_url="http://t") as api:
                for i in range(5):
                    response = await api.post("/v1/people", headers=tenant.admin, json={
                        "email": f"new{i}@example.com", "name": f"New {i}", "job_function": "marketing"})
                    assert response.status_code == 201
            await asyncio.sleep(0.3)  # the relay tries, fails, and backs off
            assert await pending(identity) > 0
            assert await subscriber.effects() == {}

            async with serving(subscriber.app, port):
                for _ in range(200):
                    if await pending(identity) == 0:
                        break
                    await asyncio.sleep(0.05)
                assert await pending(identity) == 0
                effects = await subscriber.effects()
                assert len(effects) == 7  # admin, learner and five new people
                assert set(effects.values()) == {1}

                # At-least-once means duplicates happen: a redelivered event has no second effect.
                async with identity.state.db.transaction() as session:
                    envelope = (await session.execute(select(outbox_table.c.envelope).where(
                        outbox_table.c.type == PERSON_CREATED).limit(1))).scalar_one()
                async with httpx.AsyncClient() as http:
                    again = await http.post(f"http://127.0.0.1:{port}/internal/events",
                                            **signed_event(envelope, key=IDENTITY_KEY))
                    assert again.status_code == 204
                    forged = await http.post(f"http://127.0.0.1:{port}/internal/events",
                                             **signed_event(envelope, key="wrong"))
                    assert forged.status_code == 401
                assert await subscriber.effects() == effects
