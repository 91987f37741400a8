"""webhooks' tables. API shapes live in schemas.py.

A delivery is a row written in the same transaction as the inbox entry of the event it carries: the durable queue
that the dispatcher drains, retries and replays (the outbox pattern, pointed outwards).
"""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from kit.db import UTCDateTime
from kit.directory import Directory
from kit.events import event_tables
from kit.ids import new_id, utcnow


class WebhooksTable(SQLModel):
    metadata = MetaData()


class Endpoint(WebhooksTable, table=True):
    """An organisation's receiver of the events it chose."""

    __tablename__ = "endpoints"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36, index=True)
    url: str = Field(max_length=2000)
    description: str = Field(default="", max_length=500)
    event_types: list[str] = Field(sa_column=Column(JSON, nullable=False))
    personal_data: bool = False  # may payloads name people (ids, names, e-mail addresses)?
    status: str = Field(default="active", max_length=16)  # active | disabled
    failing_since: datetime | None = Field(default=None, sa_type=UTCDateTime)
    disabled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class SigningSecret(WebhooksTable, table=True):
    """An endpoint's secrets: the newest signs; an older one signs too until it expires (rotation overlap)."""

    __tablename__ = "signing_secrets"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    endpoint_id: str = Field(max_length=36, index=True)
    secret: str = Field(max_length=100)  # `whsec_` + base64, as Standard Webhooks writes it
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Delivery(WebhooksTable, table=True):
    """One event for one endpoint: its `webhook-id`, payload and state, the same across retries and replays."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("endpoint_id", "event_id", name="uq_deliveries_endpoint_event"),
        Index("ix_deliveries_due", "status", "next_attempt_at"),
        Index("ix_deliveries_endpoint", "endpoint_id", "id"),
    )

    id: str = Field(default_factory=lambda: f"msg_{new_id()}", primary_key=True, max_length=40)
    org_id: str = Field(max_length=36)
    endpoint_id: str = Field(max_length=36)
    event_id: str = Field(max_length=200)
    event_type: str = Field(max_length=200)
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(default="pending", max_length=16)  # pending | succeeded
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Attempt(WebhooksTable, table=True):
    """What happened when a delivery was sent once: the log an admin reads when a receiver misbehaves."""

    __tablename__ = "attempts"
    __table_args__ = (Index("ix_attempts_delivery", "delivery_id", "id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    delivery_id: str = Field(max_length=40)
    attempted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    status_code: int | None = None
    error: str | None = Field(default=None, max_length=500)
    duration_ms: int = 0


outbox_table, inbox_table = event_tables(WebhooksTable.metadata)
directory = Directory(WebhooksTable.metadata)
