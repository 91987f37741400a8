"""One earned media value: advocacy's programme owns the rates (minor units) and analytics uses them.

Both apps run here; advocacy's events are handed to analytics as the relay would, and the same shares and
clicks must give the same number in advocacy's statistics and analytics' KPI values.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from kit.events import Outbox
from services.advocacy import clicks
from services.advocacy.models import outbox_table
from services.analytics.app import MIGRATIONS as ANALYTICS_MIGRATIONS
from services.analytics.app import create_app as create_analytics
from services.analytics.settings import AnalyticsSettings
from tests.advocacy.conftest import BROWSER, issuer, join, make_tenant, make_topic, published_post, set_programme, share
from tests.conftest import asgi_client
from tests.databases import migrated_database
from tests.support import signed_event


@pytest.fixture(scope="module")
async def analytics_app(backend: str, module_tmp: Path) -> AsyncIterator[FastAPI]:
    folder = module_tmp / "analytics"
    folder.mkdir(exist_ok=True)
    async with migrated_database(backend, ANALYTICS_MIGRATIONS, folder) as url:
        app = create_analytics(AnalyticsSettings(database_url=url, log_level="WARNING", relay_interval_seconds=3600,
                                                 subscribers=["http://127.0.0.1:9/internal/events"]),
                               key_source=issuer.key_source)
        async with app.router.lifespan_context(app):
            yield app


class Tee(httpx.AsyncBaseTransport):
    """Advocacy's client; identity's events posted to advocacy reach analytics too, as the relay fans them out."""

    def __init__(self, advocacy: FastAPI, analytics: FastAPI) -> None:
        self.advocacy, self.analytics = httpx.ASGITransport(app=advocacy), httpx.ASGITransport(app=analytics)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/internal/events":
            copy = httpx.Request(request.method, request.url, headers=request.headers, content=request.content)
            forwarded = await self.analytics.handle_async_request(copy)
            await forwarded.aread()
            assert forwarded.status_code == 204, forwarded.text
        return await self.advocacy.handle_async_request(request)


async def _relay(app: FastAPI, analytics: httpx.AsyncClient, org: str) -> list[str]:
    """Everything advocacy's outbox holds for the organisation, delivered to analytics; returns the event types."""
    async with app.state.db.transaction() as session:
        envelopes = (await session.execute(select(outbox_table.c.envelope)
                                           .order_by(outbox_table.c.created_at))).scalars().all()
    mine: list[dict[str, Any]] = [e for e in envelopes if e["org"] == org]
    for envelope in mine:
        response = await analytics.post("/internal/events", **signed_event(envelope))
        assert response.status_code == 204, response.text
    return [e["type"] for e in mine]


async def test_the_same_shares_give_the_same_earned_media_value_in_both_services(
        app: FastAPI, analytics_app: FastAPI) -> None:
    async with httpx.AsyncClient(transport=Tee(app, analytics_app), base_url="http://testserver") as client, \
            await asgi_client(analytics_app) as analytics:
        tenant = await make_tenant(client, min_group_size=2)
        # 83.33 SEK per 1000 impressions and 4.57 SEK a click, in öre: fractions of an öre must round alike.
        await set_programme(client, tenant, earned_media_cpm_minor=8333, earned_media_cpc_minor=457)
        topic = await make_topic(client, tenant)
        post = await published_post(client, tenant, topic["id"])
        await join(client, tenant.amb)
        await join(client, tenant.amb2, networks=[{"network": "linkedin", "followers": 1321}])
        first = (await share(client, tenant.amb, post["id"], "linkedin")).json()  # 500 followers
        await share(client, tenant.amb2, post["id"], "linkedin")
        await share(client, tenant.amb, post["id"], "x")  # 200 followers
        for agent in (BROWSER, BROWSER + " 2", BROWSER + " 3"):
            await client.get("/r/" + first["short_url"].rsplit("/", 1)[1], headers={"User-Agent": agent})
        outbox = Outbox.of("advocacy", outbox_table, app.state.settings.subscribers)
        await clicks.flush_click_minutes(app.state.db, outbox, datetime.now(UTC) + timedelta(minutes=2))
        relayed = await _relay(app, analytics, tenant.org_id)
        assert {"netwise.advocacy.programme.updated", "netwise.advocacy.click.counted"} <= set(relayed)

        stats = (await client.get("/v1/stats/topics", headers=tenant.editor)).json()
        [row] = stats["items"]
        assert (row["potential_reach"], row["clicks"]) == (2021, 3)
        expected = 16841 + 3 * 457  # 2021 x 8333 / 1000 = 16840.993 öre, rounded half up once, at the end
        assert row["earned_media_value_minor"] == expected

        leader = issuer.headers(org=tenant.org_id, subject=tenant.ids["admin"], roles=["learner", "admin"])
        today = datetime.now(UTC).date()
        values = (await analytics.get("/v1/kpi-values", headers=leader, params={
            "from": str(today - timedelta(days=1)), "to": str(today + timedelta(days=1))})).json()
        emv = next(v for v in values["items"] if v["key"] == "earned_media_value")
        assert int(emv["value"]) == row["earned_media_value_minor"]
        settings = (await analytics.get("/v1/settings", headers=leader)).json()
        assert (settings["earned_media_cpm_minor"], settings["earned_media_cpc_minor"]) == (8333, 457)
        # An older programme version delivered late (after a failed delivery) changes nothing.
        stale = {"specversion": "1.0", "id": "late-1", "source": "/netwise/advocacy", "org": tenant.org_id,
                 "type": "netwise.advocacy.programme.updated", "subject": tenant.org_id, "data": {
                     "earned_media_cpm_minor": 1, "earned_media_cpc_minor": 1, "version": 0,
                     "updated_at": datetime.now(UTC).isoformat()}}
        assert (await analytics.post("/internal/events", **signed_event(stale))).status_code == 204
        assert (await analytics.get("/v1/settings", headers=leader)).json() == settings
        # Analytics keeps no rates of its own: they are set in advocacy's programme only.
        refused = await analytics.patch("/v1/settings", headers={**leader, "If-Match": '"1"'},
                                        json={"earned_media_cpm_minor": 1})
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "earned_media_cpm_minor"
