"""Every list pages the same way: `limit` items a page in id order, the next page through its cursor, and never
another organisation's rows (nor, for shares, another person's)."""

import httpx

from tests.advocacy.conftest import Tenant, join, make_tenant, make_topic, published_post, share
from tests.support import every_page


def ids(pages: list[list[dict[str, object]]]) -> list[list[object]]:
    return [[item["id"] for item in page] for page in pages]


async def test_topics_and_posts_page_through_the_organisations_own(client: httpx.AsyncClient, tenant: Tenant) -> None:
    other = await make_tenant(client)
    await published_post(client, other, (await make_topic(client, other, "elsewhere"))["id"])
    topics = [(await make_topic(client, tenant, slug))["id"] for slug in ("one", "two", "three")]
    posts = [(await published_post(client, tenant, topics[0]))["id"] for _ in range(3)]
    assert ids(await every_page(client, "/v1/topics", tenant.learner)) == [sorted(topics)[:2], sorted(topics)[2:]]
    for reader in (tenant.editor, tenant.amb):  # an editor's list, and an audience's
        assert ids(await every_page(client, "/v1/posts", reader)) == [sorted(posts)[:2], sorted(posts)[2:]]


async def test_the_triage_queue_pages(client: httpx.AsyncClient, tenant: Tenant) -> None:
    other = await make_tenant(client)
    body = {"url": "https://www.facebook.com/groups/bergen/posts/123", "note": "Angry thread", "network": "facebook"}
    assert (await client.post("/v1/conversations", json=body, headers=other.learner)).status_code == 201
    flagged = [(await client.post("/v1/conversations", json=body, headers=tenant.learner)).json()["id"]
               for _ in range(3)]
    assert ids(await every_page(client, "/v1/conversations", tenant.comms)) == [sorted(flagged)[:2],
                                                                                 sorted(flagged)[2:]]


async def test_my_shares_page(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert (await join(client, tenant.amb)).status_code == 201
    assert (await join(client, tenant.editor)).status_code == 201
    post = await published_post(client, tenant, (await make_topic(client, tenant, "stores"))["id"])
    assert (await share(client, tenant.editor, str(post["id"]))).status_code == 201  # someone else's
    mine = [(await share(client, tenant.amb, str(post["id"]), network)).json()["id"]
            for network in ("linkedin", "x", "facebook")]
    assert ids(await every_page(client, "/v1/shares", tenant.amb)) == [sorted(mine)[:2], sorted(mine)[2:]]
