"""9. Statistics: own figures, suppressed aggregates, reach labelled as not de-duplicated, the leaderboard."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from fastapi import FastAPI

from tests.advocacy.conftest import BROWSER, Tenant, join, make_tenant, make_topic, published_post, set_programme, share
from tests.support import emitted_data


async def _click(client: httpx.AsyncClient, short_url: str, agent: str = BROWSER) -> None:
    assert (await client.get("/r/" + short_url.rsplit("/", 1)[1], headers={"User-Agent": agent})).status_code == 302


async def test_own_and_aggregate_figures_with_earned_media_value(client: httpx.AsyncClient,
                                                                 app: FastAPI) -> None:
    tenant = await make_tenant(client, min_group_size=2)
    # In minor units (öre): 83.33 SEK per 1000 impressions, 4.50 SEK a click.
    await set_programme(client, tenant, earned_media_cpm_minor=8333, earned_media_cpc_minor=450,
                        leaderboard_enabled=True)
    announced = await emitted_data(app, tenant.org_id, "netwise.advocacy.programme.updated")
    assert [(e["earned_media_cpm_minor"], e["earned_media_cpc_minor"], e["version"]) for e in announced] == [
        (8333, 450, 1)]
    topic = await make_topic(client, tenant)
    post = await published_post(client, tenant, topic["id"])
    lonely = await published_post(client, tenant, topic["id"], title="Shared by one")
    await join(client, tenant.amb)
    await join(client, tenant.amb2, networks=[{"network": "linkedin", "followers": 1500}])
    first = (await share(client, tenant.amb, post["id"], "linkedin")).json()  # 500 followers
    await share(client, tenant.amb2, post["id"], "linkedin")  # 1500 followers
    await share(client, tenant.amb, lonely["id"], "x")  # 200 followers
    await _click(client, first["short_url"])
    await _click(client, first["short_url"], BROWSER + " other")

    mine = await client.get("/v1/stats/me", headers=tenant.amb)
    assert mine.status_code == 200
    assert mine.json()["totals"] == {"shares": 2, "clicks": 2, "potential_reach": 700,
                                     "potential_reach_note": mine.json()["totals"]["potential_reach_note"],
                                     "earned_media_value_minor": 6733, "currency": "SEK"}  # 5833.1 + 900
    assert "not de-duplicated" in mine.json()["totals"]["potential_reach_note"]

    posts = await client.get("/v1/stats/posts", headers=tenant.editor)
    assert posts.status_code == 200
    [row] = posts.json()["items"]  # the post shared by one person is suppressed
    assert row["post_id"] == post["id"] and row["sharers"] == 2 and row["shares"] == 2 and row["clicks"] == 2
    assert row["potential_reach"] == 2000 and row["earned_media_value_minor"] == 16666 + 900
    assert posts.json()["suppression"] == {"min_group_size": 2, "suppressed_groups": 1}
    topics = await client.get("/v1/stats/topics", headers=tenant.analyst)
    assert topics.json()["items"][0]["shares"] == 3 and topics.json()["items"][0]["sharers"] == 2

    today = datetime.now(UTC).date()
    empty = await client.get("/v1/stats/topics", params={"from_date": str(today + timedelta(days=2))},
                             headers=tenant.analyst)
    assert empty.json()["items"] == [] and empty.json()["period"]["timezone"] == "Europe/Stockholm"
    backwards = await client.get("/v1/stats/posts", params={"from_date": str(today), "to_date":
                                                            str(today - timedelta(days=1))}, headers=tenant.editor)
    assert backwards.status_code == 422 and backwards.json()["errors"][0]["field"] == "to_date"


async def test_aggregates_are_for_editors_managers_and_analysts(client: httpx.AsyncClient, tenant: Tenant) -> None:
    for who in ("editor", "manager", "analyst", "admin"):
        assert (await client.get("/v1/stats/posts", headers=getattr(tenant, who))).status_code == 200
    assert (await client.get("/v1/stats/posts", headers=tenant.amb)).status_code == 403
    assert (await client.get("/v1/stats/topics", headers=tenant.learner)).status_code == 403


async def test_default_group_size_suppresses_small_programmes(client: httpx.AsyncClient) -> None:
    tenant = await make_tenant(client, min_group_size=5)
    post = await published_post(client, tenant, (await make_topic(client, tenant))["id"])
    for person in ("amb", "amb2", "amb3"):
        await join(client, getattr(tenant, person))
        await share(client, getattr(tenant, person), post["id"])
    stats = (await client.get("/v1/stats/topics", headers=tenant.manager)).json()
    assert stats["items"] == [] and stats["suppression"] == {"min_group_size": 5, "suppressed_groups": 1}


async def test_leaderboard_only_when_enabled_with_opted_in_people(client: httpx.AsyncClient,
                                                                 tenant: Tenant) -> None:
    assert (await client.get("/v1/leaderboard", headers=tenant.amb)).status_code == 404
    await set_programme(client, tenant, leaderboard_enabled=True)
    post = await published_post(client, tenant, (await make_topic(client, tenant))["id"])
    await join(client, tenant.amb, leaderboard_opt_in=True)
    await join(client, tenant.amb2, leaderboard_opt_in=True)
    await join(client, tenant.amb3)  # not on the leaderboard
    for network in ("linkedin", "x"):
        await share(client, tenant.amb2, post["id"], network)
        await share(client, tenant.amb3, post["id"], network)
    for network in ("linkedin", "facebook"):
        await share(client, tenant.amb, post["id"], network)
    board = await client.get("/v1/leaderboard", headers=tenant.learner)
    assert board.status_code == 200
    assert [(e["rank"], e["person_id"], e["points"]) for e in board.json()["items"]] == [
        (1, tenant.ids["amb2"], 2), (2, tenant.ids["amb"], 1)]  # Facebook scores nothing


def test_the_contract_says_when_clicks_and_renewals_show() -> None:
    """No response can say that a click reaches analytics after a flush, or a renewal within minutes: the generated
    spec's operation descriptions do, naming the setting."""
    spec = json.loads((Path(__file__).parents[2] / "openapi" / "gateway.json").read_text())
    for path in ("/advocacy/v1/stats/posts", "/advocacy/v1/stats/topics", "/advocacy/v1/stats/me",
                 "/advocacy/v1/leaderboard", "/advocacy/r/{code}", "/analytics/v1/kpi-values"):
        description = spec["paths"][path]["get"]["description"]
        assert "NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS" in description and "15 s" in description, path
    for path in ("/analytics/v1/kpi-values", "/curriculum/v1/me/learning",
                 "/curriculum/v1/people/{person_id}/certifications"):
        description = spec["paths"][path]["get"]["description"]
        assert "NETWISE_CURRICULUM_DUE_WORK_INTERVAL_SECONDS" in description and "5 min" in description, path
