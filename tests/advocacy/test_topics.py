"""2. Topics: audience, sensitive topics naming a certification, and the hold (crisis mode)."""

import httpx

from contracts.events import identity
from kit.ids import new_id
from services.advocacy.schemas import HOLD_GUIDANCE
from tests.advocacy.conftest import Tenant, issuer, join, make_tenant, make_topic, published_post, share
from tests.support import deliver, person_data


async def test_editor_creates_topics_others_only_read(client: httpx.AsyncClient, tenant: Tenant) -> None:
    body = {"slug": "careers", "name": "Careers", "audience_org_unit_ids": [tenant.units["sales"]],
            "audience_job_functions": ["hr"]}
    assert (await client.post("/v1/topics", json=body, headers=tenant.learner)).status_code == 403
    created = await client.post("/v1/topics", json=body, headers=tenant.editor)
    assert created.status_code == 201
    assert created.json()["audience_job_functions"] == ["hr"] and created.json()["on_hold"] is False
    listed = await client.get("/v1/topics", headers=tenant.learner)
    assert [t["slug"] for t in listed.json()["items"]] == ["careers"]
    duplicate = await client.post("/v1/topics", json=body, headers=tenant.editor)
    assert duplicate.status_code == 409 and duplicate.json()["errors"][0]["field"] == "slug"


async def test_sensitive_topic_must_name_its_certification(client: httpx.AsyncClient, tenant: Tenant) -> None:
    refused = await client.post("/v1/topics", json={"slug": "privacy", "name": "Privacy", "sensitive": True},
                                headers=tenant.editor)
    assert refused.status_code == 422
    topic = await make_topic(client, tenant, "privacy", sensitive=True, certification_key="sensitive-topics")
    assert topic["sensitive"] is True and topic["certification_key"] == "sensitive-topics"
    cleared = await client.patch(f"/v1/topics/{topic['id']}", json={"certification_key": None},
                                 headers=tenant.editor)
    assert cleared.status_code == 422 and cleared.json()["errors"][0]["field"] == "certification_key"


async def test_comms_puts_a_topic_on_hold_and_releases_it(client: httpx.AsyncClient, tenant: Tenant) -> None:
    topic = await make_topic(client, tenant)
    assert (await client.post(f"/v1/topics/{topic['id']}/hold", headers=tenant.editor)).status_code == 403
    stale = await client.post(f"/v1/topics/{topic['id']}/hold", headers={**tenant.comms, "If-Match": '"9"'})
    assert stale.status_code == 412
    held = await client.post(f"/v1/topics/{topic['id']}/hold", headers=tenant.comms)
    assert held.status_code == 200
    assert held.json()["on_hold"] is True and held.json()["guidance"] == HOLD_GUIDANCE
    assert [t["id"] for t in (await client.get("/v1/topics?on_hold=true", headers=tenant.amb)).json()["items"]] \
        == [topic["id"]]
    released = await client.post(f"/v1/topics/{topic['id']}/release", headers=tenant.comms)
    assert released.json()["on_hold"] is False and released.json()["guidance"] is None


async def test_another_organisations_topic_is_not_found(client: httpx.AsyncClient, tenant: Tenant) -> None:
    other = await make_tenant(client)
    topic = await make_topic(client, other)
    assert (await client.get(f"/v1/topics/{topic['id']}", headers=tenant.editor)).status_code == 404
    assert (await client.patch(f"/v1/topics/{topic['id']}", json={"name": "x"},
                               headers=tenant.editor)).status_code == 404
    assert (await client.post(f"/v1/topics/{topic['id']}/hold", headers=tenant.comms)).status_code == 404


async def test_a_topics_audience_applies_to_listing_reading_and_sharing(client: httpx.AsyncClient,
                                                                         tenant: Tenant) -> None:
    """A marketing ambassador neither lists, reads nor shares a post of a sales-only topic; sales does."""
    marketer = new_id()
    await deliver(client, identity.PERSON_CREATED, tenant.org_id, person_data(
        marketer, f"marketer@{tenant.org_id[-8:]}.example", "Marketer", job_function="marketing",
        org_unit_id=tenant.units["marketing"]))
    marketing_amb = issuer.headers(org=tenant.org_id, subject=marketer, roles=["learner", "ambassador"])
    sales_only = await make_topic(client, tenant, "b2b-deals", audience_job_functions=["sales"])
    by_unit = await make_topic(client, tenant, "sales-team", audience_org_unit_ids=[tenant.units["sales"]])
    everyone = await make_topic(client, tenant, "stores")
    hidden = await published_post(client, tenant, sales_only["id"], title="Sales only")
    hidden_by_unit = await published_post(client, tenant, by_unit["id"], title="Sales unit only")
    open_post = await published_post(client, tenant, everyone["id"], title="For everyone")
    assert (await join(client, marketing_amb)).status_code == 201
    assert (await join(client, tenant.amb)).status_code == 201

    listed = await client.get("/v1/posts", headers=marketing_amb)
    assert [p["id"] for p in listed.json()["items"]] == [open_post["id"]]
    for post in (hidden, hidden_by_unit):
        read = await client.get(f"/v1/posts/{post['id']}", headers=marketing_amb)
        assert read.status_code == 404 and read.headers["content-type"] == "application/problem+json"
        shared = await share(client, marketing_amb, post["id"])
        assert shared.status_code == 404, shared.text
    assert (await share(client, marketing_amb, open_post["id"])).status_code == 201

    # The sales ambassador is in both audiences (by job function and by unit).
    listed = await client.get("/v1/posts", headers=tenant.amb)
    assert {p["id"] for p in listed.json()["items"]} == {hidden["id"], hidden_by_unit["id"], open_post["id"]}
    assert (await client.get(f"/v1/posts/{hidden['id']}", headers=tenant.amb)).status_code == 200
    assert (await share(client, tenant.amb, hidden["id"])).status_code == 201
    # Editors and comms still see every topic's posts.
    for staff in (tenant.editor, tenant.comms):
        listed = await client.get("/v1/posts", headers=staff)
        assert {hidden["id"], hidden_by_unit["id"]} <= {p["id"] for p in listed.json()["items"]}
        assert (await client.get(f"/v1/posts/{hidden['id']}", headers=staff)).status_code == 200
