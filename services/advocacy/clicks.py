"""Click counting behind the public short link, and the per-minute `click.counted` events.

A click is counted unless a known bot fetched the link or the same client (an HMAC of IP and User-Agent; the IP
itself is never stored) had a click counted on the same share within the dedupe window. Counted clicks go into a
row per share and minute. A flush, run in the background, announces every minute that is over exactly once:
the event carries that minute's final count, and the row is marked in the same transaction as the outbox write.
"""

import asyncio
import functools
import hmac
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Table, bindparam, select, tuple_, update

from contracts.events import advocacy as events
from kit.db import Database, among_bound, upsert_of
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
    return hmac.digest(secret.encode(), f"{ip}\n{user_agent}".encode(), "sha256").hex()  # one call into C


class _Statements(NamedTuple):
    """What counting a group of clicks runs, built once per database kind (building its statements per group was
    about a quarter of the redirect's CPU, and deriving their cache keys a tenth). Values arrive as bound
    parameters."""

    links: Any  # the group's links, by `codes`
    claim: Any  # one set per (share, client): the rows it returns are the clicks that count
    last_counted: Any  # the row's time of `pairs` the claim left (an earlier click's, within the window)
    moved: Any  # one set per (share, client) clicked again: the time of its last counted click
    add: Any  # one set per (share, minute): the clicks to add


@functools.cache
def _statements(dialect: str) -> _Statements:
    shares: Table = Share.__table__  # type: ignore[attr-defined]
    seen: Table = ClickSeen.__table__  # type: ignore[attr-defined]
    minutes: Table = ClickMinute.__table__  # type: ignore[attr-defined]
    upsert = upsert_of(dialect)
    at = bindparam("at", type_=seen.c.counted_at.type)
    claim = upsert(seen).values(share_id=bindparam("share_id"), client_hash=bindparam("client"), counted_at=at)
    # One statement decides: concurrent requests of the same client, here or in another replica, cannot both count;
    # the rows it returns are the clicks that count.
    claim = claim.on_conflict_do_update(
        index_elements=["share_id", "client_hash"], set_={"counted_at": claim.excluded.counted_at},
        where=seen.c.counted_at <= bindparam("not_before", type_=seen.c.counted_at.type),
    ).returning(seen.c.share_id, seen.c.client_hash)
    add = upsert(minutes).values(share_id=bindparam("share_id"), org_id=bindparam("org_id"),
                                 clicks=bindparam("clicks"), minute=bindparam("minute", type_=minutes.c.minute.type))
    add = add.on_conflict_do_update(index_elements=["share_id", "minute"],
                                    set_={"clicks": minutes.c.clicks + add.excluded.clicks})
    return _Statements(
        links=select(shares.c.code, shares.c.id, shares.c.org_id, shares.c.target_url)
        .where(among_bound(dialect, shares.c.code, "codes")),
        claim=claim,
        last_counted=select(seen.c.share_id, seen.c.client_hash, seen.c.counted_at)
        .where(tuple_(seen.c.share_id, seen.c.client_hash).in_(bindparam("pairs", expanding=True))),
        moved=update(seen).where(seen.c.share_id == bindparam("share"), seen.c.client_hash == bindparam("client"))
        .values(counted_at=bindparam("last", type_=seen.c.counted_at.type)),
        add=add)


@dataclass(eq=False)
class Click:
    """One request to follow a short link; `client` is None for a bot, whose click is not counted."""

    code: str
    client: str | None
    at: datetime
    dedupe: timedelta
    target: "asyncio.Future[str | None]" = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class Link(NamedTuple):
    """What a short link leads to. A share's code, organisation and tracked URL are set when it is made and never
    change (an ambassador who leaves changes only its person), and shares are never deleted: a link once read
    holds for the life of the process."""

    share_id: str
    org_id: str
    target_url: str


class ClickCounter:
    """Follows short links in groups (group commit): the clicks that arrive while a group is being written are
    looked up and counted together in the next transaction, and each request is answered once its group is
    committed. Under load, one transaction and a handful of statements serve dozens of clicks; alone, a click is
    a group of one. A failed write fails every request of its group, as it would have failed each alone."""

    MAX_GROUP = 500
    MAX_LINKS = 50_000  # links remembered (about 300 bytes each); the first read are forgotten first

    def __init__(self, db: Database) -> None:
        self.db = db
        self.links: dict[str, Link] = {}  # code -> its link; an unknown code is not remembered (it may be made)
        self.waiting: list[Click] = []
        self.writer: asyncio.Task[None] | None = None

    async def follow(self, code: str, client: str | None, at: datetime, dedupe: timedelta) -> str | None:
        """The link's target URL (its click counted unless the same client's was within `dedupe`), or None for an
        unknown code."""
        click = Click(code, client, at, dedupe)
        self.waiting.append(click)
        if self.writer is None or self.writer.done() or self.writer.get_loop() is not asyncio.get_running_loop():
            # A task of its own: a request that goes away does not cancel the write of the others' clicks.
            self.writer = asyncio.get_running_loop().create_task(self._write_while_waiting())
        return await click.target

    async def _write_while_waiting(self) -> None:
        while self.waiting:
            group, self.waiting = self.waiting[:self.MAX_GROUP], self.waiting[self.MAX_GROUP:]
            try:
                targets = await count(self.db, group, self.links)
            except Exception as exc:
                for click in group:
                    if not click.target.done():
                        click.target.set_exception(exc)
                continue
            for click in group:
                if not click.target.done():  # its request may have gone: nothing waits for it
                    click.target.set_result(targets.get(click.code))


async def count(db: Database, group: list[Click], links: dict[str, Link]) -> dict[str, str]:
    """Counts a group's clicks in one transaction; returns code -> target URL of the codes that exist. Each click
    counts as it would one by one, in arrival order. `links` remembers the links read (ClickCounter.links): a
    group of known links reads none.

    The first click of each (share, client) is claimed by the upsert. Its row is then ours until commit (SQLite has
    one writer; PostgreSQL locks a conflicting row even when the upsert's condition leaves it unchanged), so the
    same client's later clicks in the group are decided here against that row's time, read once, instead of by one
    round trip each (a reader who clicks a link again and again, or a benchmark that does)."""
    statements = _statements(db.engine.dialect.name)
    unread = list({click.code for click in group if click.code not in links})
    if unread:
        async with db.engine.connect() as connection:
            read = (await connection.execute(statements.links, {"codes": unread})).all()
        while len(links) + len(read) > ClickCounter.MAX_LINKS and links:
            del links[next(iter(links))]
        links.update((row.code, Link(row.id, row.org_id, row.target_url)) for row in read)
    found = {click.code: links[click.code] for click in group if click.code in links}
    targets = {code: link.target_url for code, link in found.items()}
    by_pair: dict[tuple[str, str], list[Click]] = {}  # (share, client) -> its clicks in arrival order
    for click in group:
        link = found.get(click.code)
        if link is not None and click.client is not None:
            by_pair.setdefault((link.share_id, click.client), []).append(click)
    if not by_pair:
        return targets
    org_of = {link.share_id: link.org_id for link in found.values()}
    counted: Counter[tuple[str, str, datetime]] = Counter()  # (share, organisation, minute) -> clicks

    def count_click(share_id: str, at: datetime) -> None:
        counted[(share_id, org_of[share_id], at.replace(second=0, microsecond=0))] += 1

    async with db.engine.begin() as connection:
        claimed = {(row.share_id, row.client_hash) for row in (await connection.execute(statements.claim, [
            {"share_id": share_id, "client": client, "at": first.at, "not_before": first.at - first.dedupe}
            for (share_id, client), (first, *_) in by_pair.items()])).all()}
        last_counted: dict[tuple[str, str], datetime] = {}  # the row's time, for the pairs clicked again
        for pair, (first, *_) in by_pair.items():
            if pair in claimed:
                count_click(pair[0], first.at)
                last_counted[pair] = first.at
        unknown = [pair for pair, clicks in by_pair.items() if len(clicks) > 1 and pair not in claimed]
        if unknown:  # not counted: the row holds an earlier click's time
            last_counted |= {(row.share_id, row.client_hash): row.counted_at for row in (await connection.execute(
                statements.last_counted, {"pairs": unknown})).all()}
        moved = []
        for (share_id, client), (_, *again) in by_pair.items():
            if not again:
                continue
            before = last = last_counted[(share_id, client)]
            for click in again:
                if last <= click.at - click.dedupe:
                    count_click(share_id, click.at)
                    last = click.at
            if last != before:
                moved.append({"share": share_id, "client": client, "last": last})
        if moved:
            await connection.execute(statements.moved, moved)
        if counted:
            await connection.execute(statements.add, [
                {"share_id": share_id, "org_id": org_id, "minute": minute, "clicks": n}
                for (share_id, org_id, minute), n in counted.items()])
    return targets


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
