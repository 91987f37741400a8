"""Events through NATS JetStream (this machine's server, 127.0.0.1:4222): identity publishes from its outbox,
consumers share the work between replicas, a consumer created later hears the history (or the part after a point
in time), a replica that dies holding events leaves them to the other, and events that keep failing or are forged
go to the dead letters without blocking the rest."""

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

import httpx
import nats
import pytest
from fastapi import FastAPI
from nats.js.api import ConsumerConfig
from prometheus_client import CollectorRegistry
from sqlalchemy import select

from contracts.events.identity import PERSON_CREATED
from kit.broker import Broker, BrokerConsumer, ConsumerOptions, JetStreamPublish, consumer_name
from kit.events import CloudEvent, signed_headers
from kit.ids import new_id, utcnow
from services.identity.app import MIGRATIONS, create_app
from services.identity.models import outbox_table
from services.identity.settings import IdentitySettings
from tests.databases import migrated_database
from tests.events.test_delivery import IDENTITY_KEY, Subscriber
from tests.identity.conftest import Tenant, make_tenant
from tests.support import person_data

NATS_URL = "nats://127.0.0.1:4222"
KEYS = {"identity": IDENTITY_KEY}.get


def nats_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 4222), timeout=1).close()
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(not nats_reachable(), reason=f"NATS not reachable at {NATS_URL} (start nats-server "
                                "with -js to run the broker tests)")


@pytest.fixture
async def namespace() -> AsyncIterator[str]:
    """A namespace of this test's own on the shared server; its streams are deleted afterwards."""
    name = f"t{new_id()[-10:].lower()}"
    yield name
    nc = await nats.connect(NATS_URL)
    js = nc.jetstream()
    broker = Broker(NATS_URL, namespace=name)
    for stream in (broker.stream, broker.dead_letters):
        with suppress(nats.js.errors.NotFoundError):
            await js.delete_stream(stream)
    await nc.close()


@asynccontextmanager
async def consuming(broker: Broker, subscriber: Subscriber, service: str, registry: CollectorRegistry | None = None,
                    **options: object) -> AsyncIterator[BrokerConsumer]:
    consumer = BrokerConsumer(broker, subscriber.db, service=service, publishers=["identity"], keys=KEYS,
                              inbox=subscriber.inbox, handlers={PERSON_CREATED: subscriber.on_person_created},
                              app=subscriber.app, options=ConsumerOptions(**{  # type: ignore[arg-type]
                                  "ack_wait_seconds": 30.0, "max_deliveries": 3, "replay_from": None,
                                  "fetch_timeout": 0.2, **options}), registry=registry)
    tasks = [asyncio.create_task(broker.run()), asyncio.create_task(consumer.run_forever())]
    try:
        yield consumer
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await broker.close()


async def eventually(condition: Callable[[], Awaitable[bool]], within: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "not reached in time"
        await asyncio.sleep(0.05)


async def add_people(identity: FastAPI, tenant: Tenant, prefix: str, count: int) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=identity), base_url="http://t") as api:
        for i in range(count):
            response = await api.post("/v1/people", headers=tenant.admin, json={
                "email": f"{prefix}{i}@example.com", "name": f"{prefix} {i}", "job_function": "marketing"})
            assert response.status_code == 201


@pytest.fixture
async def subscribers(tmp_path: Path) -> AsyncIterator[Callable[[str], Awaitable[Subscriber]]]:
    made: list[Subscriber] = []

    async def make(name: str) -> Subscriber:
        subscriber = Subscriber(tmp_path / f"{name}.db")
        await subscriber.create_schema()
        made.append(subscriber)
        return subscriber

    yield make
    for subscriber in made:
        await subscriber.db.dispose()


async def test_replicas_share_the_stream_and_a_later_consumer_replays_it(
        tmp_path: Path, namespace: str, subscribers: Callable[[str], Awaitable[Subscriber]]) -> None:
    async with migrated_database("sqlite", MIGRATIONS, tmp_path) as url:
        identity = create_app(IdentitySettings(
            database_url=url, broker_url=NATS_URL, broker_namespace=namespace, event_key=IDENTITY_KEY,
            event_publisher_keys={}, relay_interval_seconds=0.05, log_level="WARNING"))
        async with identity.router.lifespan_context(identity):
            tenant = await make_tenant(identity)
            await add_people(identity, tenant, "early", 4)
            # Two replicas of one service: one durable consumer, each event applied once between them.
            shared = await subscribers("shared")
            broker = Broker(NATS_URL, namespace=namespace)
            async with consuming(broker, shared, "projector"), \
                    consuming(Broker(NATS_URL, namespace=namespace), shared, "projector"):
                await eventually(lambda: _count(shared, 6))  # admin, learner and four people
                middle = utcnow()
                await add_people(identity, tenant, "late", 3)
                await eventually(lambda: _count(shared, 9))
                assert set((await shared.effects()).values()) == {1}

            # A consumer that did not exist when the events were published hears all of them ...
            newcomer = await subscribers("newcomer")
            async with consuming(Broker(NATS_URL, namespace=namespace), newcomer, "newcomer"):
                await eventually(lambda: _count(newcomer, 9))
            # ... or, told to, only those after a point in time.
            partial = await subscribers("partial")
            async with consuming(Broker(NATS_URL, namespace=namespace), partial, "partial", replay_from=middle):
                await eventually(lambda: _count(partial, 3))
                await asyncio.sleep(0.5)
                assert await _count(partial, 3)

            # Each event of the outbox was stored in the stream once.
            async with identity.state.db.transaction() as session:
                rows = (await session.execute(select(outbox_table.c.subscriber, outbox_table.c.delivered_at))).all()
            assert {row.subscriber for row in rows} == {"nats"}
            assert all(row.delivered_at is not None for row in rows)
            nc = await nats.connect(NATS_URL)
            stream = await nc.jetstream().stream_info(broker.stream)
            await nc.close()
            assert stream.state.messages == len(rows)


async def _count(subscriber: Subscriber, expected: int) -> bool:
    return len(await subscriber.effects()) == expected


async def publish(broker: Broker, event: CloudEvent, key: str = IDENTITY_KEY) -> None:
    body = event.model_dump_json().encode()
    assert await JetStreamPublish(broker).deliver("nats", event.id, body, signed_headers("identity", key, body)) \
        is None


def person_created(person_id: str) -> CloudEvent:
    return CloudEvent(id=new_id(), source="/netwise/identity", type=PERSON_CREATED, org="org-1",
                      subject=person_id, data=person_data(person_id, f"{person_id}@example.com", person_id))


async def test_a_dead_replicas_events_go_to_another_and_failures_end_in_the_dead_letters(
        namespace: str, subscribers: Callable[[str], Awaitable[Subscriber]]) -> None:
    broker = Broker(NATS_URL, namespace=namespace)
    runner = asyncio.create_task(broker.run())
    js = await broker.jetstream()
    name = consumer_name("projector", "identity")
    # A replica takes two events and dies before acknowledging them.
    taken = await js.pull_subscribe(broker.of_publisher("identity"), durable=name, stream=broker.stream,
                                    config=ConsumerConfig(durable_name=name, ack_wait=1.0, max_deliver=-1))
    await publish(broker, person_created("p-1"))
    await publish(broker, person_created("p-2"))
    held: list[Any] = []
    deadline = asyncio.get_running_loop().time() + 30
    while len(held) < 2:  # a fetch may hand out fewer than asked for (or none: then the deadline ends the wait)
        assert asyncio.get_running_loop().time() < deadline, f"{len(held)} of 2 events handed out"
        held += await taken.fetch(2 - len(held), timeout=5)
    await taken.unsubscribe()

    # A forged event and one whose handler keeps failing; neither blocks the events after them.
    await publish(broker, person_created("p-forged"), key="not-identity's-key-at-all")
    await publish(broker, person_created("p-poison"))
    await publish(broker, person_created("p-unreadable").model_copy(update={"data": {"id": "p-unreadable"}}))
    await publish(broker, person_created("p-3"))

    subscriber = await subscribers("projector")
    applied = subscriber.on_person_created

    async def handler(session, event, person):  # type: ignore[no-untyped-def]
        if person.id == "p-poison":
            raise RuntimeError("this event cannot be applied")
        await applied(session, event, person)

    subscriber.on_person_created = handler  # type: ignore[method-assign]
    metrics = CollectorRegistry()
    async with consuming(Broker(NATS_URL, namespace=namespace), subscriber, "projector", metrics, max_deliveries=2):
        await eventually(lambda: _count(subscriber, 3))
        assert await subscriber.effects() == {"p-1": 1, "p-2": 1, "p-3": 1}

        dead = await js.pull_subscribe(f"{namespace}-dead-letter.>", durable="inspector",
                                       stream=broker.dead_letters)
        letters: list[Any] = []
        deadline = asyncio.get_running_loop().time() + 60
        # The failing one arrives after its retry, which waits a backoff. A session saw this loop wait for ever
        # (a fetch that ends with nothing, again and again): the deadline makes that a failure that says so.
        while len(letters) < 3:
            assert asyncio.get_running_loop().time() < deadline, f"{len(letters)} of 3 dead letters arrived"
            letters += await dead.fetch(3 - len(letters), timeout=10)
        reasons = {CloudEvent.model_validate_json(m.data).subject: (m.headers or {})["Netwise-Error"]
                   for m in letters}
        assert set(reasons) == {"p-forged", "p-poison", "p-unreadable"}
        assert "not signed with identity's key" in reasons["p-forged"]
        assert reasons["p-unreadable"].startswith("refused: not a valid netwise.identity.person.created payload: "
                                                  "data.email: Field required")
        assert reasons["p-poison"] == "RuntimeError: this event cannot be applied"
        assert all(m.subject.startswith(f"{namespace}-dead-letter.projector-from-identity.") for m in letters)

        # Counted once the original is dropped, an await after its letter is stored: the count may trail it.
        async def all_counted() -> bool:
            return metrics.get_sample_value("netwise_events_dead_lettered_total", {"consumer": name}) == 3

        await eventually(all_counted)
    runner.cancel()
    await broker.close()
