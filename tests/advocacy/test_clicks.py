"""6. Clicks: the public redirect, counting once per client in 30 minutes, no bots, 404 for any bad code."""

import asyncio
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from kit.ids import utcnow
from services.advocacy import clicks
from services.advocacy.models import ClickMinute
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


async def clicks_per_minute(app: FastAPI, share_id: str) -> dict[datetime, int]:
    async with app.state.db.transaction() as session:
        rows = (await session.execute(select(ClickMinute.minute, ClickMinute.clicks)
                                      .where(ClickMinute.share_id == share_id))).all()
    return {minute.replace(tzinfo=UTC) if minute.tzinfo is None else minute: n for minute, n in rows}


async def test_the_same_client_counts_again_after_30_minutes(app: FastAPI, client: httpx.AsyncClient,
                                                             tenant: Tenant) -> None:
    created = await _shared(client, tenant)
    code = path_of(created).rsplit("/", 1)[1]
    window = timedelta(minutes=30)
    start = utcnow().replace(second=0, microsecond=0)
    counter: clicks.ClickCounter = app.state.clicks
    for offset in (timedelta(0), timedelta(minutes=29), timedelta(minutes=31)):
        assert await counter.follow(code, "client-a", start + offset, window) == created["tracked_url"]
    assert await clicks_per_minute(app, created["id"]) == {start: 1, start + timedelta(minutes=31): 1}


async def test_clicks_arriving_together_count_as_they_would_one_by_one(app: FastAPI, client: httpx.AsyncClient,
                                                                       tenant: Tenant) -> None:
    """Clicks that arrive while others are written are counted together (one transaction), each as if alone:
    twenty people once each, one person twenty times once, a bot never, an unknown link a 404."""
    created = await _shared(client, tenant)
    post = await published_post(client, tenant, (await make_topic(client, tenant, "events"))["id"])
    shared = await share(client, tenant.amb, post["id"], "linkedin")
    assert shared.status_code == 201, shared.text
    other = shared.json()
    people = [client.get(path_of(created), headers={"User-Agent": f"{BROWSER} reader-{n}"}) for n in range(20)]
    one_person = [client.get(path_of(other), headers={"User-Agent": BROWSER}) for _ in range(20)]
    strays = [client.get(path_of(created), headers={"User-Agent": "LinkedInBot/1.0"}),
              client.get("/r/unknowncode1234", headers={"User-Agent": BROWSER})]
    answers = await asyncio.gather(*people, *one_person, *strays)
    assert [a.status_code for a in answers] == [302] * 41 + [404]
    assert {a.headers["location"] for a in answers[:20]} == {created["tracked_url"]}
    assert {a.headers["location"] for a in answers[20:40]} == {other["tracked_url"]}
    assert sorted((e["share_id"], e["clicks"]) for e in await counted(app, tenant)) == sorted(
        [(created["id"], 20), (other["id"], 1)])


async def test_a_failed_write_fails_its_group_and_the_next_click_counts(app: FastAPI, client: httpx.AsyncClient,
                                                                        tenant: Tenant,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    created = await _shared(client, tenant)
    real_count = clicks.count

    async def database_gone(db: Any, group: list[clicks.Click], links: dict[str, clicks.Link]) -> dict[str, str]:
        monkeypatch.setattr(clicks, "count", real_count)  # back for the next group
        raise OperationalError("INSERT", {}, Exception("the database went away"))

    monkeypatch.setattr(clicks, "count", database_gone)
    # raise_app_exceptions=False: Starlette re-raises a 500 after sending it; a browser sees only the response.
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
                                 base_url=str(client.base_url)) as browser:
        failed = await asyncio.gather(*[browser.get(path_of(created), headers={"User-Agent": f"{BROWSER} {n}"})
                                        for n in range(3)])
    assert {a.status_code for a in failed} == {500}
    assert {a.headers["content-type"] for a in failed} == {"application/problem+json"}
    again = await client.get(path_of(created), headers={"User-Agent": BROWSER})
    assert again.status_code == 302
    assert [e["clicks"] for e in await counted(app, tenant)] == [1]


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


async def _redirects_in_metrics(client: httpx.AsyncClient) -> float:
    metrics = (await client.get("/metrics")).text
    found = re.search(r'^http_requests_total\{method="GET",route="/r/\{code\}",status="302"\} (\S+)$', metrics, re.M)
    return float(found.group(1)) if found else 0.0


async def test_the_redirect_keeps_what_every_route_gives(client: httpx.AsyncClient, tenant: Tenant,
                                                         app: FastAPI) -> None:
    """Served ahead of FastAPI's routing (kit.routing.plain), the redirect still answers only GET, echoes the
    request id, and is counted in the request metrics under its route."""
    created = await _shared(client, tenant)
    for method in ("HEAD", "POST", "DELETE"):
        refused = await client.request(method, path_of(created), headers={"User-Agent": BROWSER})
        assert refused.status_code == 405, method
        assert refused.headers["allow"] == "GET"
    assert await counted(app, tenant) == []  # a refused method counts no click
    before = await _redirects_in_metrics(client)
    followed = await client.get(path_of(created), headers={"User-Agent": BROWSER, "X-Request-ID": "click-1"})
    assert followed.status_code == 302 and followed.headers["x-request-id"] == "click-1"
    assert await _redirects_in_metrics(client) == before + 1
    assert [e["clicks"] for e in await counted(app, tenant)] == [1]


@pytest.mark.parametrize("window, offsets", [
    (30, [0, 0, 29, 31, 32, 60, 62]),  # counted at 0; 31 counts (30 after 0); 62 counts (31 after 31)
    (30, [10, 40, 45, 41]),            # a later click in the group counts against the row a first one left
    (30, [40, 50, 75]),                # the first counts; the group's later ones against its time
    (1, [0, 0.5, 2, 2.5, 3]),          # a short window: a group's later clicks count too
    (0, [5, 5, 6]),                    # no window: every click counts
])
async def test_a_client_clicking_again_within_a_group_counts_as_one_by_one(
        app: FastAPI, client: httpx.AsyncClient, tenant: Tenant, window: int, offsets: list[float]) -> None:
    """The same client's clicks on a share, whether they arrive one by one or together (one group, decided against
    the row the first claim left), count the same clicks in the same minutes."""
    together = await _shared(client, tenant)
    post = await published_post(client, tenant, (await make_topic(client, tenant, "events"))["id"])
    shared = await share(client, tenant.amb, post["id"], "linkedin")
    assert shared.status_code == 201, shared.text
    one_by_one = shared.json()
    counter: clicks.ClickCounter = app.state.clicks
    start = utcnow().replace(second=0, microsecond=0) - timedelta(hours=3)
    times = [start + timedelta(minutes=offset) for offset in offsets]
    # A first click before the group, so that the group's first click meets an existing row.
    for created in (together, one_by_one):
        code = path_of(created).rsplit("/", 1)[1]
        assert await counter.follow(code, "client-a", start - timedelta(minutes=window / 2),
                                    timedelta(minutes=window)) == created["tracked_url"]
    code = path_of(together).rsplit("/", 1)[1]
    answers = await asyncio.gather(*[counter.follow(code, "client-a", at, timedelta(minutes=window)) for at in times])
    assert answers == [together["tracked_url"]] * len(times)
    code = path_of(one_by_one).rsplit("/", 1)[1]
    for at in times:
        await counter.follow(code, "client-a", at, timedelta(minutes=window))
    expected = await clicks_per_minute(app, one_by_one["id"])
    assert await clicks_per_minute(app, together["id"]) == expected
    # ... and leave the same time behind: the next click is judged alike.
    after = times[-1] + timedelta(minutes=window * 0.75)
    for created in (together, one_by_one):
        await counter.follow(path_of(created).rsplit("/", 1)[1], "client-a", after, timedelta(minutes=window))
    assert await clicks_per_minute(app, together["id"]) == await clicks_per_minute(app, one_by_one["id"])


async def test_links_are_remembered_up_to_a_bound_and_unknown_codes_never(
        app: FastAPI, client: httpx.AsyncClient, tenant: Tenant, monkeypatch: pytest.MonkeyPatch) -> None:
    """A link read once is served from memory (a share's link never changes), at most MAX_LINKS of them, the first
    read forgotten first; a code that was unknown is looked up again, since a share may be made with it."""
    monkeypatch.setattr(clicks.ClickCounter, "MAX_LINKS", 2)
    made = [await _shared(client, tenant)]
    for network in ("x", "facebook"):
        post = await published_post(client, tenant, (await make_topic(client, tenant, network))["id"])
        shared = await share(client, tenant.amb, post["id"], network)
        assert shared.status_code == 201, shared.text
        made.append(shared.json())
    counter: clicks.ClickCounter = app.state.clicks
    for created in made + made[:1]:
        followed = await client.get(path_of(created), headers={"User-Agent": BROWSER})
        assert followed.status_code == 302 and followed.headers["location"] == created["tracked_url"]
    assert (await client.get("/r/unknowncode1234", headers={"User-Agent": BROWSER})).status_code == 404
    assert list(counter.links) == [path_of(made[2]).rsplit("/", 1)[1], path_of(made[0]).rsplit("/", 1)[1]]
    assert sorted(e["clicks"] for e in await counted(app, tenant)) == [1, 1, 1]  # the repeat was within 30 min
