"""1. Modules: drafts, immutable published versions, locale variants, prerequisites without cycles."""

import httpx

from contracts.events import identity
from tests.curriculum.conftest import Tenant, make_tenant, module_body, published_module
from tests.support import organisation_data


async def test_learner_keeps_seeing_the_published_version_while_the_editor_edits(tenant: Tenant) -> None:
    http, editor = tenant.http, tenant.as_("editor")
    module = await published_module(tenant)
    assert module["version"] == 1 and module["status"] == "published"

    draft = await http.get(f"/v1/modules/{module['id']}", params={"view": "draft"}, headers=editor)
    changed = await http.patch(f"/v1/modules/{module['id']}", headers={**editor, "If-Match": draft.headers["etag"]},
                               json={"content": {"en": {"title": "Social selling, revised", "body": "New"}}})
    assert changed.status_code == 200 and changed.json()["has_unpublished_changes"] is True

    seen = await http.get(f"/v1/modules/{module['id']}", headers=tenant.as_("lea"))
    assert seen.status_code == 200
    assert seen.json()["title"] == "Social selling on LinkedIn" and seen.json()["version"] == 1
    assert seen.json()["content"] is None  # learners get one variant, not the editing map

    republished = await http.post(f"/v1/modules/{module['id']}/publish", headers=editor)
    assert republished.json()["version"] == 2
    seen = await http.get(f"/v1/modules/{module['id']}", headers=tenant.as_("lea"))
    assert seen.json()["title"] == "Social selling, revised" and seen.json()["version"] == 2
    assert seen.headers["etag"] == '"2"'


async def test_a_draft_is_invisible_to_learners_and_its_draft_view_is_for_editors(tenant: Tenant) -> None:
    http = tenant.http
    created = await http.post("/v1/modules", json=module_body(), headers=tenant.as_("editor"))
    assert created.status_code == 201 and created.json()["version"] == 0 and created.json()["status"] == "draft"
    assert created.headers["location"] == f"/v1/modules/{created.json()['id']}"
    module_id = created.json()["id"]
    assert (await http.get(f"/v1/modules/{module_id}", headers=tenant.as_("lea"))).status_code == 404
    forbidden = await http.get(f"/v1/modules/{module_id}", params={"view": "draft"}, headers=tenant.as_("lea"))
    assert forbidden.status_code == 403
    listing = await http.get("/v1/modules", headers=tenant.as_("lea"))
    assert module_id not in [m["id"] for m in listing.json()["items"]]
    drafts = await http.get("/v1/modules", params={"view": "draft", "status": "draft"}, headers=tenant.as_("editor"))
    assert [m["id"] for m in drafts.json()["items"]] == [module_id]


async def test_learners_cannot_create_or_change_content(tenant: Tenant) -> None:
    module = await published_module(tenant)
    lea = tenant.as_("lea")
    assert (await tenant.http.post("/v1/modules", json=module_body(), headers=lea)).status_code == 403
    patched = await tenant.http.patch(f"/v1/modules/{module['id']}", json={"estimated_minutes": 5}, headers=lea)
    assert patched.status_code == 403
    assert (await tenant.http.post(f"/v1/modules/{module['id']}/publish", headers=lea)).status_code == 403


async def test_reader_gets_their_locale_and_is_told_which(tenant: Tenant) -> None:
    http = tenant.http
    body = module_body()
    body["content"]["sv-SE"] = {"title": "Social försäljning på LinkedIn", "summary": "Varför", "body": "Text"}
    created = await http.post("/v1/modules", json=body, headers=tenant.as_("editor"))
    module_id = created.json()["id"]
    await http.post(f"/v1/modules/{module_id}/publish", headers=tenant.as_("editor"))
    await tenant.person("sven", locale="sv-SE")

    swedish = await http.get(f"/v1/modules/{module_id}", headers=tenant.as_("sven"))
    assert swedish.json()["locale"] == "sv-SE" and swedish.headers["content-language"] == "sv-SE"
    assert swedish.json()["title"] == "Social försäljning på LinkedIn"
    by_header = await http.get(f"/v1/modules/{module_id}", headers=tenant.as_("lea", **{"Accept-Language": "sv"}))
    assert by_header.json()["locale"] == "sv-SE"
    fallback = await http.get(f"/v1/modules/{module_id}", headers=tenant.as_("lea", **{"Accept-Language": "fr"}))
    assert fallback.json()["locale"] == "en" and fallback.headers["content-language"] == "en"
    assert set(fallback.json()["available_locales"]) == {"en", "sv-SE"}


async def test_a_reader_sees_a_new_locale_at_once_when_this_service_hears_of_it(tenant: Tenant) -> None:
    """The reader's locale and the organisation's default are kept for a few seconds; the event that changes
    either counts at once in the process that takes it."""
    http = tenant.http
    body = module_body()
    body["content"]["sv-SE"] = {"title": "Social försäljning på LinkedIn", "summary": "Varför", "body": "Text"}
    module_id = (await http.post("/v1/modules", json=body, headers=tenant.as_("editor"))).json()["id"]
    await http.post(f"/v1/modules/{module_id}/publish", headers=tenant.as_("editor"))
    await tenant.person("sven", locale="sv-SE")
    assert (await http.get(f"/v1/modules/{module_id}", headers=tenant.as_("sven"))).json()["locale"] == "sv-SE"

    await tenant.person("sven", locale="en", version=2, event=identity.PERSON_UPDATED)
    assert (await http.get(f"/v1/modules/{module_id}", headers=tenant.as_("sven"))).json()["locale"] == "en"

    lea = tenant.as_("lea")  # no locale of her own, no Accept-Language: the organisation's default
    assert (await http.get(f"/v1/modules/{module_id}", headers=lea)).json()["locale"] == "en"
    await tenant.event(identity.ORGANISATION_UPDATED, organisation_data(tenant.org_id, default_locale="sv-SE",
                                                                        version=2))
    assert (await http.get(f"/v1/modules/{module_id}", headers=lea)).json()["locale"] == "sv-SE"


async def test_prerequisite_cycle_is_refused_naming_the_field(tenant: Tenant) -> None:
    http, editor = tenant.http, tenant.as_("editor")
    first = (await http.post("/v1/modules", json=module_body("A"), headers=editor)).json()
    second = (await http.post("/v1/modules", json=module_body("B", prerequisites=[first["id"]]),
                              headers=editor)).json()
    cycle = await http.patch(f"/v1/modules/{first['id']}", json={"prerequisites": [second["id"]]}, headers=editor)
    assert cycle.status_code == 422
    assert cycle.headers["content-type"] == "application/problem+json"
    assert cycle.json()["errors"][0]["field"] == "prerequisites" and "cycle" in cycle.json()["detail"]
    self_loop = await http.patch(f"/v1/modules/{first['id']}", json={"prerequisites": [first["id"]]}, headers=editor)
    assert self_loop.status_code == 422 and self_loop.json()["errors"][0]["field"] == "prerequisites[0]"
    unknown = await http.post("/v1/modules", json=module_body(prerequisites=["nope"]), headers=editor)
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "prerequisites[0]"
    unchanged = await http.get(f"/v1/modules/{first['id']}", params={"view": "draft"}, headers=editor)
    assert unchanged.json()["prerequisites"] == []


async def test_publishing_needs_published_prerequisites(tenant: Tenant) -> None:
    http, editor = tenant.http, tenant.as_("editor")
    first = (await http.post("/v1/modules", json=module_body("A"), headers=editor)).json()
    second = (await http.post("/v1/modules", json=module_body("B", prerequisites=[first["id"]]),
                              headers=editor)).json()
    refused = await http.post(f"/v1/modules/{second['id']}/publish", headers=editor)
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "prerequisites[0]"


async def test_stale_if_match_is_a_412_and_nothing_changes(tenant: Tenant) -> None:
    http, editor = tenant.http, tenant.as_("editor")
    module = (await http.post("/v1/modules", json=module_body(), headers=editor)).json()
    stale = await http.patch(f"/v1/modules/{module['id']}", json={"estimated_minutes": 5},
                             headers={**editor, "If-Match": '"99"'})
    assert stale.status_code == 412
    again = await http.get(f"/v1/modules/{module['id']}", params={"view": "draft"}, headers=editor)
    assert again.json()["estimated_minutes"] == 20


async def test_invalid_module_names_every_field(tenant: Tenant) -> None:
    response = await tenant.http.post("/v1/modules", headers=tenant.as_("editor"), json={
        "content": {"not a locale!": {"title": ""}}, "phase": "advanced", "platforms": ["myspace"],
        "estimated_minutes": 0})
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert {"phase", "platforms[0]", "estimated_minutes"} <= fields
    assert any(f.startswith("content") for f in fields)


async def test_another_organisations_module_is_not_found(tenant: Tenant, client: httpx.AsyncClient) -> None:
    module = await published_module(tenant)
    other = await make_tenant(client, tenant.issuer)
    assert (await client.get(f"/v1/modules/{module['id']}", headers=other.as_("lea"))).status_code == 404
    assert (await client.patch(f"/v1/modules/{module['id']}", json={"estimated_minutes": 3},
                               headers=other.as_("editor"))).status_code == 404


async def test_publishing_twice_without_changes_is_a_conflict(tenant: Tenant) -> None:
    module = await published_module(tenant)
    again = await tenant.http.post(f"/v1/modules/{module['id']}/publish", headers=tenant.as_("editor"))
    assert again.status_code == 409


async def test_retired_module_leaves_the_catalogue(tenant: Tenant) -> None:
    module = await published_module(tenant)
    retired = await tenant.http.post(f"/v1/modules/{module['id']}/retire", headers=tenant.as_("editor"))
    assert retired.status_code == 200 and retired.json()["status"] == "retired"
    listing = await tenant.http.get("/v1/modules", headers=tenant.as_("lea"))
    assert module["id"] not in [m["id"] for m in listing.json()["items"]]


async def test_a_modules_published_view_is_its_last_published_version(tenant: Tenant) -> None:
    """What a learner reads by id: the published snapshot and its version as ETag, not the draft edited since; a
    retired module's last version still; a never-published draft, nothing."""
    http, editor, learner = tenant.http, tenant.as_("editor"), tenant.as_("lea")
    module = await published_module(tenant, quiz=True)
    draft = await http.get(f"/v1/modules/{module['id']}", params={"view": "draft"}, headers=editor)
    draft_etag = draft.headers["etag"]
    edited = await http.patch(f"/v1/modules/{module['id']}", headers={**editor, "If-Match": draft_etag},
                              json={"content": {"en": {"title": "A new title", "summary": "s", "body": "b"}}})
    assert edited.status_code == 200, edited.text
    read = await http.get(f"/v1/modules/{module['id']}", headers=learner)
    assert read.status_code == 200 and read.headers["etag"] == '"1"'
    assert read.json()["title"] == "Social selling on LinkedIn" and read.json()["has_quiz"] is True
    assert (await http.post(f"/v1/modules/{module['id']}/retire", headers=editor)).status_code == 200
    retired = await http.get(f"/v1/modules/{module['id']}", headers=learner)
    assert retired.status_code == 200 and retired.json()["title"] == "Social selling on LinkedIn"
    never = (await http.post("/v1/modules", json=module_body("Never published"), headers=editor)).json()
    unpublished = await http.get(f"/v1/modules/{never['id']}", headers=learner)
    assert unpublished.status_code == 404
    assert unpublished.json()["detail"] == f"module {never['id']} has no published version"
    missing = await http.get("/v1/modules/no-such-module", headers=learner)
    assert missing.status_code == 404 and missing.json()["detail"] == "no module no-such-module in this organisation"
