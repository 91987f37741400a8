"""5. Shares: tracked short link with UTM, the network's share dialog, confirmation; who may share."""

from urllib.parse import parse_qs, quote, urlsplit

import httpx
from fastapi import FastAPI

from tests.advocacy.conftest import Tenant, join, make_topic, published_post, share
from tests.support import emitted_data


async def _post(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, object]:
    assert (await join(client, tenant.amb)).status_code == 201
    return await published_post(client, tenant, (await make_topic(client, tenant, "store-openings"))["id"])


async def test_linkedin_share_has_a_tracked_short_link(client: httpx.AsyncClient, tenant: Tenant,
                                                       app: FastAPI) -> None:
    post = await _post(client, tenant)
    response = await share(client, tenant.amb, str(post["id"]), "linkedin")
    assert response.status_code == 201, response.text
    body = response.json()
    code = body["short_url"].rsplit("/", 1)[1]
    assert body["short_url"] == f"http://testserver/r/{code}" and len(code) >= 8
    tracked = urlsplit(body["tracked_url"])
    assert tracked.netloc == "www.fjordline.example" and tracked.path == "/news/new-store-bergen"
    assert parse_qs(tracked.query) == {"ref": ["nw"], "utm_source": ["linkedin"], "utm_medium": ["employee_advocacy"],
                                       "utm_campaign": ["store-openings"], "utm_content": [body["id"]]}
    assert body["share_url"] == ("https://www.linkedin.com/sharing/share-offsite/?url="
                                 + quote(body["short_url"], safe=""))
    assert body["prefilled"] is False and body["short_url"] in body["text"]
    assert body["potential_reach"] == 500 and body["confirmed_at"] is None
    [event] = await emitted_data(app, tenant.org_id, "netwise.advocacy.share.created")
    assert event == {"id": body["id"], "person_id": tenant.ids["amb"], "post_id": post["id"],
                     "topic_id": post["topic_id"], "network": "linkedin", "created_at": event["created_at"],
                     "potential_reach": 500}


async def test_x_is_prefilled_and_facebook_gets_text_to_copy(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _post(client, tenant)
    x = (await share(client, tenant.amb, str(post["id"]), "x")).json()
    query = parse_qs(urlsplit(x["share_url"]).query)
    assert x["share_url"].startswith("https://x.com/intent/post?") and x["prefilled"] is True
    assert query == {"text": ["New store in Bergen opens Saturday #employee"], "url": [x["short_url"]]}
    facebook = (await share(client, tenant.amb, str(post["id"]), "facebook")).json()
    assert facebook["share_url"] == "https://www.facebook.com/sharer/sharer.php?u=" + quote(facebook["short_url"],
                                                                                           safe="")
    assert facebook["prefilled"] is False
    assert facebook["text"] == f"Come and visit us in Bergen #employee {facebook['short_url']}"


async def test_short_link_uses_the_gateways_public_address(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _post(client, tenant)
    response = await share(client, tenant.amb, str(post["id"]), "linkedin", **{
        "X-Forwarded-Host": "api.fjordline.example", "X-Forwarded-Proto": "https",
        "X-Forwarded-Prefix": "/advocacy"})
    assert response.json()["short_url"].startswith("https://api.fjordline.example/advocacy/r/")


async def test_only_active_ambassadors_share(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _post(client, tenant)
    never = await share(client, tenant.learner, str(post["id"]))
    assert never.status_code == 403 and "join the programme" in never.json()["detail"]
    await client.post("/v1/ambassadors/me/leave", headers=tenant.amb)
    left = await share(client, tenant.amb, str(post["id"]))
    assert left.status_code == 403 and "left the ambassador programme" in left.json()["detail"]
    no_variant = await join(client, tenant.amb2)
    assert no_variant.status_code == 201
    response = await share(client, tenant.amb2, str(post["id"]), "mastodon")
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "network"


async def test_idempotency_key_replays_the_same_share(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _post(client, tenant)
    first = await share(client, tenant.amb, str(post["id"]), "x", **{"Idempotency-Key": "k1"})
    again = await share(client, tenant.amb, str(post["id"]), "x", **{"Idempotency-Key": "k1"})
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
    other = await share(client, tenant.amb, str(post["id"]), "linkedin", **{"Idempotency-Key": "k1"})
    assert other.status_code == 422
    mine = await client.get("/v1/shares", headers=tenant.amb)
    assert [s["id"] for s in mine.json()["items"]] == [first.json()["id"]]


async def test_ambassador_confirms_posting(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _post(client, tenant)
    created = (await share(client, tenant.amb, str(post["id"]))).json()
    assert (await client.post(f"/v1/shares/{created['id']}/confirm", headers=tenant.amb2)).status_code == 404
    confirmed = await client.post(f"/v1/shares/{created['id']}/confirm", headers=tenant.amb)
    assert confirmed.status_code == 200 and confirmed.json()["confirmed_at"] is not None
    fetched = await client.get(f"/v1/shares/{created['id']}", headers=tenant.amb)
    assert fetched.json()["short_url"] == created["short_url"] and fetched.json()["confirmed_at"]
