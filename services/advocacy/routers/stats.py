"""Statistics per post and per topic: shares, clicks, potential reach, earned media value; small groups suppressed."""

from typing import Annotated

from fastapi import APIRouter, Query

from kit.auth import Person, Principal
from kit.db import SessionDep
from kit.inputs import Day
from kit.problems import NotFound
from services.advocacy import service, stats
from services.advocacy.clicks import CLICK_TIMING
from services.advocacy.deps import WIDER_THAN_MANAGER, StatsReader
from services.advocacy.models import directory
from services.advocacy.schemas import Leaderboard, MyStats, PostStatsPage, TopicStatsPage

router = APIRouter(tags=["statistics"])
FromDate = Annotated[Day | None, Query(description="First day, in the organisation's time zone, inclusive.")]
ToDate = Annotated[Day | None, Query(description="Last day, in the organisation's time zone, inclusive.")]


def _manager_scope(principal: Principal) -> str | None:
    """Managers without a wider role see their own units only."""
    return None if principal.roles & WIDER_THAN_MANAGER else principal.subject


@router.get("/v1/stats/posts", response_model=PostStatsPage,
            summary="Per post: shares, clicks, potential reach, earned media value (small groups suppressed)",
            description=CLICK_TIMING)
async def post_stats(principal: StatsReader, session: SessionDep, from_date: FromDate = None,
                     to_date: ToDate = None) -> PostStatsPage:
    span = stats.period(await directory.rules(session, principal.org), from_date, to_date)
    return await stats.post_stats(session, principal.org, span, _manager_scope(principal))


@router.get("/v1/stats/topics", response_model=TopicStatsPage,
            summary="Per topic: shares, clicks, potential reach, earned media value (small groups suppressed)",
            description=CLICK_TIMING)
async def topic_stats(principal: StatsReader, session: SessionDep, from_date: FromDate = None,
                      to_date: ToDate = None) -> TopicStatsPage:
    span = stats.period(await directory.rules(session, principal.org), from_date, to_date)
    return await stats.topic_stats(session, principal.org, span, _manager_scope(principal))


@router.get("/v1/stats/me", response_model=MyStats, summary="My own shares, clicks, reach and value",
            description=CLICK_TIMING)
async def my_stats(principal: Person, session: SessionDep, from_date: FromDate = None,
                   to_date: ToDate = None) -> MyStats:
    span = stats.period(await directory.rules(session, principal.org), from_date, to_date)
    return await stats.my_stats(session, principal.org, principal.subject, span)


@router.get("/v1/leaderboard", response_model=Leaderboard,
            summary="Ambassadors who opted in, by points (exists only when the organisation turned it on)",
            description=CLICK_TIMING)
async def leaderboard(principal: Person, session: SessionDep, from_date: FromDate = None,
                      to_date: ToDate = None) -> Leaderboard:
    if not (await service.programme(session, principal.org)).leaderboard_enabled:
        raise NotFound("this organisation has no leaderboard")
    span = stats.period(await directory.rules(session, principal.org), from_date, to_date)
    return Leaderboard(items=await stats.leaderboard(session, principal.org, span), period=span)
