import httpx
from fastapi import FastAPI

from kit.ids import new_id
from tests.identity.conftest import Tenant, make_tenant
from tests.support import answered_alike


def person_body(email: str = "sam@example.com", **extra: object) -> dict[str, object]:
    return {"email": email, "name": "Sam Seller", "job_function": "sales", **extra}


async def count_people(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    response = await client.get("/v1/people", params={"limit": 200}, headers=headers)
    assert response.status_code == 200
    return len(response.json()["items"])


async def test_admin_creates_and_reads_a_person(client: httpx.AsyncClient, tenant: Tenant) -> None:
    created = await client.post("/v1/people", json=person_body("Sam@Example.com"), headers=tenant.admin)
    assert created.status_code == 201
    body = created.json()
    assert body["email"] == "sam@example.com"  # emails are case-insensitive
    assert body["roles"] == ["learner"] and body["status"] == "active"
    assert created.headers["etag"] == '"1"'
    assert created.headers["location"] == f"/v1/people/{body['id']}"

    fetched = await client.get(f"/v1/people/{body['id']}", headers=tenant.admin)
    assert fetched.status_code == 200 and fetched.json() == body


async def test_list_pages_with_cursor_and_link_header(client: httpx.AsyncClient, app: FastAPI) -> None:
    tenant = await make_tenant(app)
    for i in range(3):
        assert (await client.post("/v1/people", json=person_body(f"p{i}@example.com"),
                                  headers=tenant.admin)).status_code == 201
    seen: list[str] = []
    url: str | None = "/v1/people?limit=2"
    pages = 0
    while url:
        page = await client.get(url, headers=tenant.admin)
        assert page.status_code == 200
        seen += [p["email"] for p in page.json()["items"]]
        pages += 1
        cursor = page.json()["next_cursor"]
        if cursor:
            assert 'rel="next"' in page.headers["link"] and cursor in page.headers["link"]
            url = f"/v1/people?limit=2&cursor={cursor}"
        else:
            assert "link" not in page.headers
            url = None
    assert pages == 3  # 5 people: admin, learner, 3 new
    assert len(seen) == len(set(seen)) == 5


async def test_a_page_of_people_reads_the_same_by_the_lists_shortcut_as_by_its_route(client: httpx.AsyncClient,
                                                                                     app: FastAPI) -> None:
    """`?limit=2` (and its cursors) is served by the list's shortcut; `?limit=02`, the same page, by the route."""
    tenant = await make_tenant(app)
    for i in range(3):
        assert (await client.post("/v1/people", json=person_body(f"p{i}@example.com"),
                                  headers=tenant.admin)).status_code == 201
    query, pages = "limit=2", 0
    while query:
        page = await answered_alike(client, f"/v1/people?{query}", f"/v1/people?{query.replace('limit=2', 'limit=02')}",
                                    tenant.admin)
        assert page.status_code == 200 and page.json()["items"]
        pages += 1
        query = f"limit=2&cursor={page.json()['next_cursor']}" if page.json()["next_cursor"] else ""
    assert pages == 3
    for headers in ({}, tenant.learner, {"Authorization": "Bearer not-a-token"}):
        refused = await answered_alike(client, "/v1/people?limit=2", "/v1/people?limit=02", headers)
        assert refused.status_code in (401, 403)
    garbage = await answered_alike(client, "/v1/people?cursor=%25%25", "/v1/people?cursor=%25%25&limit=050",
                                   tenant.admin)
    assert garbage.status_code == 422 and garbage.json()["errors"][0]["field"] == "cursor"


async def test_list_filters_by_job_function(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.get("/v1/people", params={"job_function": "sales"}, headers=tenant.admin)
    assert [p["id"] for p in response.json()["items"]] == [tenant.learner_id]


async def test_garbage_cursor_is_a_422_naming_the_cursor(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.get("/v1/people", params={"cursor": "%%%"}, headers=tenant.admin)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "cursor"


async def test_invalid_person_is_refused_with_every_field_named(client: httpx.AsyncClient, tenant: Tenant) -> None:
    before = await count_people(client, tenant.admin)
    response = await client.post("/v1/people", json={"email": "not-an-email", "name": "", "job_function": "pilot",
                                                     "roles": ["king"], "shoe_size": 44}, headers=tenant.admin)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    fields = {e["field"] for e in response.json()["errors"]}
    assert {"email", "name", "job_function", "roles[0]", "shoe_size"} <= fields
    assert await count_people(client, tenant.admin) == before


async def test_malformed_json_is_a_problem_not_a_crash(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post("/v1/people", content=b'{"email": ', headers={
        **tenant.admin, "content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body"


async def test_duplicate_email_is_a_conflict_on_the_email(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert (await client.post("/v1/people", json=person_body(), headers=tenant.admin)).status_code == 201
    again = await client.post("/v1/people", json=person_body("SAM@example.com"), headers=tenant.admin)
    assert again.status_code == 409
    assert again.json()["errors"] == [{"field": "email", "message": "is already used in this organisation"}]


async def test_same_email_may_exist_in_two_organisations(client: httpx.AsyncClient, tenant: Tenant,
                                                          other_tenant: Tenant) -> None:
    for t in (tenant, other_tenant):
        assert (await client.post("/v1/people", json=person_body("shared@example.com"),
                                  headers=t.admin)).status_code == 201


async def test_another_organisations_person_is_not_found(client: httpx.AsyncClient, tenant: Tenant,
                                                         other_tenant: Tenant) -> None:
    theirs = other_tenant.learner_id
    assert (await client.get(f"/v1/people/{theirs}", headers=tenant.admin)).status_code == 404
    patched = await client.patch(f"/v1/people/{theirs}", json={"name": "X"}, headers=tenant.admin)
    assert patched.status_code == 404
    assert (await client.delete(f"/v1/people/{theirs}", headers=tenant.admin)).status_code == 404
    listed = await client.get("/v1/people", headers=tenant.admin)
    assert theirs not in {p["id"] for p in listed.json()["items"]}
    as_manager = await client.post("/v1/people", json=person_body(manager_id=theirs), headers=tenant.admin)
    assert as_manager.status_code == 404 and "manager_id" in as_manager.json()["detail"]


async def test_learner_sees_only_themself(client: httpx.AsyncClient, tenant: Tenant) -> None:
    me = await client.get("/v1/me", headers=tenant.learner)
    assert me.status_code == 200 and me.json()["id"] == tenant.learner_id
    assert (await client.get(f"/v1/people/{tenant.learner_id}", headers=tenant.learner)).status_code == 200
    assert (await client.get(f"/v1/people/{tenant.admin_id}", headers=tenant.learner)).status_code == 404
    assert (await client.get("/v1/people", headers=tenant.learner)).status_code == 403
    refused = await client.post("/v1/people", json=person_body(), headers=tenant.learner)
    assert refused.status_code == 403 and "admin" in refused.json()["detail"]


async def test_update_honours_if_match(client: httpx.AsyncClient, tenant: Tenant) -> None:
    url = f"/v1/people/{tenant.learner_id}"
    stale = await client.patch(url, json={"name": "Lea L."}, headers={**tenant.admin, "If-Match": '"7"'})
    assert stale.status_code == 412
    assert (await client.get(url, headers=tenant.admin)).json()["name"] == "Lea Learner"
    fresh = await client.patch(url, json={"name": "Lea L.", "job_function": "marketing"},
                               headers={**tenant.admin, "If-Match": '"1"'})
    assert fresh.status_code == 200
    assert fresh.json()["name"] == "Lea L." and fresh.json()["version"] == 2
    assert fresh.headers["etag"] == '"2"'


async def test_manager_chain_may_not_loop(client: httpx.AsyncClient, tenant: Tenant) -> None:
    ok = await client.patch(f"/v1/people/{tenant.learner_id}", json={"manager_id": tenant.admin_id},
                            headers=tenant.admin)
    assert ok.status_code == 200
    loop = await client.patch(f"/v1/people/{tenant.admin_id}", json={"manager_id": tenant.learner_id},
                              headers=tenant.admin)
    assert loop.status_code == 422
    assert loop.json()["errors"][0]["field"] == "manager_id"


async def test_delete_deactivates(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert (await client.delete(f"/v1/people/{tenant.learner_id}", headers=tenant.admin)).status_code == 204
    person = await client.get(f"/v1/people/{tenant.learner_id}", headers=tenant.admin)
    assert person.json()["status"] == "deactivated"
    active = await client.get("/v1/people", params={"status": "active"}, headers=tenant.admin)
    assert tenant.learner_id not in {p["id"] for p in active.json()["items"]}


async def test_integration_client_reads_and_writes_people_with_its_scopes(client: httpx.AsyncClient,
                                                                           tenant: Tenant) -> None:
    token = await client.post("/v1/oauth/token", data={
        "grant_type": "client_credentials", "client_id": tenant.client_id, "client_secret": tenant.client_secret})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    assert (await client.post("/v1/people", json=person_body(), headers=headers)).status_code == 201
    assert (await client.get("/v1/people", headers=headers)).status_code == 200
    assert (await client.get("/v1/clients", headers=headers)).status_code == 403  # clients are admin business


async def test_an_admin_sets_a_persons_roles_and_nobody_else_may(client: httpx.AsyncClient, tenant: Tenant) -> None:
    url = f"/v1/people/{tenant.learner_id}/roles"
    response = await client.put(url, headers=tenant.admin, json={"roles": ["learner", "editor", "editor"]})
    assert response.status_code == 200, response.text
    assert sorted(response.json()["roles"]) == ["editor", "learner"]
    assert (await client.get(f"/v1/people/{tenant.learner_id}", headers=tenant.admin)).json()["roles"] == \
        ["editor", "learner"]
    assert (await client.put(url, headers=tenant.learner, json={"roles": ["admin"]})).status_code == 403
    bad = await client.put(url, headers=tenant.admin, json={"roles": ["pope"]})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "roles[0]"
    other = await client.put(f"/v1/people/{new_id()}/roles", headers=tenant.admin, json={"roles": ["learner"]})
    assert other.status_code == 404
