"""Far-away dates and NUL are 422s naming the field, never 500s, on SQLite and PostgreSQL."""

import httpx

from tests.advocacy.conftest import LINK, Tenant, make_topic, set_programme, variants
from tests.support import DATE_RANGE, refused


async def test_statistics_refuse_far_away_days_and_accept_the_bounds(client: httpx.AsyncClient,
                                                                    tenant: Tenant) -> None:
    await set_programme(client, tenant, leaderboard_enabled=True)
    for path, who in (("/v1/leaderboard", tenant.amb), ("/v1/stats/posts", tenant.admin),
                      ("/v1/stats/topics", tenant.admin), ("/v1/stats/me", tenant.amb)):
        refused(await client.get(f"{path}?from_date=0001-01-01", headers=who), {"from_date": DATE_RANGE})
        refused(await client.get(f"{path}?from_date=2024-01-01&to_date=9999-12-31", headers=who),
                {"to_date": DATE_RANGE})
        refused(await client.get(f"{path}?to_date=0", headers=who),
                {"to_date": "give a calendar day as YYYY-MM-DD"})
        response = await client.get(f"{path}?from_date=1900-01-01&to_date=2999-12-31", headers=who)
        assert response.status_code == 200, (path, response.text)


async def test_a_post_window_far_away_is_refused(client: httpx.AsyncClient, tenant: Tenant) -> None:
    topic = await make_topic(client, tenant)
    body = {"topic_id": topic["id"], "link": LINK, "title": "Bergen", "variants": variants()}
    refused(await client.post("/v1/posts", headers=tenant.editor, json={
        **body, "expires_at": "9999-12-31T23:59:59-14:00"}), {"expires_at": DATE_RANGE})
    refused(await client.post("/v1/posts", headers=tenant.editor, json={
        **body, "starts_at": "0001-01-01T00:00:00+14:00"}), {"starts_at": DATE_RANGE})
    created = await client.post("/v1/posts", headers=tenant.editor, json={
        **body, "starts_at": "2999-12-30T00:00:00Z", "expires_at": "2999-12-31T23:59:59-14:00"})
    assert created.status_code == 201, created.text


async def test_nul_in_a_post_or_topic_is_refused(client: httpx.AsyncClient, tenant: Tenant) -> None:
    message = "must not contain the NUL character (U+0000)"
    topic = await make_topic(client, tenant)
    refused(await client.post("/v1/posts", headers=tenant.editor, json={
        "topic_id": topic["id"], "link": LINK, "title": "Ber\x00gen", "variants": variants(x="a\x00")}),
        {"title": message, "variants[1].text": message})
    refused(await client.get("/v1/posts/a%00b", headers=tenant.editor), {"post_id": message})
    refused(await client.get("/v1/posts?topic_id=%00", headers=tenant.editor), {"topic_id": message})
