"""NUL in any input is a 422 naming the field, on SQLite and PostgreSQL alike (PostgreSQL cannot store it)."""

from tests.curriculum.conftest import INTERNAL, Tenant, module_body

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
    response = await tenant.http.post("/internal/events", headers=INTERNAL, json={
        "id": "ev\x00", "source": "/netwise/identity", "type": "netwise.identity.person.created",
        "org": tenant.org_id, "subject": "x", "data": {"id": "x", "name": "N\x00"}})
    assert response.status_code == 422, response.text
    assert {e["field"] for e in response.json()["errors"]} == {"id", "data.name"}
