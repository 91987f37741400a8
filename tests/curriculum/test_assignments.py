"""4. Assignments and assignment rules: applied on creation and on person events, never twice."""

from contracts.events import identity
from tests.curriculum.conftest import Tenant, my_learning, published_module, published_track


async def sales_track(tenant: Tenant) -> dict:  # type: ignore[type-arg]
    module = await published_module(tenant)
    return await published_track(tenant, [module["id"]])


def track_ids(learning: dict) -> list[str]:  # type: ignore[type-arg]
    return [i["assignment"]["track_id"] for i in learning["items"]]


async def test_a_rule_assigns_everyone_it_matches_when_created(tenant: Tenant) -> None:
    track = await sales_track(tenant)
    await tenant.person("gone", job_function="sales", unit="Sales", status="deactivated")
    rule = await tenant.http.post("/v1/assignment-rules", headers=tenant.as_("editor"), json={
        "track_id": track["id"], "job_functions": ["sales"], "org_unit_id": tenant.units["HQ"], "due_in_days": 30})
    assert rule.status_code == 201
    assert rule.json()["assigned_now"] == 2  # lea and sam; not the manager (leadership), not the deactivated
    learning = await my_learning(tenant, "lea")
    assert track_ids(learning) == [track["id"]]
    item = learning["items"][0]
    assert item["assignment"]["source"] == "rule" and item["assignment"]["due_at"] is not None
    assert item["total_modules"] == 1 and item["completed_modules"] == 0
    assert (await my_learning(tenant, "manager"))["items"] == []
    # The deactivated person got nothing (two assigned, above), and their token no longer opens anything.
    assert (await tenant.http.get("/v1/me/learning", headers=tenant.as_("gone"))).status_code == 401


async def test_person_events_apply_rules_to_new_hires_and_movers(tenant: Tenant) -> None:
    track = await sales_track(tenant)
    await tenant.http.post("/v1/assignment-rules", headers=tenant.as_("editor"), json={
        "track_id": track["id"], "job_functions": ["sales"], "org_unit_id": tenant.units["Sales"]})
    await tenant.person("newbie", job_function="sales", unit="Sales")
    assert track_ids(await my_learning(tenant, "newbie")) == [track["id"]]
    await tenant.person("mover", job_function="marketing", unit="HQ")
    assert track_ids(await my_learning(tenant, "mover")) == []
    await tenant.person("mover", job_function="sales", unit="Sales", version=2, event=identity.PERSON_UPDATED)
    assert track_ids(await my_learning(tenant, "mover")) == [track["id"]]
    # Another update (and a second matching rule) never duplicates the assignment.
    await tenant.http.post("/v1/assignment-rules", headers=tenant.as_("editor"), json={"track_id": track["id"]})
    await tenant.person("mover", job_function="sales", unit="Sales", version=3, event=identity.PERSON_UPDATED)
    assert track_ids(await my_learning(tenant, "mover")) == [track["id"]]


async def test_a_deactivated_person_gets_nothing_new(tenant: Tenant) -> None:
    track = await sales_track(tenant)
    await tenant.person("lea", job_function="sales", unit="Sales", status="deactivated", version=2,
                        event=identity.PERSON_DEACTIVATED)
    rule = await tenant.http.post("/v1/assignment-rules", headers=tenant.as_("editor"),
                                  json={"track_id": track["id"], "job_functions": ["sales"]})
    assert rule.json()["assigned_now"] == 1  # only sam
    manual = await tenant.http.post("/v1/assignments", headers=tenant.as_("editor"),
                                    json={"person_id": tenant.id("lea"), "track_id": track["id"]})
    assert manual.status_code == 422 and manual.json()["errors"][0]["field"] == "person_id"


async def test_manual_assignment_is_not_duplicated(tenant: Tenant) -> None:
    track = await sales_track(tenant)
    body = {"person_id": tenant.id("lea"), "track_id": track["id"], "due_at": "2030-01-31T12:00:00Z"}
    first = await tenant.http.post("/v1/assignments", headers=tenant.as_("editor"), json=body)
    assert first.status_code == 201 and first.json()["source"] == "manual"
    second = await tenant.http.post("/v1/assignments", headers=tenant.as_("editor"), json=body)
    assert second.status_code == 200 and second.json()["id"] == first.json()["id"]
    assert len((await my_learning(tenant, "lea"))["items"]) == 1


async def test_rules_and_assignments_are_for_editors(tenant: Tenant) -> None:
    track = await sales_track(tenant)
    lea = tenant.as_("lea")
    assert (await tenant.http.post("/v1/assignment-rules", headers=lea,
                                   json={"track_id": track["id"]})).status_code == 403
    assert (await tenant.http.post("/v1/assignments", headers=lea, json={
        "person_id": tenant.id("sam"), "track_id": track["id"]})).status_code == 403
    assert (await tenant.http.get("/v1/assignment-rules", headers=lea)).status_code == 403


async def test_rule_input_is_checked(tenant: Tenant) -> None:
    editor = tenant.as_("editor")
    missing = await tenant.http.post("/v1/assignment-rules", headers=editor, json={"track_id": "nope"})
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "track_id"
    track = await sales_track(tenant)
    unit = await tenant.http.post("/v1/assignment-rules", headers=editor,
                                  json={"track_id": track["id"], "org_unit_id": "nowhere"})
    assert unit.status_code == 422 and unit.json()["errors"][0]["field"] == "org_unit_id"
    rules = await tenant.http.get("/v1/assignment-rules", headers=editor)
    assert rules.json()["items"] == []


async def test_deleting_a_rule_stops_future_assignments(tenant: Tenant) -> None:
    track = await sales_track(tenant)
    rule = (await tenant.http.post("/v1/assignment-rules", headers=tenant.as_("editor"),
                                   json={"track_id": track["id"], "job_functions": ["hr"]})).json()
    deleted = await tenant.http.delete(f"/v1/assignment-rules/{rule['id']}", headers=tenant.as_("editor"))
    assert deleted.status_code == 204
    await tenant.person("hilde", job_function="hr")
    assert (await my_learning(tenant, "hilde"))["items"] == []
