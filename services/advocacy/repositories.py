"""advocacy's queries: every one is scoped by organisation, so another tenant's id is simply not found."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.ids import utcnow
from kit.tenancy import owned
from services.advocacy.models import (
    Ambassador,
    Certification,
    FlaggedConversation,
    PolicyAcknowledgement,
    PolicyVersion,
    Post,
    Programme,
    Share,
    Topic,
)


async def topic(session: AsyncSession, org_id: str, topic_id: str, *, field: str | None = None) -> Topic:
    return await owned(session, Topic, org_id, topic_id, "topic", field=field)


async def topics(session: AsyncSession, org_id: str) -> dict[str, Topic]:
    return {t.id: t for t in (await session.exec(select(Topic).where(Topic.org_id == org_id))).all()}


async def topic_by_slug(session: AsyncSession, org_id: str, slug: str) -> Topic | None:
    return (await session.exec(select(Topic).where(Topic.org_id == org_id, Topic.slug == slug))).first()


async def post(session: AsyncSession, org_id: str, post_id: str) -> Post:
    return await owned(session, Post, org_id, post_id, "post")


async def share(session: AsyncSession, org_id: str, share_id: str) -> Share:
    return await owned(session, Share, org_id, share_id, "share")


async def conversation(session: AsyncSession, org_id: str, conversation_id: str) -> FlaggedConversation:
    return await owned(session, FlaggedConversation, org_id, conversation_id, "conversation")


async def programme(session: AsyncSession, org_id: str) -> Programme | None:
    return await session.get(Programme, org_id)


async def ambassador(session: AsyncSession, org_id: str, person_id: str) -> Ambassador | None:
    query = select(Ambassador).where(Ambassador.org_id == org_id, Ambassador.person_id == person_id)
    return (await session.exec(query)).first()


async def active_ambassadors(session: AsyncSession, org_id: str) -> Sequence[Ambassador]:
    query = select(Ambassador).where(Ambassador.org_id == org_id, Ambassador.status == "active")
    return (await session.exec(query.order_by(col(Ambassador.id)))).all()


async def valid_certifications(session: AsyncSession, org_id: str, person_id: str,
                               at: datetime | None = None) -> set[str]:
    """Certification keys the person holds now: issued, not expired, not past their expiry time."""
    at = at or utcnow()
    rows = (await session.exec(select(Certification).where(
        Certification.org_id == org_id, Certification.person_id == person_id,
        col(Certification.expired_at).is_(None)))).all()
    return {c.certification_key for c in rows if c.expires_at is None or c.expires_at > at}


async def unacknowledged_policies(session: AsyncSession, org_id: str, person_id: str) -> list[str] | None:
    """Policy ids whose latest major the person has not acknowledged; None when no policy was ever published."""
    published = (await session.exec(select(PolicyVersion).where(PolicyVersion.org_id == org_id))).all()
    if not published:
        return None
    latest: dict[str, PolicyVersion] = {}
    for p in published:
        if p.policy_id not in latest or p.major > latest[p.policy_id].major:
            latest[p.policy_id] = p
    acknowledged = {(a.policy_id, a.major) for a in (await session.exec(select(PolicyAcknowledgement).where(
        PolicyAcknowledgement.org_id == org_id, PolicyAcknowledgement.person_id == person_id))).all()}
    return sorted(pid for pid, p in latest.items()
                  if p.requires_acknowledgement and (pid, p.major) not in acknowledged)


async def latest_acknowledged_version(session: AsyncSession, org_id: str, person_id: str) -> str | None:
    query = (select(PolicyAcknowledgement).where(PolicyAcknowledgement.org_id == org_id,
                                                 PolicyAcknowledgement.person_id == person_id)
             .order_by(col(PolicyAcknowledgement.acknowledged_at).desc()))
    found = (await session.exec(query)).first()
    return f"{found.policy_id}@{found.version}" if found else None


async def shares_since(session: AsyncSession, org_id: str, person_id: str, since: datetime) -> int:
    query = select(func.count()).select_from(Share).where(
        Share.org_id == org_id, Share.person_id == person_id, Share.created_at >= since)
    return int((await session.exec(query)).one())


async def shared_post_ids(session: AsyncSession, org_id: str, person_id: str) -> set[str]:
    query = select(Share.post_id).where(Share.org_id == org_id, Share.person_id == person_id)
    return set((await session.exec(query)).all())


async def shareable_posts(session: AsyncSession, org_id: str, at: datetime) -> Sequence[Post]:
    """Published posts inside their window, most important and newest first."""
    query = select(Post).where(Post.org_id == org_id, Post.status == "published")
    posts = (await session.exec(query)).all()
    live = [p for p in posts if (p.starts_at is None or p.starts_at <= at) and (p.expires_at is None
                                                                               or p.expires_at > at)]
    return sorted(live, key=lambda p: (-p.priority, -(p.published_at or p.created_at).timestamp(), p.id))
