"""11. For LMS integrations: catalogue with updated_since, idempotent enrolment, external completions, progress."""

import asyncio
from datetime import UTC, datetime

from tests.curriculum.conftest import Tenant, published_module, published_track

KEY = "Idempotency-Key"


async def test_catalogue_lists_published_content_incrementally(tenant: Tenant) -> None:
    lms = tenant.client_headers("catalog:read")
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]])
    await asyncio.sleep(0.01)
    since = datetime.now(UTC).isoformat()
    tracks = await tenant.http.get("/v1/tracks", headers=lms)
    assert track["id"] in [t["id"] for t in tracks.json()["items"]]
    assert (await tenant.http.get("/v1/tracks", params={"updated_since": since}, headers=lms)).json()["items"] == []
    later = await published_module(tenant, title="Later")
    modules = await tenant.http.get("/v1/modules", params={"updated_since": since}, headers=lms)
    assert [m["id"] for m in modules.json()["items"]] == [later["id"]]
    nope = await tenant.http.get("/v1/tracks", headers=tenant.client_headers("completions:write"))
    assert nope.status_code == 403


async def test_enrolment_by_email_is_idempotent(tenant: Tenant) -> None:
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]])
    lms = tenant.client_headers("enrolments:write")
    body = {"track_id": track["id"], "email": tenant.email("lea").upper()}
    first = await tenant.http.post("/v1/enrolments", json=body, headers={**lms, KEY: "enrol-1"})
    assert first.status_code == 201
    assert first.json()["source"] == "lms" and first.json()["person_id"] == tenant.id("lea")
    replay = await tenant.http.post("/v1/enrolments", json=body, headers={**lms, KEY: "enrol-1"})
    assert replay.status_code == 201 and replay.json() == first.json()
    assert replay.headers["idempotent-replayed"] == "true"
    reused = await tenant.http.post("/v1/enrolments", json={**body, "required": False},
                                    headers={**lms, KEY: "enrol-1"})
    assert reused.status_code == 422 and reused.json()["errors"][0]["field"] == KEY
    by_id = await tenant.http.post("/v1/enrolments", json={"track_id": track["id"], "person_id": tenant.id("lea")},
                                   headers={**lms, KEY: "enrol-2"})
    assert by_id.status_code == 200 and by_id.json()["id"] == first.json()["id"]  # no duplicate assignment


async def test_enrolment_problems_name_the_field(tenant: Tenant) -> None:
    lms = tenant.client_headers("enrolments:write")
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]])
    unknown = await tenant.http.post("/v1/enrolments", json={"track_id": track["id"], "email": "x@nowhere.example"},
                                     headers=lms)
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "email"
    both = await tenant.http.post("/v1/enrolments", headers=lms,
                                  json={"track_id": track["id"], "email": "a@b.c", "person_id": "p"})
    assert both.status_code == 422
    no_track = await tenant.http.post("/v1/enrolments", json={"track_id": "t", "person_id": tenant.id("lea")},
                                      headers=lms)
    assert no_track.status_code == 422 and no_track.json()["errors"][0]["field"] == "track_id"
    wrong_scope = await tenant.http.post("/v1/enrolments", json={"track_id": track["id"], "person_id": "p"},
                                         headers=tenant.client_headers("catalog:read"))
    assert wrong_scope.status_code == 403


async def test_external_completions_count_and_certify(tenant: Tenant) -> None:
    quizzed = await published_module(tenant, quiz=True)
    track = await published_track(tenant, [quizzed["id"]],
                                  certification={"key": "sensitive-topics", "validity_days": 180})
    lms = tenant.client_headers("completions:write")
    body = {"email": tenant.email("lea"), "module_id": quizzed["id"], "completed_at": "2026-01-10T09:00:00Z"}
    done = await tenant.http.post("/v1/completions", json=body, headers={**lms, KEY: "c-1"})
    assert done.status_code == 201
    assert done.json()["source"] == "lms" and done.json()["completed_tracks"] == [track["id"]]
    assert done.json()["certifications"][0]["expires_at"] == "2026-07-09T09:00:00Z"
    replay = await tenant.http.post("/v1/completions", json=body, headers={**lms, KEY: "c-1"})
    assert replay.json() == done.json()

    whole = await tenant.http.post("/v1/completions", headers=lms,
                                   json={"person_id": tenant.id("sam"), "track_id": track["id"]})
    assert whole.status_code == 201 and whole.json()["certifications"][0]["certification_key"] == "sensitive-topics"
    future = await tenant.http.post("/v1/completions", headers=lms, json={
        "person_id": tenant.id("sam"), "track_id": track["id"], "completed_at": "2999-01-01T00:00:00Z"})
    assert future.status_code == 422 and future.json()["errors"][0]["field"] == "completed_at"
    assert (await tenant.http.post("/v1/completions", json=body,
                                   headers=tenant.client_headers("enrolments:write"))).status_code == 403


async def test_progress_is_readable_with_progress_read(tenant: Tenant) -> None:
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]], certification={"key": "k", "validity_days": 30})
    await tenant.http.post(f"/v1/modules/{module['id']}/complete", headers=tenant.as_("lea"))
    reader = tenant.client_headers("progress:read")
    progress = await tenant.http.get(f"/v1/people/{tenant.id('lea')}/progress", headers=reader)
    assert progress.status_code == 200
    body = progress.json()
    assert [m["module_id"] for m in body["modules"]] == [module["id"]]
    assert [t["track_id"] for t in body["tracks"]] == [track["id"]]
    assert [c["certification_key"] for c in body["certifications"]] == ["k"]
    certs = await tenant.http.get(f"/v1/people/{tenant.id('lea')}/certifications", headers=reader)
    assert [c["status"] for c in certs.json()["items"]] == ["active"]
    assert (await tenant.http.get(f"/v1/people/{tenant.id('lea')}/progress",
                                  headers=tenant.client_headers("catalog:read"))).status_code == 404
    assert (await tenant.http.get("/v1/people/nobody/progress", headers=reader)).status_code == 404
