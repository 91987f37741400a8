"""Events: the transactional outbox, its relay (CloudEvents 1.0, at least once, over HTTP or a broker) and the inbox.

Each publisher signs its deliveries with a key of its own (HMAC-SHA256 over publisher, time and body); a
subscriber holds the keys of the publishers it hears from, and takes from a publisher only events whose source
and type are that publisher's, so no service can speak for another.
"""

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import random
import secrets
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal, Protocol

import httpx
from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import JSON, Column, Index, Integer, MetaData, String, Table, Text, insert, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import CATALOGUE
from kit.db import Database, SessionDep, UTCDateTime
from kit.ids import new_id, utcnow
from kit.problems import FieldError, Forbidden, Unauthorized, Unprocessable, field_path
from kit.tracing import consuming, current_traceparent

log = logging.getLogger("netwise.events")
CLOUDEVENTS_JSON = "application/cloudevents+json"
PUBLISHER_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER = "Netwise-Publisher", "Netwise-Timestamp", "Netwise-Signature"
MAX_SIGNATURE_AGE = 300  # seconds either way: a captured delivery cannot be replayed later (the inbox dedupes sooner)

PublisherKeys = Callable[[str], str | None]
"""The key a subscriber expects a publisher's deliveries to be signed with; None: it takes none from them."""


def source_of(publisher: str) -> str:
    """The CloudEvents `source` of every event a service publishes."""
    return f"/netwise/{publisher}"


def signature(key: str, publisher: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(key.encode(), f"{publisher}.{timestamp}.".encode() + body, hashlib.sha256)
    return f"v1={mac.hexdigest()}"


def signed_headers(publisher: str, key: str, body: bytes) -> dict[str, str]:
    """The headers a delivery of `body` carries, signed by `publisher` with its `key`."""
    timestamp = str(int(time.time()))
    return {"Content-Type": CLOUDEVENTS_JSON, PUBLISHER_HEADER: publisher, TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: signature(key, publisher, timestamp, body)}


def envelope_bytes(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope, separators=(",", ":"), ensure_ascii=False).encode()


class CloudEvent(BaseModel):
    """A CloudEvents 1.0 JSON envelope with the `org` extension attribute."""

    specversion: Literal["1.0"] = "1.0"
    id: str = Field(min_length=1, max_length=200)
    source: str = Field(min_length=1, max_length=500)
    type: str = Field(min_length=1, max_length=200)
    time: datetime | None = None
    subject: str | None = Field(default=None, max_length=500)
    datacontenttype: str = "application/json"
    org: str = Field(min_length=1, max_length=200)
    data: dict[str, Any] = Field(default_factory=dict)
    # CloudEvents' distributed-tracing extension: the W3C trace context of the span that emitted the event.
    traceparent: str | None = Field(default=None, max_length=100, description="W3C trace context of the span that "
                                    "emitted the event (CloudEvents distributed-tracing extension); absent when "
                                    "the publisher does not trace")


def event_tables(metadata: MetaData) -> tuple[Table, Table]:
    """The outbox (one row per event and subscriber) and the inbox, in a service's own metadata."""
    outbox = Table(
        "outbox",
        metadata,
        Column("event_id", String(64), primary_key=True),
        Column("subscriber", String(500), primary_key=True),
        Column("type", String(200), nullable=False),
        Column("envelope", JSON, nullable=False),
        Column("created_at", UTCDateTime(), nullable=False),
        Column("attempts", Integer, nullable=False, default=0),
        Column("next_attempt_at", UTCDateTime(), nullable=False),
        Column("delivered_at", UTCDateTime(), nullable=True),
        Column("last_error", Text, nullable=True),
        Index("ix_outbox_due", "delivered_at", "next_attempt_at"),
    )
    inbox = Table(
        "inbox",
        metadata,
        Column("source", String(500), primary_key=True),
        Column("event_id", String(200), primary_key=True),
        Column("type", String(200), nullable=False),
        Column("received_at", UTCDateTime(), nullable=False),
    )
    return outbox, inbox


@dataclass
class Outbox:
    """Writes events in the caller's transaction, so an event exists exactly when its change does."""

    table: Table
    source: str
    subscribers: list[str]
    # Told of every event this process emits, e.g. so its token checks notice a deactivation at once.
    listeners: list[Callable[[CloudEvent], None]] = field(default_factory=list)

    @classmethod
    def of(cls, service: str, table: Table, subscribers: list[str]) -> "Outbox":
        return cls(table, source=source_of(service), subscribers=list(subscribers))

    @property
    def publisher(self) -> str:
        return self.source.removeprefix(source_of(""))

    async def emit(self, session: AsyncSession, *, type: str, org: str, subject: str,
                   data: dict[str, Any]) -> CloudEvent:
        model = CATALOGUE.get(type)
        if model is not None:
            model.model_validate(data)  # a producer sends only what its contract allows: a mismatch is our bug
        event = CloudEvent(id=new_id(), source=self.source, type=type, time=utcnow(), subject=subject,
                           org=org, data=data, traceparent=current_traceparent())
        if self.subscribers:
            envelope = event.model_dump(mode="json", exclude={"traceparent"} if event.traceparent is None else None)
            now = utcnow()
            await session.execute(insert(self.table), [
                {"event_id": event.id, "subscriber": url, "type": type, "envelope": envelope,
                 "created_at": now, "attempts": 0, "next_attempt_at": now}
                for url in self.subscribers
            ])
        for listener in self.listeners:
            listener(event)
        return event


class Transport(Protocol):
    """How the relay hands one signed event to one destination: HTTP push, or a broker's stream."""

    async def deliver(self, destination: str, event_id: str, body: bytes, headers: dict[str, str]) -> str | None:
        """None when the destination acknowledged the event; otherwise why not (the relay retries)."""
        ...

    async def close(self) -> None: ...


class HttpPush:
    """The embedded default: POST to each subscriber's `/internal/events`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def deliver(self, destination: str, event_id: str, body: bytes, headers: dict[str, str]) -> str | None:
        try:
            response = await self.client.post(destination, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return f"{type(exc).__name__}: {exc}"
        if response.is_success:
            return None
        return f"HTTP {response.status_code}: {response.text[:500]}"

    async def close(self) -> None:
        await self.client.aclose()


class Relay:
    """Delivers due outbox rows; a failed delivery is retried with capped exponential backoff, forever."""

    BATCH = 100

    def __init__(self, db: Database, outbox: Outbox, *, key: str, transport: Transport, interval: float = 1.0,
                 max_backoff: float = 300.0, lease: float = 60.0) -> None:
        self.db = db
        self.table = outbox.table
        self.publisher = outbox.publisher
        self.key = key  # this publisher's own signing key
        self.interval = interval
        self.max_backoff = max_backoff
        self.transport = transport
        self.lease = timedelta(seconds=lease)  # a claimed row another relay takes over if this one dies mid-send
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def run_forever(self) -> None:
        while True:
            try:
                await self.deliver_due()
            except Exception:
                log.exception("outbox relay pass failed; retrying")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.interval)
            self._wake.clear()

    async def _claim(self) -> list[Any]:
        t = self.table
        async with self.db.transaction() as session:
            now = utcnow()
            query = (select(t.c.event_id, t.c.subscriber, t.c.envelope, t.c.attempts)
                     .where(t.c.delivered_at.is_(None), t.c.next_attempt_at <= now)
                     .order_by(t.c.created_at, t.c.event_id).limit(self.BATCH))
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = list((await session.execute(query)).all())
            for row in rows:
                await session.execute(update(t).where(t.c.event_id == row.event_id,
                                                      t.c.subscriber == row.subscriber)
                                      .values(next_attempt_at=now + self.lease))
        return rows

    async def deliver_due(self) -> int:
        """One pass over due rows; returns how many were acknowledged."""
        rows = await self._claim()
        unreachable: set[str] = set()
        delivered = 0
        t = self.table
        for row in rows:
            if row.subscriber in unreachable:
                # Keep order per subscriber: after one failure, leave the rest for the next pass.
                values: dict[str, Any] = {"next_attempt_at": utcnow()}
            else:
                error = await self._post(row.subscriber, row.envelope)
                if error is None:
                    delivered += 1
                    values = {"delivered_at": utcnow(), "attempts": row.attempts + 1, "last_error": None}
                else:
                    unreachable.add(row.subscriber)
                    delay = min(self.max_backoff, 2 ** min(row.attempts, 20)) * random.uniform(0.5, 1.0)
                    values = {"attempts": row.attempts + 1, "last_error": error[:1000],
                              "next_attempt_at": utcnow() + timedelta(seconds=delay)}
            async with self.db.transaction() as session:
                await session.execute(update(t).where(t.c.event_id == row.event_id,
                                                      t.c.subscriber == row.subscriber).values(**values))
        return delivered

    async def _post(self, destination: str, envelope: dict[str, Any]) -> str | None:
        body = envelope_bytes(envelope)
        return await self.transport.deliver(destination, envelope["id"], body,
                                            signed_headers(self.publisher, self.key, body))

    async def close(self) -> None:
        await self.transport.close()


EventHandler = Callable[[AsyncSession, CloudEvent, Any], Awaitable[None]]
"""A consumer's effect of one event type, given the event and its data as the contract's model (checked)."""


def payload_of(event: CloudEvent) -> Any:
    """The event's data as its type's model in contracts.events, or a 422 naming each field that breaks it. A
    type the contract does not know (a newer producer's) keeps its data as it came; no handler reads it."""
    model = CATALOGUE.get(event.type)
    if model is None:
        return event.data
    try:
        return model.model_validate(event.data)
    except ValidationError as exc:
        errors = [FieldError(field=field_path(("data", *e["loc"])), message=e["msg"]) for e in exc.errors()]
        raise Unprocessable(f"not a valid {event.type} payload: "
                            + "; ".join(f"{e.field}: {e.message}" for e in errors[:5]), errors=errors) from None


async def accept_once(session: AsyncSession, inbox: Table, event: CloudEvent) -> bool:
    """Records the event in the inbox; False when it was seen before, so its effect must not repeat."""
    seen = await session.execute(select(inbox.c.event_id).where(
        inbox.c.source == event.source, inbox.c.event_id == event.id))
    if seen.first() is not None:
        return False
    await session.execute(insert(inbox).values(source=event.source, event_id=event.id, type=event.type,
                                               received_at=utcnow()))
    return True


async def apply_once(app: Any, session: AsyncSession, inbox: Table, handlers: dict[str, EventHandler],
                     event: CloudEvent) -> None:
    """The event's effect, at most once in this service (the inbox row commits with it); unknown types are only
    recorded. Data that breaks the contract is refused before anything is written."""
    with consuming(app, event.type, event.traceparent):
        data = payload_of(event)
        if await accept_once(session, inbox, event):
            handler = handlers.get(event.type)
            if handler is not None:
                await handler(session, event, data)


def check_publisher(publisher: str, event: CloudEvent) -> None:
    """A publisher speaks only for itself: its own source and types."""
    if event.source != source_of(publisher) or not event.type.startswith(f"netwise.{publisher}."):
        raise Forbidden(f"{publisher} publishes only events of source {source_of(publisher)} and types "
                        f"netwise.{publisher}.*, not {event.type} from {event.source}")


def verify_signature(keys: PublisherKeys, headers: Mapping[str, str], body: bytes, *,
                     max_age: float | None = MAX_SIGNATURE_AGE) -> str:
    """The publisher whose key signed `body`, or Unauthorized. `max_age` None: any age (a broker's stream replays
    old events on purpose; the inbox makes a replay harmless)."""
    publisher = headers.get(PUBLISHER_HEADER, "")
    timestamp = headers.get(TIMESTAMP_HEADER, "")
    sent = headers.get(SIGNATURE_HEADER, "")
    if not (publisher and timestamp and sent):
        raise Unauthorized(f"an event delivery must be signed by its publisher ({PUBLISHER_HEADER}, "
                           f"{TIMESTAMP_HEADER}, {SIGNATURE_HEADER})")
    key = keys(publisher)
    if key is None:
        raise Unauthorized(f"events from {publisher!r} are not taken here")
    if not (timestamp.isascii() and timestamp.isdigit()) or (
            max_age is not None and abs(time.time() - int(timestamp)) > max_age):
        raise Unauthorized(f"the delivery's {TIMESTAMP_HEADER} is not within {max_age} s of now")
    expected = signature(key, publisher, timestamp, body)
    if not secrets.compare_digest(sent.encode(), expected.encode()):
        raise Unauthorized(f"the delivery is not signed with {publisher}'s key")
    return publisher


def events_router(inbox: Table, handlers: dict[str, EventHandler]) -> APIRouter:
    """`POST /internal/events`: the relay of another service delivers here; unknown types are acknowledged.

    `app.state.event_keys` (a PublisherKeys) says whose deliveries are taken, and with which key."""
    router = APIRouter(tags=["internal"])

    @router.post("/internal/events", status_code=204, response_class=Response,
                 summary="Receive an event (CloudEvents 1.0 JSON)",
                 description=f"Signed by its publisher: `{PUBLISHER_HEADER}` (the service), `{TIMESTAMP_HEADER}` "
                 f"(Unix seconds) and `{SIGNATURE_HEADER}`: `v1=` and the hex HMAC-SHA256, under the publisher's "
                 "key, of `<publisher>.<timestamp>.<body>`. The event's `source` must be `/netwise/<publisher>` "
                 "and its `type` `netwise.<publisher>.…`.")
    async def receive_event(event: CloudEvent, session: SessionDep, request: Request,
                            publisher: Annotated[str, Depends(signed_by_publisher)]) -> Response:
        check_publisher(publisher, event)
        await apply_once(request.app, session, inbox, handlers, event)
        return Response(status_code=204)

    return router


async def signed_by_publisher(request: Request) -> str:
    """The publisher whose key signed this delivery, or 401."""
    return verify_signature(request.app.state.event_keys, request.headers, await request.body())
