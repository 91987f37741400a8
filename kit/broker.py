"""Events through NATS JetStream, for production: the outbox relay publishes, each service consumes durably.

The outbox and the inbox stay as they are: an event exists exactly when its change commits, and its effect is
applied once per consumer. The broker adds what HTTP push lacks: a stream that keeps history (a new consumer
catches up, from the beginning or from a point in time), consumers shared by a service's replicas (a replica
that dies with unacknowledged events leaves them to the others after the ack wait), redelivery with backoff, and
a dead-letter stream for events that keep failing.

Subjects are the event types (`netwise.<publisher>.<entity>.<action>`, the first token being the namespace, so
several installations can share one NATS); each service holds one durable consumer per publisher it takes events
from, `<service>-from-<publisher>`, filtered on `<namespace>.<publisher>.>`. Deliveries
carry the publisher's signature as HTTP push does, so no service can speak for another on the broker either.
"""

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime

import nats
from nats.aio.client import Client as NATS
from nats.aio.msg import Msg
from nats.errors import Error as NatsError
from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig, DeliverPolicy, StorageType, StreamConfig
from nats.js.errors import BadRequestError, NotFoundError
from nats.js.errors import Error as JetStreamError
from prometheus_client import CollectorRegistry, Counter
from pydantic import ValidationError
from sqlalchemy import Table

from kit.db import Database
from kit.events import CloudEvent, EventHandler, PublisherKeys, apply_once, check_publisher, verify_signature
from kit.problems import Forbidden, Unauthorized, Unprocessable

log = logging.getLogger("netwise.events")

ERROR_HEADER = "Netwise-Error"
EVENT_PREFIX = "netwise."  # of every event type


def consumer_name(service: str, publisher: str) -> str:
    return f"{service}-from-{publisher}"


class Broker:
    """One connection to NATS per process, reconnecting for ever; the streams are created on first connect."""

    def __init__(self, url: str, *, namespace: str = "netwise", retention_days: float = 30.0) -> None:
        self.url = url
        self.namespace = namespace
        self.stream = f"{namespace.upper().replace('-', '_')}_EVENTS"
        self.dead_letters = f"{namespace.upper().replace('-', '_')}_DEAD_LETTERS"
        self.retention_seconds = retention_days * 86400
        self._nc: NATS | None = None
        self._js: JetStreamContext | None = None
        self._connected = asyncio.Event()

    def subject(self, event_type: str) -> str:
        return f"{self.namespace}.{event_type.removeprefix(EVENT_PREFIX)}"

    def event_type(self, subject: str) -> str:
        return EVENT_PREFIX + subject.removeprefix(f"{self.namespace}.")

    def of_publisher(self, publisher: str) -> str:
        return f"{self.namespace}.{publisher}.>"

    def dead_letter_subject(self, consumer: str, event_type: str) -> str:
        return f"{self.namespace}-dead-letter.{consumer}.{event_type}"

    @property
    def connected(self) -> bool:
        return self._nc is not None and self._nc.is_connected

    async def jetstream(self) -> JetStreamContext:
        """The JetStream context, once connected (callers wait rather than fail while NATS starts)."""
        await self._connected.wait()
        assert self._js is not None
        return self._js

    async def run(self) -> None:
        """Connects, retrying with a warning until NATS answers; reconnects by itself after that."""
        delay = 0.5
        while self._nc is None:
            try:
                nc = await nats.connect(self.url, max_reconnect_attempts=-1, reconnect_time_wait=1,
                                        connect_timeout=5, allow_reconnect=True)
                js = nc.jetstream()
                await self._ensure_streams(js)
            except (OSError, NatsError, JetStreamError, TimeoutError) as exc:
                log.warning("NATS at %s not reachable (%s); retrying in %.0f s", self.url, exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10)
                continue
            self._nc, self._js = nc, js
            self._connected.set()

    async def _ensure_streams(self, js: JetStreamContext) -> None:
        for name, subjects in ((self.stream, [f"{self.namespace}.>"]),
                               (self.dead_letters, [f"{self.namespace}-dead-letter.>"])):
            config = StreamConfig(name=name, subjects=subjects, storage=StorageType.FILE,
                                  max_age=self.retention_seconds, duplicate_window=120)
            try:
                await js.stream_info(name)
            except NotFoundError:
                with contextlib.suppress(BadRequestError):  # another replica created it first
                    await js.add_stream(config)

    async def ready(self) -> None:
        if not self.connected:
            raise RuntimeError(f"not connected to NATS at {self.url}")

    async def close(self) -> None:
        if self._nc is not None:  # every message was acknowledged or refused as it was handled: nothing to drain
            with contextlib.suppress(NatsError):
                await self._nc.close()


class JetStreamPublish:
    """The relay's transport to the stream: acknowledged once JetStream has stored the event. `Nats-Msg-Id` is
    the event id, so a relay that publishes again after a crash within the duplicate window stores it once."""

    def __init__(self, broker: Broker, timeout: float = 10.0) -> None:
        self.broker = broker
        self.timeout = timeout

    async def deliver(self, destination: str, event_id: str, body: bytes, headers: dict[str, str]) -> str | None:
        if not self.broker.connected:
            return f"not connected to NATS at {self.broker.url}"
        try:
            js = await self.broker.jetstream()
            subject = self.broker.subject(CloudEvent.model_validate_json(body).type)
            await js.publish(subject, body, timeout=self.timeout, stream=self.broker.stream,
                             headers={**headers, "Nats-Msg-Id": event_id})
        except (NatsError, JetStreamError, TimeoutError, ValueError) as exc:
            return f"{type(exc).__name__}: {exc}"
        return None

    async def close(self) -> None:
        return None


@dataclass
class ConsumerOptions:
    ack_wait_seconds: float
    max_deliveries: int
    replay_from: datetime | None  # a consumer created now starts here; None: at the stream's beginning
    batch: int = 50
    fetch_timeout: float = 1.0


class BrokerConsumer:
    """This service's durable consumers, one per publisher it takes events from; every replica runs them and
    JetStream shares the messages out. An event whose handler fails is redelivered with backoff; after
    `max_deliveries` attempts, or at once when it is forged or unreadable, it goes to the dead-letter stream."""

    def __init__(self, broker: Broker, database: Database, *, service: str, publishers: list[str],
                 keys: PublisherKeys, inbox: Table, handlers: dict[str, EventHandler], app: object,
                 options: ConsumerOptions, registry: CollectorRegistry | None = None) -> None:
        self.broker = broker
        self.database = database
        self.service = service
        self.publishers = publishers
        self.keys = keys
        self.inbox = inbox
        self.handlers = handlers
        self.app = app
        self.options = options
        self.dead_lettered = Counter("netwise_events_dead_lettered", "Events this service gave up on (forged, "
                                     "unreadable, or failing every attempt), moved to the dead-letter stream",
                                     ["consumer"], registry=registry)

    async def run_forever(self) -> None:
        await asyncio.gather(*(self._consume(publisher) for publisher in self.publishers))

    async def _consume(self, publisher: str) -> None:
        name = consumer_name(self.service, publisher)
        while True:
            try:
                js = await self.broker.jetstream()
                subscription = await js.pull_subscribe(self.broker.of_publisher(publisher), durable=name,
                                                       stream=self.broker.stream, config=self._config(name, publisher))
                while True:
                    try:
                        messages = await subscription.fetch(self.options.batch, timeout=self.options.fetch_timeout)
                    except TimeoutError:
                        continue
                    for message in messages:
                        await self.handle(name, message)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("consumer %s failed; starting it again in 1 s", name)
                await asyncio.sleep(1)

    def _config(self, name: str, publisher: str) -> ConsumerConfig:
        """Used only when the durable consumer does not exist yet: a new consumer's starting point."""
        start = self.options.replay_from
        return ConsumerConfig(
            durable_name=name, filter_subject=self.broker.of_publisher(publisher),
            ack_wait=self.options.ack_wait_seconds,
            deliver_policy=DeliverPolicy.BY_START_TIME if start else DeliverPolicy.ALL, opt_start_time=start,
            max_deliver=-1)  # the consumer dead-letters by itself, so JetStream never drops a message silently

    async def handle(self, consumer: str, message: Msg) -> None:
        try:
            publisher = verify_signature(self.keys, message.headers or {}, message.data, max_age=None)
            event = CloudEvent.model_validate_json(message.data)
            check_publisher(publisher, event)
        except (Unauthorized, Forbidden, ValidationError) as exc:
            await self._dead_letter(consumer, message, f"refused: {exc}")
            return
        try:
            async with self.database.transaction() as session:
                await apply_once(self.app, session, self.inbox, self.handlers, event)
        except Unprocessable as exc:  # its data breaks the contract: no retry will mend it
            await self._dead_letter(consumer, message, f"refused: {exc}")
            return
        except Exception as exc:
            attempts = message.metadata.num_delivered
            if attempts >= self.options.max_deliveries:
                log.exception("event %s (%s) failed %d times; moved to the dead letters", event.id, event.type,
                              attempts)
                await self._dead_letter(consumer, message, f"{type(exc).__name__}: {exc}")
            else:
                log.warning("event %s (%s) failed (attempt %d of %d): %s", event.id, event.type, attempts,
                            self.options.max_deliveries, exc)
                await message.nak(delay=min(300.0, 2.0 ** attempts))
            return
        await message.ack()

    async def _dead_letter(self, consumer: str, message: Msg, reason: str) -> None:
        """Stored before the original is dropped, so nothing is lost between the two."""
        js = await self.broker.jetstream()
        event_type = self.broker.event_type(message.subject)
        headers = {name: value for name, value in (message.headers or {}).items() if name != "Nats-Msg-Id"}
        await js.publish(self.broker.dead_letter_subject(consumer, event_type), message.data,
                         stream=self.broker.dead_letters,
                         headers={**headers, ERROR_HEADER: reason[:1000]})
        await message.term()
        self.dead_lettered.labels(consumer).inc()
