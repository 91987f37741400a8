"""3. Tracks: ordered modules, audience, required or optional, certification."""

from tests.curriculum.conftest import Tenant, module_body, published_module, published_track


async def test_editor_builds_and_publishes_a_track_with_a_certification(tenant: Tenant) -> None:
    first, second = await published_module(tenant), await published_module(tenant, title="Second")
    track = await published_track(tenant, [second["id"], first["id"]],
                                  certification={"key": "social-media-ambassador", "validity_days": 365})
    assert track["module_ids"] == [second["id"], first["id"]]
    assert track["required"] is True and track["status"] == "published"
    assert track["certification"] == {"key": "social-media-ambassador", "validity_days": 365}
    seen = await tenant.http.get(f"/v1/tracks/{track['id']}", headers=tenant.as_("lea"))
    assert seen.status_code == 200 and seen.headers["content-language"] == "en"


async def test_foundations_is_optional_by_default(tenant: Tenant) -> None:
    module = await published_module(tenant, phase="foundations")
    track = await published_track(tenant, [module["id"]], phase="foundations")
    assert track["required"] is False


async def test_a_track_with_unpublished_modules_cannot_be_published(tenant: Tenant) -> None:
    editor = tenant.as_("editor")
    draft = (await tenant.http.post("/v1/modules", json=module_body(), headers=editor)).json()
    track = await tenant.http.post("/v1/tracks", headers=editor, json={
        "content": {"en": {"title": "T"}}, "phase": "role", "module_ids": [draft["id"]]})
    assert track.status_code == 201 and track.json()["status"] == "draft"
    refused = await tenant.http.post(f"/v1/tracks/{track.json()['id']}/publish", headers=editor)
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "module_ids[0]"
    assert (await tenant.http.get(f"/v1/tracks/{track.json()['id']}", headers=tenant.as_("lea"))).status_code == 404
    listing = await tenant.http.get("/v1/tracks", headers=tenant.as_("lea"))
    assert track.json()["id"] not in [t["id"] for t in listing.json()["items"]]


async def test_track_rules_on_bad_input_and_roles(tenant: Tenant) -> None:
    http = tenant.http
    unknown = await http.post("/v1/tracks", headers=tenant.as_("editor"), json={
        "content": {"en": {"title": "T"}}, "phase": "role", "module_ids": ["missing"],
        "certification": {"key": "Not A Slug", "validity_days": 0}})
    assert unknown.status_code == 422
    assert {"certification.key", "certification.validity_days"} <= {e["field"] for e in unknown.json()["errors"]}
    missing = await http.post("/v1/tracks", headers=tenant.as_("editor"), json={
        "content": {"en": {"title": "T"}}, "phase": "role", "module_ids": ["missing"]})
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "module_ids[0]"
    assert (await http.post("/v1/tracks", headers=tenant.as_("lea"), json={
        "content": {"en": {"title": "T"}}, "phase": "role"})).status_code == 403


async def test_track_update_honours_if_match(tenant: Tenant) -> None:
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]])
    editor = tenant.as_("editor")
    current = await tenant.http.get(f"/v1/tracks/{track['id']}", headers=editor)
    changed = await tenant.http.patch(f"/v1/tracks/{track['id']}", json={"required": False},
                                      headers={**editor, "If-Match": current.headers["etag"]})
    assert changed.status_code == 200 and changed.json()["required"] is False
    stale = await tenant.http.patch(f"/v1/tracks/{track['id']}", json={"required": True},
                                    headers={**editor, "If-Match": current.headers["etag"]})
    assert stale.status_code == 412
