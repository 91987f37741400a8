"""10. Events: consumed idempotently from curriculum (and identity), and refused when malformed."""

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI

from contracts.events.advocacy import EVENT_SCHEMAS
from kit.ids import utcnow
from services.advocacy import clicks
from tests.advocacy.conftest import BROWSER, Tenant, join, make_topic, published_post, set_programme, share
from tests.support import emitted_data, envelope, signed_event


async def test_certification_event_redelivered_changes_nothing(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await set_programme(client, tenant, required_certification="social-media-ambassador")
    issued = envelope("netwise.curriculum.certification.issued", tenant.org_id, {
        "id": "cert-1", "person_id": tenant.ids["amb"], "track_id": "t1",
        "certification_key": "social-media-ambassador", "issued_at": datetime.now(UTC).isoformat(),
        "expires_at": (datetime.now(UTC) + timedelta(days=365)).isoformat()})
    expired = envelope("netwise.curriculum.certification.expired", tenant.org_id, {
        "id": "cert-1", "person_id": tenant.ids["amb"], "track_id": "t1",
        "certification_key": "social-media-ambassador", "expired_at": datetime.now(UTC).isoformat()})
    for sent in (issued, expired, issued):  # the issued event arrives again after the expiry
        response = await client.post("/internal/events", **signed_event(sent))
        assert response.status_code == 204
    verdict = (await client.get("/v1/ambassadors/me/eligibility", headers=tenant.amb)).json()
    assert verdict["certifications"] == [] and verdict["eligible"] is False
    assert (await join(client, tenant.amb)).status_code == 403


async def test_a_malformed_event_is_refused_and_can_be_sent_again(client: httpx.AsyncClient,
                                                                  tenant: Tenant) -> None:
    broken = envelope("netwise.curriculum.certification.issued", tenant.org_id, {"id": "c2"})
    response = await client.post("/internal/events", **signed_event(broken))
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {
        "data.person_id", "data.track_id", "data.certification_key", "data.issued_at", "data.expires_at"}
    broken["data"] = {"id": "c2", "person_id": tenant.ids["amb"], "track_id": "t", "certification_key": "k",
                      "issued_at": datetime.now(UTC).isoformat(),
                      "expires_at": (datetime.now(UTC) + timedelta(days=365)).isoformat()}
    assert (await client.post("/internal/events", **signed_event(broken))).status_code == 204
    assert (await client.get("/v1/ambassadors/me/eligibility", headers=tenant.amb)).json()["certifications"] == ["k"]


async def test_internal_events_need_the_internal_token(client: httpx.AsyncClient, tenant: Tenant) -> None:
    unsigned = envelope("netwise.curriculum.certification.issued", tenant.org_id, {})
    assert (await client.post("/internal/events", json=unsigned, headers=tenant.admin)).status_code == 401


async def test_every_emitted_event_matches_its_documented_schema(client: httpx.AsyncClient, tenant: Tenant,
                                                                 app: FastAPI) -> None:
    post = await published_post(client, tenant, (await make_topic(client, tenant))["id"])
    await join(client, tenant.amb)
    created = (await share(client, tenant.amb, post["id"])).json()
    await client.get("/r/" + created["short_url"].rsplit("/", 1)[1], headers={"User-Agent": BROWSER})
    await clicks.flush_click_minutes(app.state.db, app.state.outbox,
                                     utcnow() + timedelta(minutes=2))
    await client.post("/v1/conversations", json={"url": "https://x.com/a/status/1"}, headers=tenant.learner)
    await client.post("/v1/ambassadors/me/leave", headers=tenant.amb)
    await set_programme(client, tenant, earned_media_cpm_minor=9000)
    for event_type, schema in EVENT_SCHEMAS.items():
        found = await emitted_data(app, tenant.org_id, event_type)
        assert len(found) == 1, event_type
        schema.model_validate(found[0], strict=False)
        assert set(found[0]) == set(schema.model_fields), event_type
