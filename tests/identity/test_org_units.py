import httpx

from tests.identity.conftest import Tenant


async def test_org_units_form_a_tree_without_cycles(client: httpx.AsyncClient, tenant: Tenant) -> None:
    root = (await client.post("/v1/org-units", json={"name": "Sales"}, headers=tenant.admin)).json()
    child = await client.post("/v1/org-units", json={"name": "Sales Norway", "parent_id": root["id"]},
                              headers=tenant.admin)
    assert child.status_code == 201 and child.json()["parent_id"] == root["id"]
    cycle = await client.patch(f"/v1/org-units/{root['id']}", json={"parent_id": child.json()["id"]},
                               headers=tenant.admin)
    assert cycle.status_code == 422 and cycle.json()["errors"][0]["field"] == "parent_id"
    listed = await client.get("/v1/org-units", headers=tenant.learner)
    assert {u["name"] for u in listed.json()["items"]} == {"Sales", "Sales Norway"}


async def test_a_unit_in_use_cannot_be_deleted(client: httpx.AsyncClient, tenant: Tenant) -> None:
    root = (await client.post("/v1/org-units", json={"name": "Support"}, headers=tenant.admin)).json()
    await client.patch(f"/v1/people/{tenant.learner_id}", json={"org_unit_id": root["id"]}, headers=tenant.admin)
    refused = await client.delete(f"/v1/org-units/{root['id']}", headers=tenant.admin)
    assert refused.status_code == 409
    await client.patch(f"/v1/people/{tenant.learner_id}", json={"org_unit_id": None}, headers=tenant.admin)
    assert (await client.delete(f"/v1/org-units/{root['id']}", headers=tenant.admin)).status_code == 204
    assert (await client.get(f"/v1/org-units/{root['id']}", headers=tenant.admin)).status_code == 404


async def test_another_organisations_unit_is_not_found(client: httpx.AsyncClient, tenant: Tenant,
                                                       other_tenant: Tenant) -> None:
    theirs = (await client.post("/v1/org-units", json={"name": "Theirs"}, headers=other_tenant.admin)).json()
    assert (await client.get(f"/v1/org-units/{theirs['id']}", headers=tenant.admin)).status_code == 404
    as_parent = await client.post("/v1/org-units", json={"name": "Mine", "parent_id": theirs["id"]},
                                  headers=tenant.admin)
    assert as_parent.status_code == 404
    moved = await client.patch(f"/v1/people/{tenant.learner_id}", json={"org_unit_id": theirs["id"]},
                               headers=tenant.admin)
    assert moved.status_code == 404


async def test_organisation_settings_are_validated(client: httpx.AsyncClient, tenant: Tenant) -> None:
    bad = await client.patch("/v1/organisation", json={"currency": "kronor", "timezone": "Mars/Olympus",
                                                       "min_group_size": 1}, headers=tenant.admin)
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["errors"]} == {"currency", "timezone", "min_group_size"}
    ok = await client.patch("/v1/organisation", json={"currency": "NOK", "min_group_size": 7},
                            headers={**tenant.admin, "If-Match": '"1"'})
    assert ok.status_code == 200 and ok.json()["currency"] == "NOK" and ok.json()["min_group_size"] == 7
    assert (await client.patch("/v1/organisation", json={"name": "X"}, headers=tenant.learner)).status_code == 403
    mine = await client.get("/v1/organisation", headers=tenant.learner)
    assert mine.json()["id"] == tenant.org_id and mine.headers["etag"] == '"2"'
