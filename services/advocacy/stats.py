"""Statistics: shares, clicks, potential reach and earned media value per post and per topic, and the leaderboard.

Aggregates over people are only shown for groups of at least the organisation's minimum group size (distinct
sharers); a person always sees their own figures.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.directory import OrgRules
from kit.privacy import suppress_small_groups
from kit.problems import Unprocessable
from services.advocacy import repositories as repo
from services.advocacy.models import Ambassador, ClickMinute, Post, Programme, Share, directory
from services.advocacy.schemas import (
    Figures,
    LeaderboardEntry,
    MyStats,
    Network,
    Period,
    PostStats,
    PostStatsPage,
    TopicStats,
    TopicStatsPage,
)
from services.advocacy.service import day_window, programme


@dataclass
class Tally:
    shares: int = 0
    clicks: int = 0
    reach: int = 0
    sharers: set[str] = field(default_factory=set)

    def figures(self, prog: Programme, currency: str) -> Figures:
        return Figures(shares=self.shares, clicks=self.clicks, potential_reach=self.reach,
                       earned_media_value_minor=earned_media_value_minor(self.reach, self.clicks, prog),
                       currency=currency)


def earned_media_value_minor(reach: int, clicks: int, prog: Programme) -> int:
    """Exact decimal arithmetic rounded half up once, at the end: analytics computes the same number."""
    value = Decimal(reach) * prog.earned_media_cpm_minor / 1000 + clicks * prog.earned_media_cpc_minor
    return int(value.quantize(Decimal(1), ROUND_HALF_UP))


def period(rules: OrgRules, from_date: date | None, to_date: date | None) -> Period:
    if from_date and to_date and to_date < from_date:
        raise Unprocessable.field("to_date", "must not be before from_date")
    return Period(from_date=from_date, to_date=to_date, timezone=rules.timezone)


async def _shares(session: AsyncSession, org_id: str, span: Period, rules: OrgRules,
                  people: set[str] | None = None) -> tuple[list[Share], dict[str, int]]:
    """Shares made in the period and the clicks counted on them in the period."""
    start, end = day_window(rules, span.from_date, span.to_date)
    query = select(Share).where(Share.org_id == org_id)
    clicks = (select(ClickMinute.share_id, func.sum(ClickMinute.clicks))
              .where(ClickMinute.org_id == org_id).group_by(col(ClickMinute.share_id)))
    if start is not None:
        query, clicks = query.where(Share.created_at >= start), clicks.where(ClickMinute.minute >= start)
    if end is not None:
        query, clicks = query.where(Share.created_at < end), clicks.where(ClickMinute.minute < end)
    if people is not None:
        query = query.where(col(Share.person_id).in_(people))
    shares = list((await session.exec(query)).all())
    counted = {row[0]: int(row[1] or 0) for row in (await session.execute(clicks)).all()}
    return shares, counted


def _tally(shares: Iterable[Share], clicks: dict[str, int], key: Callable[[Share], str]) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for share in shares:
        t = out.setdefault(key(share), Tally())
        t.shares += 1
        t.clicks += clicks.get(share.id, 0)
        t.reach += share.potential_reach
        t.sharers.add(share.person_id)
    return out


async def _visible_people(session: AsyncSession, org_id: str, manager_id: str | None) -> set[str] | None:
    """A manager who has no wider role sees the people of the units they manage; None means everyone."""
    if manager_id is None:
        return None
    units = await directory.managed_units(session, org_id, manager_id)
    rows = await session.execute(select(directory.people.c.id).where(
        directory.people.c.org_id == org_id, directory.people.c.org_unit_id.in_(units)))
    return set(rows.scalars().all())


async def post_stats(session: AsyncSession, org_id: str, span: Period, manager_id: str | None) -> PostStatsPage:
    rules = await directory.rules(session, org_id)
    prog = await programme(session, org_id)
    shares, clicks = await _shares(session, org_id, span, rules, await _visible_people(session, org_id, manager_id))
    tallies = _tally(shares, clicks, lambda s: s.post_id)
    posts = {p.id: p for p in (await session.exec(select(Post).where(
        Post.org_id == org_id, col(Post.id).in_(list(tallies))))).all()}
    items = [PostStats(post_id=pid, title=posts[pid].title, topic_id=posts[pid].topic_id, sharers=len(t.sharers),
                       **t.figures(prog, rules.currency).model_dump())
             for pid, t in sorted(tallies.items(), key=lambda kv: (-kv[1].clicks, -kv[1].shares, kv[0]))]
    kept, suppression = suppress_small_groups(items, lambda i: i.sharers, rules.min_group_size)
    return PostStatsPage(items=kept, period=span, suppression=suppression)


async def topic_stats(session: AsyncSession, org_id: str, span: Period, manager_id: str | None) -> TopicStatsPage:
    rules = await directory.rules(session, org_id)
    prog = await programme(session, org_id)
    shares, clicks = await _shares(session, org_id, span, rules, await _visible_people(session, org_id, manager_id))
    tallies = _tally(shares, clicks, lambda s: s.topic_id)
    topics = await repo.topics(session, org_id)
    items = [TopicStats(topic_id=tid, name=topics[tid].name if tid in topics else "", sharers=len(t.sharers),
                        **t.figures(prog, rules.currency).model_dump())
             for tid, t in sorted(tallies.items(), key=lambda kv: (-kv[1].clicks, -kv[1].shares, kv[0]))]
    kept, suppression = suppress_small_groups(items, lambda i: i.sharers, rules.min_group_size)
    return TopicStatsPage(items=kept, period=span, suppression=suppression)


async def my_stats(session: AsyncSession, org_id: str, person_id: str, span: Period) -> MyStats:
    rules = await directory.rules(session, org_id)
    prog = await programme(session, org_id)
    shares, clicks = await _shares(session, org_id, span, rules, {person_id})
    tallies = _tally(shares, clicks, lambda s: s.post_id)
    posts = {p.id: p for p in (await session.exec(select(Post).where(
        Post.org_id == org_id, col(Post.id).in_(list(tallies))))).all()}
    total = Tally()
    for t in tallies.values():
        total.shares, total.clicks, total.reach = total.shares + t.shares, total.clicks + t.clicks, \
            total.reach + t.reach
    items = [PostStats(post_id=pid, title=posts[pid].title, topic_id=posts[pid].topic_id, sharers=1,
                       **t.figures(prog, rules.currency).model_dump()) for pid, t in sorted(tallies.items())]
    return MyStats(totals=total.figures(prog, rules.currency), posts=items, period=span)


async def leaderboard(session: AsyncSession, org_id: str, span: Period) -> list[LeaderboardEntry]:
    """Ambassadors who opted in to the leaderboard; a share scores one point, except on Facebook."""
    rules = await directory.rules(session, org_id)
    ambassadors = (await session.exec(select(Ambassador).where(
        Ambassador.org_id == org_id, Ambassador.status == "active", col(Ambassador.leaderboard_opt_in)))).all()
    people = {a.person_id for a in ambassadors}
    shares, _ = await _shares(session, org_id, span, rules, people)
    points = dict.fromkeys(people, 0)
    for share in shares:
        if share.network != Network.facebook:
            points[share.person_id] += 1
    names = {}
    for person_id in people:
        person = await directory.person(session, org_id, person_id)
        names[person_id] = person.name if person is not None else ""
    ordered = sorted(points.items(), key=lambda kv: (-kv[1], names[kv[0]], kv[0]))
    entries, rank, last = [], 0, None
    for index, (person_id, score) in enumerate(ordered, start=1):
        if score != last:
            rank, last = index, score
        entries.append(LeaderboardEntry(rank=rank, person_id=person_id, name=names[person_id], points=score))
    return entries


