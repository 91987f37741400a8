"""1. Ambassadors: voluntary opt-in with recorded consent, eligibility from curriculum's events, opt-out."""

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI

from tests.advocacy.conftest import Tenant, certify, issuer, join, make_topic
from tests.support import deliver, emitted_data


async def require(client: httpx.AsyncClient, tenant: Tenant, **settings: object) -> None:
    current = await client.get("/v1/programme", headers=tenant.admin)
    response = await client.put("/v1/programme", json=settings, headers={
        **tenant.admin, "If-Match": current.headers["etag"]})
    assert response.status_code == 200, response.text


async def test_joining_records_consent_time_and_policy_version(client: httpx.AsyncClient, tenant: Tenant,
                                                               app: FastAPI) -> None:
    await deliver(client, "netwise.curriculum.policy.acknowledged", tenant.org_id, {
        "person_id": tenant.ids["amb"], "policy_id": "social-media-policy", "version": "2.1", "major": 2,
        "acknowledged_at": datetime.now(UTC).isoformat()})
    topic = await make_topic(client, tenant)
    before = datetime.now(UTC)
    response = await join(client, tenant.amb, topic_ids=[topic["id"]], digest_day="thursday",
                          digest_channel="chat")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "active" and body["person_id"] == tenant.ids["amb"]
    assert body["policy_version"] == "social-media-policy@2.1"
    assert datetime.fromisoformat(body["consented_at"]) >= before - timedelta(seconds=1)
    assert body["digest_day"] == "thursday" and body["digest_channel"] == "chat"
    assert body["topic_ids"] == [topic["id"]]
    assert response.headers["etag"] == '"1"'
    assert (await client.get("/v1/ambassadors/me", headers=tenant.amb)).json() == body
    [enrolled] = await emitted_data(app, tenant.org_id, "netwise.advocacy.ambassador.enrolled")
    assert enrolled["person_id"] == tenant.ids["amb"] and enrolled["networks"] == ["linkedin", "x", "facebook"]


async def test_joining_needs_explicit_consent(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await join(client, tenant.amb, consent=False)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "consent"
    assert (await client.get("/v1/ambassadors/me", headers=tenant.amb)).status_code == 404


async def test_eligibility_follows_certification_and_policy_events(client: httpx.AsyncClient,
                                                                   tenant: Tenant) -> None:
    await require(client, tenant, required_certification="social-media-ambassador",
                  require_policy_acknowledgement=True)
    await deliver(client, "netwise.curriculum.policy.published", tenant.org_id, {
        "policy_id": "smp", "version": "3.0", "major": 3, "requires_acknowledgement": True,
        "published_at": datetime.now(UTC).isoformat()})
    verdict = (await client.get("/v1/ambassadors/me/eligibility", headers=tenant.amb)).json()
    assert verdict["eligible"] is False and len(verdict["reasons"]) == 2
    refused = await join(client, tenant.amb)
    assert refused.status_code == 403
    assert {e["field"] for e in refused.json()["errors"]} == {"eligibility"}

    await certify(client, tenant, "amb", "social-media-ambassador")
    await deliver(client, "netwise.curriculum.policy.acknowledged", tenant.org_id, {
        "person_id": tenant.ids["amb"], "policy_id": "smp", "version": "3.0", "major": 3,
        "acknowledged_at": datetime.now(UTC).isoformat()})
    verdict = (await client.get("/v1/ambassadors/me/eligibility", headers=tenant.amb)).json()
    assert verdict == {"eligible": True, "reasons": [], "certifications": ["social-media-ambassador"],
                       "policy_acknowledged": True}
    assert (await join(client, tenant.amb)).status_code == 201

    # A new major version of the policy must be acknowledged again by people who join after it.
    await deliver(client, "netwise.curriculum.policy.published", tenant.org_id, {
        "policy_id": "smp", "version": "4.0", "major": 4, "requires_acknowledgement": True,
        "published_at": datetime.now(UTC).isoformat()})
    await certify(client, tenant, "amb2", "social-media-ambassador")
    assert (await join(client, tenant.amb2)).status_code == 403


async def test_expired_certification_makes_a_person_ineligible(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await require(client, tenant, required_certification="social-media-ambassador")
    cert = await certify(client, tenant, "amb", "social-media-ambassador")
    await deliver(client, "netwise.curriculum.certification.expired", tenant.org_id, {
        "id": cert, "person_id": tenant.ids["amb"], "track_id": "t", "certification_key": "social-media-ambassador",
        "expired_at": datetime.now(UTC).isoformat()})
    assert (await join(client, tenant.amb)).status_code == 403


async def test_preferences_change_with_if_match(client: httpx.AsyncClient, tenant: Tenant) -> None:
    joined = await join(client, tenant.amb)
    stale = await client.patch("/v1/ambassadors/me", json={"digest_channel": "none"},
                               headers={**tenant.amb, "If-Match": '"7"'})
    assert stale.status_code == 412
    changed = await client.patch("/v1/ambassadors/me", json={"digest_channel": "none", "leaderboard_opt_in": True,
                                                             "networks": [{"network": "bluesky", "followers": 9}]},
                                 headers={**tenant.amb, "If-Match": joined.headers["etag"]})
    assert changed.status_code == 200
    assert changed.json()["digest_channel"] == "none" and changed.json()["networks"][0]["network"] == "bluesky"
    assert changed.headers["etag"] == '"2"'
    unknown_topic = await client.patch("/v1/ambassadors/me", json={"topic_ids": ["nope"]}, headers=tenant.amb)
    assert unknown_topic.status_code == 422 and unknown_topic.json()["errors"][0]["field"] == "topic_ids"


async def test_leaving_and_joining_again(client: httpx.AsyncClient, tenant: Tenant, app: FastAPI) -> None:
    assert (await join(client, tenant.amb)).status_code == 201
    assert (await join(client, tenant.amb)).status_code == 409  # already in
    left = await client.post("/v1/ambassadors/me/leave", headers=tenant.amb)
    assert left.status_code == 200 and left.json()["status"] == "left" and left.json()["left_at"]
    assert [e["person_id"] for e in await emitted_data(app, tenant.org_id,
                                                  "netwise.advocacy.ambassador.left")] == [tenant.ids["amb"]]
    again = await join(client, tenant.amb)
    assert again.status_code == 200 and again.json()["status"] == "active" and again.json()["left_at"] is None


async def test_integration_clients_cannot_join_and_tokens_are_required(client: httpx.AsyncClient,
                                                                      tenant: Tenant) -> None:
    lms = issuer.headers(org=tenant.org_id, subject="nw_lms", scopes=["catalog:read"], client=True)
    assert (await join(client, lms)).status_code == 403
    assert (await client.get("/v1/ambassadors/me")).status_code == 401
