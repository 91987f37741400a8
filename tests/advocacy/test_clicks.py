"""6. Clicks: the public redirect, counting once per client in 30 minutes, no bots, 404 for any bad code."""

from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from kit.ids import utcnow
from services.advocacy import clicks
from services.advocacy.models import Share
from tests.advocacy.conftest import BROWSER, Tenant, join, make_topic, published_post, share
from tests.support import emitted_data


async def _shared(client: httpx.AsyncClient, tenant: Tenant, network: str = "linkedin") -> dict[str, Any]:
    assert (await join(client, tenant.amb)).status_code == 201
    post = await published_post(client, tenant, (await make_topic(client, tenant))["id"])
    response = await share(client, tenant.amb, post["id"], network)
    assert response.status_code == 201
    return dict(response.json())


def path_of(created: dict[str, Any]) -> str:
    return "/r/" + created["short_url"].rsplit("/", 1)[1]


async def counted(app: FastAPI, tenant: Tenant) -> list[dict[str, Any]]:
    await clicks.flush_click_minutes(app.state.db, app.state.outbox, utcnow() + timedelta(minutes=2))
    return await emitted_data(app, tenant.org_id, "netwise.advocacy.click.counted")


async def test_redirect_counts_one_click_for_two_quick_requests(client: httpx.AsyncClient, tenant: Tenant,
                                                                app: FastAPI) -> None:
    created = await _shared(client, tenant)
    for _ in range(2):
        response = await client.get(path_of(created), headers={"User-Agent": BROWSER})
        assert response.status_code == 302
        assert response.headers["location"] == created["tracked_url"]
        assert response.headers["cache-control"] == "no-store"
    other_client = await client.get(path_of(created), headers={"User-Agent": BROWSER + " Firefox"})
    assert other_client.status_code == 302
    [event] = await counted(app, tenant)
    assert event["share_id"] == created["id"] and event["clicks"] == 2  # two clients, one click each
    assert event["network"] == "linkedin" and event["person_id"] == tenant.ids["amb"]
    assert await counted(app, tenant) == [event]  # a minute is announced once


@pytest.mark.parametrize("agent", ["facebookexternalhit/1.1", "LinkedInBot/1.0", "Slackbot-LinkExpanding 1.0",
                                   "Twitterbot/1.0", "WhatsApp/2.23", "TelegramBot (like TwitterBot)",
                                   "Discordbot/2.0", "curl/8.5.0", "Googlebot/2.1", ""])
async def test_bots_and_previews_are_redirected_but_not_counted(client: httpx.AsyncClient, tenant: Tenant,
                                                                app: FastAPI, agent: str) -> None:
    created = await _shared(client, tenant)
    response = await client.get(path_of(created), headers={"User-Agent": agent})
    assert response.status_code == 302
    assert await counted(app, tenant) == []


async def test_the_same_client_counts_again_after_30_minutes(app: FastAPI, client: httpx.AsyncClient,
                                                             tenant: Tenant) -> None:
    created = await _shared(client, tenant)
    window = timedelta(minutes=30)
    start = utcnow()
    async with app.state.db.transaction() as session:
        row = await session.get(Share, created["id"])
        assert row is not None
        results = [await clicks.record_click(session, row, "client-a", start + offset, window)
                   for offset in (timedelta(0), timedelta(minutes=29), timedelta(minutes=31))]
    assert results == [True, False, True]


@pytest.mark.parametrize("code", ["unknown-code-123", "x", "%00", "..%2F..%2Fetc", "a" * 300, "<script>",
                                  "AAAAAAAAAAAA", "💥💥💥💥💥💥💥💥"])
async def test_unknown_or_garbage_codes_are_a_404_page(client: httpx.AsyncClient, tenant: Tenant,
                                                       code: str) -> None:
    response = await client.get(f"/r/{code}", headers={"User-Agent": BROWSER})
    assert response.status_code == 404
    # A code with a slash in it matches no route at all: then the 404 is problem+json, still no 500.
    assert response.headers["content-type"].split(";")[0] in ("text/html", "application/problem+json")
    assert "<script>" not in response.text and "fjordline" not in response.text.lower()


async def test_redirect_needs_no_token_and_is_outside_v1(client: httpx.AsyncClient, tenant: Tenant) -> None:
    created = await _shared(client, tenant)
    assert (await client.get(path_of(created))).status_code == 302
    assert (await client.get("/v1" + path_of(created))).status_code == 404
