"""advocacy's tables. API shapes live in schemas.py so a column change cannot silently change the contract."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from kit.db import UTCDateTime
from kit.directory import Directory
from kit.events import event_tables
from kit.idempotency import idempotency_table
from kit.ids import new_id, utcnow


class AdvocacyTable(SQLModel):
    metadata = MetaData()


def _json(default: Any = None) -> Any:
    return Field(default_factory=lambda: [] if default is None else default,
                 sa_column=Column(JSON, nullable=False))


class Programme(AdvocacyTable, table=True):
    """The organisation's rules for its ambassador programme (one row per organisation)."""

    __tablename__ = "programmes"

    org_id: str = Field(primary_key=True, max_length=36)
    required_certification: str | None = Field(default=None, max_length=100)
    require_policy_acknowledgement: bool = False
    disclosure_text: str | None = Field(default=None, max_length=100)
    disclosure_networks: list[str] = _json()
    banned_terms: list[str] = _json()
    allowed_link_domains: list[str] = _json()
    sharing_start_hour: int = 0
    sharing_end_hour: int = 24
    daily_share_limit: int = 10
    # Earned media value, in minor units of the organisation's currency: the one setting analytics uses too.
    earned_media_cpm_minor: int = 0
    earned_media_cpc_minor: int = 0
    leaderboard_enabled: bool = False
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class Ambassador(AdvocacyTable, table=True):
    """A person's voluntary membership: consent, networks, interests and digest preferences."""

    __tablename__ = "ambassadors"
    __table_args__ = (UniqueConstraint("org_id", "person_id", name="uq_ambassadors_org_person"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    person_id: str = Field(max_length=36)
    status: str = Field(default="active", max_length=16)  # active | left
    consented_at: datetime = Field(sa_type=UTCDateTime)
    policy_version: str | None = Field(default=None, max_length=100)
    networks: list[dict[str, Any]] = _json()
    topic_ids: list[str] = _json()
    digest_day: int = 0  # ISO weekday - 1: 0 is Monday
    digest_channel: str = Field(default="email", max_length=16)
    leaderboard_opt_in: bool = False
    last_digest_on: str | None = Field(default=None, max_length=10)  # local date of the last weekly digest
    left_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class Certification(AdvocacyTable, table=True):
    """Projection of curriculum's certification events: who holds which certification until when."""

    __tablename__ = "certifications"
    __table_args__ = (Index("ix_certifications_person", "org_id", "person_id"),)

    id: str = Field(primary_key=True, max_length=64)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    certification_key: str = Field(max_length=100)
    issued_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    expired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class PolicyVersion(AdvocacyTable, table=True):
    """Projection of curriculum's published policies (the latest major version counts)."""

    __tablename__ = "policy_versions"

    org_id: str = Field(primary_key=True, max_length=36)
    policy_id: str = Field(primary_key=True, max_length=64)
    major: int = Field(primary_key=True)
    version: str = Field(max_length=50)
    requires_acknowledgement: bool = True
    published_at: datetime = Field(sa_type=UTCDateTime)


class PolicyAcknowledgement(AdvocacyTable, table=True):
    """Projection of curriculum's acknowledgements: a person acknowledged a policy's major version."""

    __tablename__ = "policy_acknowledgements"

    org_id: str = Field(primary_key=True, max_length=36)
    person_id: str = Field(primary_key=True, max_length=36)
    policy_id: str = Field(primary_key=True, max_length=64)
    major: int = Field(primary_key=True)
    version: str = Field(max_length=50)
    acknowledged_at: datetime = Field(sa_type=UTCDateTime)


class Topic(AdvocacyTable, table=True):
    __tablename__ = "topics"
    __table_args__ = (UniqueConstraint("org_id", "slug", name="uq_topics_org_slug"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    slug: str = Field(max_length=63)
    name: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    audience_org_unit_ids: list[str] = _json()
    audience_job_functions: list[str] = _json()
    sensitive: bool = False
    certification_key: str | None = Field(default=None, max_length=100)
    on_hold: bool = False
    hold_guidance: str | None = Field(default=None, max_length=500)
    held_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    held_by: str | None = Field(default=None, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class Post(AdvocacyTable, table=True):
    """A suggested post: one link, a text variant per network and locale, and its review workflow."""

    __tablename__ = "posts"
    __table_args__ = (Index("ix_posts_org_status", "org_id", "status"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    topic_id: str = Field(foreign_key="topics.id", index=True, max_length=36)
    link: str = Field(max_length=2000)
    title: str = Field(max_length=200)
    variants: list[dict[str, Any]] = _json()  # [{network, locale, text}]
    priority: int = 3
    status: str = Field(default="draft", max_length=16)
    author_id: str = Field(max_length=36)
    approver_id: str | None = Field(default=None, max_length=36)
    review_note: str | None = Field(default=None, max_length=1000)
    starts_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    approved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    withdrawn_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class Share(AdvocacyTable, table=True):
    """An ambassador shared a post to a network; `code` is the tracked short link."""

    __tablename__ = "shares"
    __table_args__ = (Index("ix_shares_org_person_created", "org_id", "person_id", "created_at"),
                      Index("ix_shares_org_post", "org_id", "post_id"))

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    post_id: str = Field(foreign_key="posts.id", max_length=36)
    topic_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)  # a pseudonym once the ambassador has left
    network: str = Field(max_length=16)
    code: str = Field(unique=True, max_length=64)
    target_url: str = Field(max_length=4000)
    potential_reach: int = 0
    confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ClickSeen(AdvocacyTable, table=True):
    """The last counted click per share and client (a hash of IP and User-Agent, never the IP itself)."""

    __tablename__ = "click_seen"

    share_id: str = Field(primary_key=True, max_length=36)
    client_hash: str = Field(primary_key=True, max_length=64)
    counted_at: datetime = Field(sa_type=UTCDateTime)


class ClickMinute(AdvocacyTable, table=True):
    """Counted clicks per share and minute; a minute is announced once, after it is over."""

    __tablename__ = "click_minutes"
    __table_args__ = (Index("ix_click_minutes_pending", "emitted_at", "minute"),)

    share_id: str = Field(primary_key=True, max_length=36)
    minute: datetime = Field(primary_key=True, sa_type=UTCDateTime)
    org_id: str = Field(max_length=36)
    clicks: int = 0
    emitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class DigestMessage(AdvocacyTable, table=True):
    """The delivery outbox of digests: written by a run, sent by the delivery worker, retried until sent."""

    __tablename__ = "digest_messages"
    __table_args__ = (Index("ix_digest_messages_due", "sent_at", "next_attempt_at"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    run_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    channel: str = Field(max_length=16)
    recipient: str = Field(max_length=320)
    locale: str = Field(max_length=35)
    subject: str = Field(max_length=300)
    text: str
    html: str
    chat: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    post_ids: list[str] = _json()
    unsubscribe_url: str = Field(default="", max_length=2000)  # List-Unsubscribe (RFC 8058 one-click)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class FlaggedConversation(AdvocacyTable, table=True):
    """An online conversation an employee handed to the comms team instead of answering it."""

    __tablename__ = "flagged_conversations"
    __table_args__ = (Index("ix_flagged_org_status", "org_id", "status"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    reported_by: str = Field(max_length=36)
    url: str = Field(max_length=2000)
    note: str | None = Field(default=None, max_length=2000)
    network: str | None = Field(default=None, max_length=16)
    status: str = Field(default="new", max_length=16)
    handled_by: str | None = Field(default=None, max_length=36)
    comms_note: str | None = Field(default=None, max_length=2000)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


outbox_table, inbox_table = event_tables(AdvocacyTable.metadata)
idempotency_keys = idempotency_table(AdvocacyTable.metadata)
directory = Directory(AdvocacyTable.metadata)
