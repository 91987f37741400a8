"""Endpoints: subscribing, changing, enabling, rotating secrets, and replaying deliveries."""

import base64
import secrets
from datetime import datetime, timedelta

from sqlmodel import col, delete, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import apply_changes
from kit.events import CloudEvent
from kit.ids import utcnow
from kit.problems import Conflict, Unprocessable
from services.webhooks import catalogue, repositories, targets
from services.webhooks.models import Attempt, Delivery, Endpoint, SigningSecret
from services.webhooks.schemas import EndpointCreate, EndpointUpdate


def new_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


async def check_target(url: str, *, private_allowed: bool) -> None:
    try:
        await targets.check(url, private_allowed=private_allowed)
    except targets.TargetRefused as exc:
        raise Unprocessable.field("url", str(exc)) from None


def check_event_types(event_types: list[str]) -> list[str]:
    known = catalogue.event_types()
    for index, name in enumerate(event_types):
        if name not in known:
            raise Unprocessable.field(f"event_types[{index}]", f"{name} is not an event type; GET /v1/event-types "
                                      "lists them")
    return sorted(set(event_types))


async def create(session: AsyncSession, org_id: str, body: EndpointCreate, *,
                 private_allowed: bool) -> tuple[Endpoint, str]:
    event_types = check_event_types(body.event_types)
    await check_target(body.url, private_allowed=private_allowed)
    endpoint = Endpoint(org_id=org_id, url=body.url, description=body.description, event_types=event_types,
                        personal_data=body.personal_data)
    secret = new_secret()
    session.add(endpoint)
    session.add(SigningSecret(endpoint_id=endpoint.id, secret=secret))
    await session.flush()
    return endpoint, secret


async def change(session: AsyncSession, endpoint: Endpoint, body: EndpointUpdate, *, private_allowed: bool) -> None:
    changes = body.model_dump(exclude_unset=True)
    if "event_types" in changes:
        changes["event_types"] = check_event_types(changes["event_types"])
    if "url" in changes:
        await check_target(changes["url"], private_allowed=private_allowed)
    status = changes.pop("status", None)
    changed = apply_changes(endpoint, changes)
    if status == "active" and endpoint.status == "disabled":
        await enable(session, endpoint)
        changed = True
    elif status == "disabled" and endpoint.status == "active":
        endpoint.status, endpoint.disabled_at = "disabled", utcnow()
        changed = True
    if changed:
        endpoint.version += 1


async def delete_endpoint(session: AsyncSession, endpoint: Endpoint) -> None:
    deliveries = select(Delivery.id).where(col(Delivery.endpoint_id) == endpoint.id)
    await session.exec(delete(Attempt).where(col(Attempt.delivery_id).in_(deliveries)))
    for table, column in ((Delivery, Delivery.endpoint_id), (SigningSecret, SigningSecret.endpoint_id)):
        await session.exec(delete(table).where(col(column) == endpoint.id))
    await session.delete(endpoint)


async def enable(session: AsyncSession, endpoint: Endpoint) -> None:
    """The endpoint gets deliveries again; the ones that waited while it was disabled go out at once."""
    endpoint.status, endpoint.disabled_at, endpoint.failing_since = "active", None, None
    await session.exec(update(Delivery).where(col(Delivery.endpoint_id) == endpoint.id,
                                              col(Delivery.status) == "pending").values(next_attempt_at=utcnow()))


async def rotate_secret(session: AsyncSession, endpoint: Endpoint, overlap_hours: float) -> tuple[str, datetime]:
    """A new secret signs from now on; the ones before it sign too until the overlap ends (returned)."""
    now = utcnow()
    until = now + timedelta(hours=overlap_hours)
    await session.exec(update(SigningSecret).where(
        col(SigningSecret.endpoint_id) == endpoint.id,
        (col(SigningSecret.expires_at).is_(None)) | (col(SigningSecret.expires_at) > until)).values(expires_at=until))
    secret = new_secret()
    session.add(SigningSecret(endpoint_id=endpoint.id, secret=secret, created_at=now))
    endpoint.version += 1
    await session.flush()
    return secret, until


async def replay(endpoint: Endpoint, delivery: Delivery) -> None:
    """Sends a delivery again, as it was (same `webhook-id`, same payload), whatever became of it; its retry
    schedule starts over (the attempts before stay in its log)."""
    if endpoint.status != "active":
        raise Conflict("the endpoint is disabled; enable it (PATCH status active) before replaying")
    delivery.status, delivery.next_attempt_at, delivery.attempts = "pending", utcnow(), 0


async def enqueue(session: AsyncSession, event: CloudEvent) -> None:
    """One delivery per endpoint of the event's organisation that subscribed to its type, in the inbox's
    transaction: the event is queued exactly once, or not taken at all. A disabled endpoint's wait."""
    kind = catalogue.event_types().get(event.type)
    if kind is None:
        return
    timestamp = (event.time or utcnow()).isoformat().replace("+00:00", "Z")
    for endpoint in await repositories.endpoints_hearing(session, event.org, event.type):
        payload = {"type": event.type, "timestamp": timestamp,
                   "data": kind.payload_data(event.data, personal_data=endpoint.personal_data)}
        session.add(Delivery(org_id=event.org, endpoint_id=endpoint.id, event_id=event.id, event_type=event.type,
                             payload=payload))
