"""3. Posts: variants per network and locale, the review workflow, suggestions, the publish window."""

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI

from tests.advocacy.conftest import LINK, Tenant, make_tenant, make_topic, published_post, variants
from tests.support import emitted_data


async def test_editor_publishes_after_another_editor_approves(client: httpx.AsyncClient, tenant: Tenant,
                                                              app: FastAPI) -> None:
    topic = await make_topic(client, tenant)
    created = await client.post("/v1/posts", json={"topic_id": topic["id"], "link": LINK, "title": "Bergen",
                                                   "variants": variants(), "priority": 5}, headers=tenant.editor)
    assert created.status_code == 201 and created.json()["status"] == "draft"
    post_id, etag = created.json()["id"], created.headers["etag"]
    assert (await client.post(f"/v1/posts/{post_id}/publish", headers=tenant.editor)).status_code == 409
    submitted = await client.post(f"/v1/posts/{post_id}/submit", headers={**tenant.editor, "If-Match": etag})
    assert submitted.json()["status"] == "in_review"
    own = await client.post(f"/v1/posts/{post_id}/approve", headers=tenant.editor)
    assert own.status_code == 403 and "must not be the author" in own.json()["detail"]
    assert (await client.post(f"/v1/posts/{post_id}/approve", headers=tenant.learner)).status_code == 403
    approved = await client.post(f"/v1/posts/{post_id}/approve", headers=tenant.editor2)
    assert approved.json()["status"] == "approved" and approved.json()["approver_id"] == tenant.ids["editor2"]
    published = await client.post(f"/v1/posts/{post_id}/publish", headers=tenant.editor)
    assert published.status_code == 200 and published.json()["status"] == "published"
    [event] = await emitted_data(app, tenant.org_id, "netwise.advocacy.post.published")
    assert event["id"] == post_id and event["topic_id"] == topic["id"] and event["title"] == "Bergen"
    assert (await client.patch(f"/v1/posts/{post_id}", json={"title": "New"}, headers=tenant.editor)).status_code \
        == 409
    withdrawn = await client.post(f"/v1/posts/{post_id}/withdraw", headers=tenant.editor)
    assert withdrawn.json()["status"] == "withdrawn"
    assert (await client.get(f"/v1/posts/{post_id}", headers=tenant.amb)).status_code == 404


async def test_employee_suggestion_enters_review_and_stays_private(client: httpx.AsyncClient,
                                                                  tenant: Tenant) -> None:
    topic = await make_topic(client, tenant)
    suggested = await client.post("/v1/posts", json={"topic_id": topic["id"], "link": LINK, "title": "Idea",
                                                     "variants": variants()}, headers=tenant.learner)
    assert suggested.status_code == 201 and suggested.json()["status"] == "in_review"
    post_id = suggested.json()["id"]
    assert (await client.get(f"/v1/posts/{post_id}", headers=tenant.amb)).status_code == 404
    mine = await client.get("/v1/posts", headers=tenant.learner)
    assert [p["id"] for p in mine.json()["items"]] == [post_id]
    queue = await client.get("/v1/posts?status=in_review", headers=tenant.editor)
    assert [p["id"] for p in queue.json()["items"]] == [post_id]
    rejected = await client.post(f"/v1/posts/{post_id}/reject", json={"note": "Link to the campaign page"},
                                 headers=tenant.editor)
    assert rejected.json()["status"] == "draft" and rejected.json()["review_note"] == "Link to the campaign page"
    assert (await client.post(f"/v1/posts/{post_id}/submit", headers=tenant.learner)).status_code == 200
    approved = await client.post(f"/v1/posts/{post_id}/approve", headers=tenant.editor)
    assert approved.json()["status"] == "approved"  # the editor is not the author of a suggestion


async def test_readers_get_their_locale_editors_every_variant(client: httpx.AsyncClient) -> None:
    tenant = await make_tenant(client, locale_of={"amb": "nb-NO"})
    topic = await make_topic(client, tenant)
    texts = [{"network": "linkedin", "locale": "sv-SE", "text": "Ny butik i Bergen #employee"},
             {"network": "linkedin", "locale": "nb-NO", "text": "Ny butikk i Bergen #employee"},
             {"network": "linkedin", "locale": "en", "text": "New store in Bergen #employee"}]
    post = await published_post(client, tenant, topic["id"], variants=texts)
    as_reader = await client.get(f"/v1/posts/{post['id']}", headers=tenant.amb)
    assert as_reader.headers["content-language"] == "nb-NO" and as_reader.json()["locale"] == "nb-NO"
    assert [v["text"] for v in as_reader.json()["variants"]] == ["Ny butikk i Bergen #employee"]
    by_header = await client.get(f"/v1/posts/{post['id']}", headers={**tenant.learner, "Accept-Language": "en"})
    assert by_header.json()["locale"] == "en"
    default = await client.get(f"/v1/posts/{post['id']}", headers=tenant.learner)
    assert default.json()["locale"] == "sv-SE"  # the organisation's default
    assert len((await client.get(f"/v1/posts/{post['id']}", headers=tenant.editor)).json()["variants"]) == 3


async def test_edits_need_the_current_etag_and_valid_input(client: httpx.AsyncClient, tenant: Tenant) -> None:
    topic = await make_topic(client, tenant)
    created = await client.post("/v1/posts", json={"topic_id": topic["id"], "link": LINK, "title": "Draft"},
                                headers=tenant.editor)
    post_id = created.json()["id"]
    assert (await client.patch(f"/v1/posts/{post_id}", json={"title": "B"},
                               headers={**tenant.editor, "If-Match": '"5"'})).status_code == 412
    edited = await client.patch(f"/v1/posts/{post_id}", json={"title": "Better"},
                                headers={**tenant.editor, "If-Match": created.headers["etag"]})
    assert edited.json()["title"] == "Better" and edited.headers["etag"] == '"2"'
    empty = await client.post(f"/v1/posts/{post_id}/submit", headers=tenant.editor)
    assert empty.status_code == 422 and empty.json()["errors"][0]["field"] == "variants"
    bad = await client.post("/v1/posts", json={"topic_id": topic["id"], "link": "ftp://x", "title": "",
                                               "priority": 9}, headers=tenant.editor)
    assert bad.status_code == 422
    assert {"link", "title", "priority"} <= {e["field"] for e in bad.json()["errors"]}
    naive = await client.post("/v1/posts", json={"topic_id": topic["id"], "link": LINK, "title": "T",
                                                 "starts_at": "2030-01-01T00:00:00"}, headers=tenant.editor)
    assert naive.status_code == 422
    unknown = await client.post("/v1/posts", json={"topic_id": "nope", "link": LINK, "title": "T"},
                                headers=tenant.editor)
    assert unknown.status_code == 404 and "topic_id" in unknown.json()["detail"]


async def test_publish_window_decides_what_is_live(client: httpx.AsyncClient, tenant: Tenant) -> None:
    topic = await make_topic(client, tenant)
    now = datetime.now(UTC)
    later = await published_post(client, tenant, topic["id"], starts_at=(now + timedelta(days=1)).isoformat())
    expired = await published_post(client, tenant, topic["id"], starts_at=(now - timedelta(days=2)).isoformat(),
                                   expires_at=(now - timedelta(seconds=1)).isoformat())
    live = await published_post(client, tenant, topic["id"])
    assert expired["status"] == "expired"
    listed = await client.get("/v1/posts", headers=tenant.amb)
    assert [p["id"] for p in listed.json()["items"]] == [live["id"]]
    assert later["id"] not in [p["id"] for p in listed.json()["items"]]
    expired_list = await client.get("/v1/posts?status=expired", headers=tenant.editor)
    assert [p["id"] for p in expired_list.json()["items"]] == [expired["id"]]


async def test_another_organisations_post_is_not_found(client: httpx.AsyncClient, tenant: Tenant) -> None:
    other = await make_tenant(client)
    post = await published_post(client, other, (await make_topic(client, other))["id"])
    for method, path in (("GET", ""), ("PATCH", ""), ("POST", "/approve"), ("POST", "/shares")):
        response = await client.request(method, f"/v1/posts/{post['id']}{path}", headers=tenant.editor,
                                        json={"network": "x"} if path == "/shares" else {})
        assert response.status_code == 404, (method, path, response.text)
