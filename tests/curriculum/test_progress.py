"""5. Progress: start and complete modules (quiz and prerequisites first), track completion, my learning."""

from tests.curriculum.conftest import RIGHT, WRONG, Tenant, my_learning, published_module, published_track


async def test_completion_needs_a_passed_quiz(tenant: Tenant) -> None:
    module = await published_module(tenant, quiz=True)
    lea = tenant.as_("lea")
    started = await tenant.http.post(f"/v1/modules/{module['id']}/start", headers=lea)
    assert started.status_code == 200 and started.json()["completed_at"] is None
    refused = await tenant.http.post(f"/v1/modules/{module['id']}/complete", headers=lea)
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "quiz"
    await tenant.http.post(f"/v1/modules/{module['id']}/quiz/attempts", json=WRONG, headers=lea)
    assert (await tenant.http.post(f"/v1/modules/{module['id']}/complete", headers=lea)).status_code == 422
    await tenant.http.post(f"/v1/modules/{module['id']}/quiz/attempts", json=RIGHT, headers=lea)
    done = await tenant.http.post(f"/v1/modules/{module['id']}/complete", headers=lea)
    assert done.status_code == 200
    assert done.json()["progress"]["completed_version"] == 1 and done.json()["progress"]["completed_at"]


async def test_prerequisites_must_be_completed_first(tenant: Tenant) -> None:
    basics = await published_module(tenant, title="Basics")
    advanced = await published_module(tenant, title="Advanced", prerequisites=[basics["id"]])
    lea = tenant.as_("lea")
    refused = await tenant.http.post(f"/v1/modules/{advanced['id']}/complete", headers=lea)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "prerequisites" and basics["id"] in refused.json()["detail"]
    assert (await tenant.http.post(f"/v1/modules/{basics['id']}/complete", headers=lea)).status_code == 200
    assert (await tenant.http.post(f"/v1/modules/{advanced['id']}/complete", headers=lea)).status_code == 200


async def test_a_track_completes_when_all_its_modules_do_and_my_learning_follows(tenant: Tenant) -> None:
    first, second = await published_module(tenant, title="First"), await published_module(tenant, title="Second")
    track = await published_track(tenant, [first["id"], second["id"]])
    await tenant.http.post("/v1/assignments", headers=tenant.as_("editor"), json={
        "person_id": tenant.id("lea"), "track_id": track["id"], "due_at": "2020-01-01T00:00:00Z"})
    learning = await my_learning(tenant, "lea")
    assert learning["overdue"] == 1 and learning["items"][0]["assignment"]["status"] == "overdue"
    assert learning["next"]["module_id"] == first["id"] and learning["next"]["title"] == "First"

    lea = tenant.as_("lea")
    one = await tenant.http.post(f"/v1/modules/{first['id']}/complete", headers=lea)
    assert one.json()["completed_tracks"] == []
    assert (await my_learning(tenant, "lea"))["next"]["module_id"] == second["id"]
    two = await tenant.http.post(f"/v1/modules/{second['id']}/complete", headers=lea)
    assert two.json()["completed_tracks"] == [track["id"]]
    learning = await my_learning(tenant, "lea")
    assert learning["next"] is None and learning["overdue"] == 0
    assert learning["items"][0]["assignment"]["status"] == "completed"
    assert learning["items"][0]["completed_modules"] == 2


async def test_learners_cannot_see_others_progress(tenant: Tenant) -> None:
    own = await tenant.http.get(f"/v1/people/{tenant.id('lea')}/progress", headers=tenant.as_("lea"))
    assert own.status_code == 200 and own.json()["person_id"] == tenant.id("lea")
    for viewer in ("sam", "manager", "editor"):
        other = await tenant.http.get(f"/v1/people/{tenant.id('lea')}/progress", headers=tenant.as_(viewer))
        assert other.status_code == 404


async def test_a_draft_module_cannot_be_started(tenant: Tenant) -> None:
    draft = await tenant.http.post("/v1/modules", headers=tenant.as_("editor"), json={
        "content": {"en": {"title": "Draft"}}, "phase": "role"})
    response = await tenant.http.post(f"/v1/modules/{draft.json()['id']}/start", headers=tenant.as_("lea"))
    assert response.status_code == 422
