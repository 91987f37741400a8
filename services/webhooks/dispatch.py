"""The dispatcher: sends due deliveries, signed as Standard Webhooks says, and settles each attempt.

One pass at a time across replicas (an exclusive periodic job): a pass reads the due deliveries, sends them
concurrently outside any transaction, then records every attempt in one transaction. A replica that dies between
sending and recording sends those again on the next pass: at least once, which `webhook-id` lets receivers dedupe.
"""

import asyncio
import json
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession
from standardwebhooks.webhooks import Webhook

from contracts.events import webhooks as events
from kit.db import Database
from kit.events import Outbox
from kit.ids import utcnow
from services.webhooks import catalogue, endpoints, repositories, targets
from services.webhooks.models import Attempt, Delivery, Endpoint
from services.webhooks.settings import WebhooksSettings

USER_AGENT = "netwise-webhooks/1"


@dataclass(frozen=True)
class Due:
    delivery_id: str
    endpoint_id: str
    url: str
    body: bytes
    secrets: list[str]


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str | None
    duration_ms: int

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def signed_headers(message_id: str, body: bytes, secrets: list[str], now: datetime) -> dict[str, str]:
    """`webhook-id`, `webhook-timestamp` and one `v1,` signature per signing secret (more than one while a
    rotation overlaps), space-separated: a receiver holding either secret verifies."""
    signature = " ".join(Webhook(secret).sign(message_id, now, body) for secret in secrets)
    return {"webhook-id": message_id, "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": signature, "content-type": "application/json", "user-agent": USER_AGENT}


@dataclass
class Dispatcher:
    database: Database
    outbox: Outbox
    settings: WebhooksSettings
    client: httpx.AsyncClient

    async def run(self) -> int:
        """One pass; returns how many deliveries were attempted."""
        now = utcnow()
        async with self.database.transaction() as session:
            due = await self._due(session, now)
        # Each endpoint's address is resolved and checked once a pass, not once a delivery.
        urls = sorted({item.url for item in due})
        checked = dict(zip(urls, await asyncio.gather(*(self._target(url) for url in urls)), strict=True))
        outcomes = await asyncio.gather(*(self._send(item, checked[item.url]) for item in due))
        async with self.database.transaction() as session:
            for item, outcome in zip(due, outcomes, strict=True):
                await self._settle(session, item, outcome, utcnow())
        return len(due)

    async def _due(self, session: AsyncSession, now: datetime) -> list[Due]:
        query = (select(Delivery, Endpoint).join(Endpoint, col(Endpoint.id) == col(Delivery.endpoint_id))
                 .where(col(Delivery.status) == "pending", col(Delivery.next_attempt_at) <= now,
                        col(Endpoint.status) == "active")
                 .order_by(col(Delivery.next_attempt_at), col(Delivery.id)).limit(self.settings.dispatch_batch))
        rows = (await session.exec(query)).all()
        secrets = await repositories.signing_secrets(session, {endpoint.id for _, endpoint in rows}, now)
        return [Due(delivery.id, endpoint.id, endpoint.url, _body(delivery, endpoint), secrets[endpoint.id])
                for delivery, endpoint in rows]

    async def _target(self, url: str) -> targets.Target | targets.TargetRefused:
        try:
            return await targets.check(url, private_allowed=self.settings.private_targets_allowed())
        except targets.TargetRefused as exc:
            return exc

    async def _send(self, item: Due, target: targets.Target | targets.TargetRefused) -> Outcome:
        started = time.monotonic()

        def outcome(status_code: int | None, error: str | None) -> Outcome:
            return Outcome(status_code, error, round((time.monotonic() - started) * 1000))

        if isinstance(target, targets.TargetRefused):
            return outcome(None, f"refused: the URL {target}")
        try:
            headers = signed_headers(item.delivery_id, item.body, item.secrets, utcnow()) | target.headers
            answer = await self.client.post(target.url, content=item.body, headers=headers,
                                            extensions=target.extensions,
                                            timeout=self.settings.delivery_timeout_seconds)
        except httpx.TimeoutException:
            return outcome(None, f"no answer within {self.settings.delivery_timeout_seconds:g} s")
        except httpx.HTTPError as exc:
            return outcome(None, f"{type(exc).__name__}: {exc}"[:500])
        return outcome(answer.status_code, None if answer.is_success else answer.text[:500] or None)

    async def _settle(self, session: AsyncSession, item: Due, outcome: Outcome, now: datetime) -> None:
        delivery = await session.get(Delivery, item.delivery_id)
        endpoint = await session.get(Endpoint, item.endpoint_id)
        if delivery is None or endpoint is None:  # the endpoint was deleted while the pass was sending
            return
        session.add(Attempt(delivery_id=delivery.id, attempted_at=now, status_code=outcome.status_code,
                            error=outcome.error, duration_ms=outcome.duration_ms))
        delivery.attempts += 1
        if outcome.ok:
            delivery.status, delivery.delivered_at = "succeeded", now
            endpoint.failing_since = None
            return
        schedule = self.settings.retry_schedule_seconds
        delivery.next_attempt_at = now + timedelta(seconds=schedule[min(delivery.attempts, len(schedule)) - 1])
        endpoint.failing_since = endpoint.failing_since or now
        if endpoint.status == "active" and now - endpoint.failing_since >= timedelta(
                hours=self.settings.disable_after_hours):
            await self._disable(session, endpoint, now)

    async def _disable(self, session: AsyncSession, endpoint: Endpoint, now: datetime) -> None:
        assert endpoint.failing_since is not None
        endpoint.status, endpoint.disabled_at = "disabled", now
        endpoint.version += 1
        pending = (await session.exec(select(func.count()).select_from(Delivery).where(
            col(Delivery.endpoint_id) == endpoint.id, col(Delivery.status) == "pending"))).one()
        data = events.EndpointDisabled(endpoint_id=endpoint.id, url=endpoint.url, failing_since=endpoint.failing_since,
                                       disabled_at=now, pending_deliveries=pending)
        event = await self.outbox.emit(session, type=events.ENDPOINT_DISABLED, org=endpoint.org_id,
                                       subject=endpoint.id, data=data.model_dump(mode="json"))
        await endpoints.enqueue(session, event)  # for the organisation's endpoints that asked to be told


def _body(delivery: Delivery, endpoint: Endpoint) -> bytes:
    """The payload as queued, less the personal fields if the endpoint lost the right to them since."""
    payload = delivery.payload
    kind = catalogue.event_types().get(delivery.event_type)
    if kind is not None:
        payload = {**payload, "data": kind.payload_data(payload["data"], personal_data=endpoint.personal_data)}
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
