"""NUL in any input is a 422 naming the field, on SQLite and PostgreSQL alike (PostgreSQL cannot store it)."""

from tests.curriculum.conftest import Tenant, module_body
from tests.support import signed_event

NUL_MESSAGE = "must not contain the NUL character (U+0000)"


async def test_nul_in_a_content_key_or_text_is_refused_naming_the_field(tenant: Tenant) -> None:
    body = module_body(title="Social\x00selling")
    response = await tenant.http.post("/v1/modules", json=body, headers=tenant.as_("editor"))
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [{"field": "content.en.title", "message": NUL_MESSAGE}]
    listed = await tenant.http.get("/v1/modules", headers=tenant.as_("editor"))
    assert listed.json()["items"] == []


async def test_nul_in_a_path_or_query_is_refused(tenant: Tenant) -> None:
    response = await tenant.http.get("/v1/modules/x%00y", headers=tenant.as_("editor"))
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [{"field": "module_id", "message": NUL_MESSAGE}]


async def test_an_event_with_nul_is_refused_and_not_recorded(tenant: Tenant) -> None:
    response = await tenant.http.post("/internal/events", **signed_event({
        "id": "ev\x00", "source": "/netwise/identity", "type": "netwise.identity.person.created",
        "org": tenant.org_id, "subject": "x", "data": {"id": "x", "name": "N\x00"}}))
    assert response.status_code == 422, response.text
    assert {e["field"] for e in response.json()["errors"]} == {"id", "data.name"}


async def test_far_away_or_numeric_times_are_refused_naming_the_field(tenant: Tenant) -> None:
    editor = tenant.as_("editor")
    for value, message in (("0001-01-01T00:00:00Z", "must be between 1900-01-01 and 2999-12-31"),
                           ("0", "give a time as RFC 3339, e.g. 2025-01-31T09:00:00Z")):
        for path in ("/v1/modules", "/v1/tracks"):
            response = await tenant.http.get(path, params={"updated_since": value}, headers=editor)
            assert response.status_code == 422, response.text
            assert response.json()["errors"] == [{"field": "updated_since", "message": message}]
    response = await tenant.http.post("/v1/modules", json=module_body(review_by="9999-12-31"), headers=editor)
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [{"field": "review_by", "message": "must be between 1900-01-01 and 2999-12-31"}]
    response = await tenant.http.get("/v1/modules", params={"updated_since": "2024-01-01T00:00:00Z"}, headers=editor)
    assert response.status_code == 200, response.text
