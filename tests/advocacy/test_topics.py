"""2. Topics: audience, sensitive topics naming a certification, and the hold (crisis mode)."""

import httpx

from services.advocacy.schemas import HOLD_GUIDANCE
from tests.advocacy.conftest import Tenant, make_tenant, make_topic


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
