"""Click counting behind the public short link, and the per-minute `click.counted` events.

A click is counted unless a known bot fetched the link or the same client (an HMAC of IP and User-Agent; the IP
itself is never stored) had a click counted on the same share within the dedupe window. Counted clicks go into a
row per share and minute. A flush, run in the background, announces every minute that is over exactly once:
the event carries that minute's final count, and the row is marked in the same transaction as the outbox write.
"""

import functools
import hashlib
import hmac
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import advocacy as events
from kit.db import Database, upsert_of
from kit.events import Outbox
from kit.ids import utcnow
from services.advocacy.models import ClickMinute, ClickSeen, Share
from services.advocacy.settings import AdvocacySettings

_FLUSH = AdvocacySettings.model_fields["click_flush_interval_seconds"].default
# When a click shows where: said in each figure's documentation, since no response can say it.
CLICK_TIMING = (
    "Shares and clicks count here as soon as they are made. Analytics (KPI values, reports) gets clicks per "
    f"minute: a minute's clicks are sent once the minute is over, by a flush every "
    f"NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS ({_FLUSH:g} s by default), so they appear there about "
    f"{_FLUSH:g} s after their minute ends.")

FLUSH_BATCH = 500


def client_hash(secret: str, ip: str, user_agent: str) -> str:
    return hmac.new(secret.encode(), f"{ip}\n{user_agent}".encode(), hashlib.sha256).hexdigest()


@functools.cache
def _counting_statements(dialect: str) -> tuple[Any, Any]:
    """The two upserts of a counted click, built once per database kind: the redirect is the hottest public path,
    and building them per click was about a quarter of its CPU. Values arrive as bound parameters."""
    seen: Table = ClickSeen.__table__  # type: ignore[attr-defined]
    minutes: Table = ClickMinute.__table__  # type: ignore[attr-defined]
    upsert = upsert_of(dialect)
    at = bindparam("at", type_=seen.c.counted_at.type)
    claim = upsert(seen).values(share_id=bindparam("share_id"), client_hash=bindparam("client"), counted_at=at)
    # One statement decides: concurrent requests of the same client cannot both count.
    claim = claim.on_conflict_do_update(
        index_elements=["share_id", "client_hash"], set_={"counted_at": claim.excluded.counted_at},
        where=seen.c.counted_at <= bindparam("not_before", type_=seen.c.counted_at.type))
    add = upsert(minutes).values(share_id=bindparam("share_id"), org_id=bindparam("org_id"), clicks=1,
                                 minute=bindparam("minute", type_=minutes.c.minute.type))
    add = add.on_conflict_do_update(index_elements=["share_id", "minute"], set_={"clicks": minutes.c.clicks + 1})
    return claim, add


async def record_click(session: AsyncSession, share: Share, client: str, at: datetime,
                       dedupe: timedelta) -> bool:
    """Counts the click unless this client's last counted click on the share is within `dedupe`."""
    claim, add = _counting_statements(session.get_bind().dialect.name)
    claimed = await session.execute(claim, {"share_id": share.id, "client": client, "at": at,
                                            "not_before": at - dedupe})
    if not claimed.rowcount:  # type: ignore[attr-defined]
        return False
    await session.execute(add, {"share_id": share.id, "org_id": share.org_id,
                                "minute": at.replace(second=0, microsecond=0)})
    return True


async def flush_click_minutes(db: Database, outbox: Outbox, now: datetime | None = None) -> int:
    """Emits `click.counted` for every finished minute not yet announced; returns how many it emitted."""
    current_minute = (now or utcnow()).replace(second=0, microsecond=0)
    minutes: Table = ClickMinute.__table__  # type: ignore[attr-defined]
    shares: Table = Share.__table__  # type: ignore[attr-defined]
    async with db.transaction() as session:
        query = (select(minutes.c.share_id, minutes.c.minute, minutes.c.clicks, minutes.c.org_id,
                        shares.c.post_id, shares.c.topic_id, shares.c.network, shares.c.person_id)
                 .join(shares, shares.c.id == minutes.c.share_id)
                 .where(minutes.c.emitted_at.is_(None), minutes.c.minute < current_minute)
                 .order_by(minutes.c.minute, minutes.c.share_id).limit(FLUSH_BATCH))
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(of=minutes, skip_locked=True)
        rows = (await session.execute(query)).all()
        stamp = utcnow()
        for row in rows:
            await outbox.emit(session, type=events.CLICK_COUNTED, org=row.org_id, subject=row.share_id, data={
                "post_id": row.post_id, "share_id": row.share_id, "topic_id": row.topic_id,
                "network": row.network, "person_id": row.person_id, "minute": row.minute.isoformat(),
                "clicks": row.clicks})
            await session.execute(update(minutes).where(minutes.c.share_id == row.share_id,
                                                        minutes.c.minute == row.minute).values(emitted_at=stamp))
    return len(rows)
