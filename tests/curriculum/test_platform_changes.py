"""7. Platform changes: modules covering the platform are flagged; republishing sends refreshers, once."""

from tests.curriculum.conftest import Tenant, my_learning, published_module, published_track


async def test_platform_change_flags_modules_and_republish_sends_one_refresher(tenant: Tenant) -> None:
    http, editor = tenant.http, tenant.as_("editor")
    linkedin = await published_module(tenant, title="LinkedIn", platforms=["linkedin"])
    facebook = await published_module(tenant, title="Facebook", platforms=["facebook"])
    await published_track(tenant, [linkedin["id"], facebook["id"]],
                          certification={"key": "social-media-ambassador", "validity_days": 365})
    for module in (linkedin, facebook):
        assert (await http.post(f"/v1/modules/{module['id']}/complete", headers=tenant.as_("lea"))).status_code == 200
    await http.post(f"/v1/modules/{linkedin['id']}/complete", headers=tenant.as_("sam"))  # not certified

    change = await http.post("/v1/platform-changes", headers=editor, json={
        "platform": "linkedin", "summary": "New creator mode replaces the old profile layout",
        "effective_on": "2026-03-01"})
    assert change.status_code == 201 and change.json()["flagged_module_ids"] == [linkedin["id"]]
    flagged = await http.get(f"/v1/modules/{linkedin['id']}", headers=editor)
    assert flagged.json()["needs_review"] is True and "creator mode" in flagged.json()["review_reason"]
    assert (await http.get(f"/v1/modules/{facebook['id']}", headers=editor)).json()["needs_review"] is False

    republished = await http.post(f"/v1/modules/{linkedin['id']}/publish", headers=editor)
    assert republished.status_code == 200 and republished.json()["needs_review"] is False
    assert republished.json()["version"] == 2
    refreshers = [i for i in (await my_learning(tenant, "lea"))["items"]
                  if i["assignment"]["source"] == "refresher"]
    assert [(r["assignment"]["module_id"], r["assignment"]["track_id"]) for r in refreshers] == [
        (linkedin["id"], None)]
    assert (await my_learning(tenant, "lea"))["next"]["module_id"] == linkedin["id"]
    assert (await my_learning(tenant, "sam"))["items"] == []

    # Publishing again without a new platform change sends nothing more.
    await http.patch(f"/v1/modules/{linkedin['id']}", json={"estimated_minutes": 25}, headers=editor)
    await http.post(f"/v1/modules/{linkedin['id']}/publish", headers=editor)
    again = [i for i in (await my_learning(tenant, "lea"))["items"] if i["assignment"]["source"] == "refresher"]
    assert len(again) == 1

    done = await http.post(f"/v1/modules/{linkedin['id']}/complete", headers=tenant.as_("lea"))
    assert done.status_code == 200 and done.json()["completed_tracks"] == []  # a refresher is not a recertification
    statuses = [i["assignment"]["status"] for i in (await my_learning(tenant, "lea"))["items"]]
    assert statuses == ["completed"]


async def test_platform_changes_are_for_editors_and_checked(tenant: Tenant) -> None:
    body = {"platform": "myspace", "summary": "", "effective_on": "soon"}
    refused = await tenant.http.post("/v1/platform-changes", headers=tenant.as_("editor"), json=body)
    assert refused.status_code == 422
    assert {"platform", "summary", "effective_on"} <= {e["field"] for e in refused.json()["errors"]}
    ok = {"platform": "x", "summary": "API change", "effective_on": "2026-02-01"}
    assert (await tenant.http.post("/v1/platform-changes", headers=tenant.as_("lea"), json=ok)).status_code == 403
    listing = await tenant.http.get("/v1/platform-changes", headers=tenant.as_("editor"))
    assert listing.json()["items"] == []
