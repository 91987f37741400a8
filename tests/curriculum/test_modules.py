"""1. Modules: drafts, immutable published versions, locale variants, prerequisites without cycles."""

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import event

from contracts.events import identity
from tests.curriculum.conftest import QUIZ, Tenant, make_tenant, module_body, published_module
from tests.support import answered_alike, organisation_data


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


async def test_the_published_view_answers_the_same_by_its_shortcut_as_by_its_route(tenant: Tenant) -> None:
    """A module read with no query is served by a shortcut ahead of FastAPI's routing (kit.routing.shortcut); with
    `?view=published` the route itself answers. Both say the same, byte for byte, headers included: for a reader
    in another locale, an integration, someone not let in, a module never published and one that does not exist."""
    http = tenant.http
    module = await published_module(tenant, quiz=True, content={
        "en": {"title": "Social selling on LinkedIn", "summary": "s", "body": "b"},
        "sv": {"title": "Social försäljning", "summary": "s", "body": "b"}})
    never = (await http.post("/v1/modules", json=module_body("Never published"), headers=tenant.as_("editor"))).json()
    readers = [tenant.as_("lea"), {**tenant.as_("lea"), "Accept-Language": "sv"}, tenant.client_headers("catalog:read"),
               tenant.client_headers("progress:read"), {}, {"Authorization": "Bearer not-a-token"}]
    statuses = set()
    for module_id in (module["id"], never["id"], "no-such-module"):
        for headers in readers:
            path = f"/v1/modules/{module_id}"
            statuses.add((await answered_alike(http, path, f"{path}?view=published", headers)).status_code)
    assert statuses == {200, 401, 403, 404}
    swedish = await http.get(f"/v1/modules/{module['id']}", headers={**tenant.as_("lea"), "Accept-Language": "sv"})
    assert swedish.json()["title"] == "Social försäljning" and swedish.headers["content-language"] == "sv"


async def test_the_catalogue_reads_the_same_by_the_lists_shortcut_as_by_its_route(tenant: Tenant) -> None:
    """`?limit=2` (and its cursors) is served by the list's shortcut; `?limit=02`, the same page, by the route."""
    http = tenant.http
    for title in ("One", "Two", "Three"):
        await published_module(tenant, title=title)
    for headers in (tenant.as_("lea"), {**tenant.as_("lea"), "Accept-Language": "sv"},
                    tenant.client_headers("catalog:read")):
        query, pages = "limit=2", 0
        while query:
            page = await answered_alike(http, f"/v1/modules?{query}",
                                        f"/v1/modules?{query.replace('limit=2', 'limit=02')}", headers)
            assert page.status_code == 200 and page.json()["items"]
            pages += 1
            query = f"limit=2&cursor={page.json()['next_cursor']}" if page.json()["next_cursor"] else ""
        assert pages == 2
    for headers in ({}, tenant.client_headers("progress:read")):
        assert (await answered_alike(http, "/v1/modules", "/v1/modules?limit=050", headers)).status_code in (401, 403)


async def test_what_a_commit_here_changes_in_a_published_module_shows_at_once(tenant: Tenant) -> None:
    """Published views are kept for a few seconds; a change this service commits is read at once: a quiz set, a
    draft edited (its time), a new version published, the module retired."""
    http, editor, learner = tenant.http, tenant.as_("editor"), tenant.as_("lea")
    module = await published_module(tenant)
    path = f"/v1/modules/{module['id']}"
    first = (await http.get(path, headers=learner)).json()
    assert first["has_quiz"] is False and first["version"] == 1

    assert (await http.put(f"{path}/quiz", json=QUIZ, headers=editor)).status_code == 200
    assert (await http.get(path, headers=learner)).json()["has_quiz"] is True

    draft = await http.get(path, params={"view": "draft"}, headers=editor)
    edited = await http.patch(path, json={"estimated_minutes": 7},
                              headers={**editor, "If-Match": draft.headers["etag"]})
    assert edited.status_code == 200, edited.text
    after_edit = (await http.get(path, headers=learner)).json()
    assert after_edit["version"] == 1 and after_edit["updated_at"] == edited.json()["updated_at"]
    assert after_edit["updated_at"] != first["updated_at"]

    assert (await http.post(f"{path}/publish", headers=editor)).status_code == 200
    republished = await http.get(path, headers=learner)
    assert republished.json()["version"] == 2 and republished.json()["estimated_minutes"] == 7
    assert republished.headers["etag"] == '"2"'

    assert (await http.post(f"{path}/retire", headers=editor)).status_code == 200
    assert (await http.get(path, headers=learner)).json()["status"] == "retired"


async def test_a_published_module_read_again_asks_the_database_nothing(tenant: Tenant, app: FastAPI) -> None:
    """The reader's locale and the module's published view are both kept: a second read runs no statement."""
    module = await published_module(tenant)
    path = f"/v1/modules/{module['id']}"
    assert (await tenant.http.get(path, headers=tenant.as_("lea"))).status_code == 200
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = app.state.db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        again = await tenant.http.get(path, headers=tenant.as_("lea"))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert again.status_code == 200 and again.json()["id"] == module["id"]
    assert statements == []
