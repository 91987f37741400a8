"""12. Events: what the outbox holds after a completion, and person events creating rule-based assignments once."""

from fastapi import FastAPI

from contracts.events import identity
from kit.ids import new_id
from tests.curriculum.conftest import Tenant, published_module, published_track
from tests.support import emitted, envelope, person_data, signed_event


async def test_completion_emits_module_track_and_certification_events(tenant: Tenant,
                                                                      app: FastAPI) -> None:
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]],
                                  certification={"key": "social-media-ambassador", "validity_days": 365})
    done = (await tenant.http.post(f"/v1/modules/{module['id']}/complete", headers=tenant.as_("lea"))).json()
    certification = done["certifications"][0]
    events = await emitted(app, tenant.org_id)
    assert [e["type"] for e in events] == ["netwise.curriculum.module.completed",
                                           "netwise.curriculum.track.completed",
                                           "netwise.curriculum.certification.issued"]
    assert all(e["source"] == "/netwise/curriculum" and e["subject"] == tenant.id("lea") for e in events)
    assert events[0]["data"] == {"person_id": tenant.id("lea"), "module_id": module["id"],
                                 "completed_at": done["progress"]["completed_at"].replace("Z", "+00:00")}
    assert events[1]["data"]["track_id"] == track["id"]
    assert events[2]["data"] == {
        "id": certification["id"], "person_id": tenant.id("lea"), "track_id": track["id"],
        "certification_key": "social-media-ambassador",
        "issued_at": certification["issued_at"], "expires_at": certification["expires_at"]}


async def test_person_events_create_rule_assignments_once_even_when_redelivered(
        tenant: Tenant, app: FastAPI) -> None:
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]])
    await tenant.http.post("/v1/assignment-rules", headers=tenant.as_("editor"),
                           json={"track_id": track["id"], "job_functions": ["hr"]})
    hire = person_data(new_id(), "hanna@example.com", "Hanna HR", job_function="hr")
    created_event = envelope(identity.PERSON_CREATED, tenant.org_id, hire)
    for _ in range(2):
        response = await tenant.http.post("/internal/events", **signed_event(created_event))
        assert response.status_code == 204
    # A new event about the same person (an update) does not duplicate the assignment either.
    update = {**created_event, "id": new_id(), "type": identity.PERSON_UPDATED,
              "data": {**hire, "version": 2, "name": "Hanna H."}}
    assert (await tenant.http.post("/internal/events", **signed_event(update))).status_code == 204

    created = await emitted(app, tenant.org_id, "netwise.curriculum.assignment.created")
    assert [(e["data"]["person_id"], e["data"]["track_id"], e["data"]["source"]) for e in created] == [
        (hire["id"], track["id"], "rule")]
    assert created[0]["data"]["module_id"] is None and created[0]["data"]["required"] is True
    forged = await tenant.http.post("/internal/events", **signed_event({**created_event, "id": new_id()}, key="wrong"))
    assert forged.status_code == 401


async def test_policy_events_carry_version_and_major(tenant: Tenant, app: FastAPI) -> None:
    policy = (await tenant.http.post("/v1/policies", headers=tenant.as_("editor"), json={
        "content": {"en": {"title": "Policy", "body": "Be kind."}}})).json()
    await tenant.http.post(f"/v1/policies/{policy['id']}/acknowledgements", json={"version": "1.0"},
                           headers=tenant.as_("lea"))
    published = await emitted(app, tenant.org_id, "netwise.curriculum.policy.published")
    acknowledged = await emitted(app, tenant.org_id, "netwise.curriculum.policy.acknowledged")
    assert published[0]["data"] | {"published_at": None} == {
        "policy_id": policy["id"], "version": "1.0", "major": 1, "requires_acknowledgement": True,
        "published_at": None}
    assert acknowledged[0]["data"] | {"acknowledged_at": None} == {
        "person_id": tenant.id("lea"), "policy_id": policy["id"], "version": "1.0", "major": 1,
        "acknowledged_at": None}
