"""SCIM 2.0 at /scim/v2: a directory provisions people and groups; scim2-tester checks the protocol, and these
tests what netwise makes of it (events, deactivation, groups that give roles, tenancy, errors)."""

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
import pytest
from fastapi import FastAPI
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status, check_server
from sqlalchemy import select

from contracts.events.identity import PERSON_DEACTIVATED
from services.identity.app import MIGRATIONS, create_app
from services.identity.models import outbox_table
from services.identity.schemas import Scope
from services.identity.settings import IdentitySettings
from tests.databases import migrated_database
from tests.identity.conftest import Tenant, make_tenant
from tests.support import free_port, serving

SCIM = "application/scim+json"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


@pytest.fixture(scope="module")
async def scim_app(backend: str, module_tmp: Path) -> AsyncIterator[FastAPI]:
    # A subscriber that never answers: the events stay in the outbox for the tests to read.
    async with migrated_database(backend, MIGRATIONS, module_tmp) as url:
        yield create_app(IdentitySettings(database_url=url, log_level="WARNING",
                                          subscribers=["http://127.0.0.1:9/internal/events"]))


@pytest.fixture
async def directory(scim_app: FastAPI) -> AsyncIterator[tuple[httpx.AsyncClient, Tenant]]:
    tenant = await make_tenant(scim_app, scopes=[Scope.scim])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=scim_app), base_url="http://identity") as http:
        token = (await http.post("/v1/oauth/token", data={"grant_type": "client_credentials"},
                                 auth=(tenant.client_id, tenant.client_secret))).json()["access_token"]
        http.headers.update({"Authorization": f"Bearer {token}", "Content-Type": SCIM})
        yield http, tenant


def user(email: str, **extra: Any) -> dict[str, Any]:
    return {"schemas": [USER, ENTERPRISE], "userName": email, "name": {"givenName": "Sam", "familyName": "Seller"},
            "emails": [{"value": email, "type": "work", "primary": True}], "active": True, **extra}


async def test_the_scim_compliance_checker_finds_nothing_wrong(tmp_path: Path) -> None:
    port = free_port()
    async with migrated_database("sqlite", MIGRATIONS, tmp_path) as url:
        app = create_app(IdentitySettings(database_url=url, log_level="WARNING", issuer=f"http://127.0.0.1:{port}"))
        tenant = await make_tenant(app, scopes=[Scope.scim])
        async with serving(app, port) as base, httpx.AsyncClient() as http:
            token = (await http.post(f"{base}/v1/oauth/token", data={"grant_type": "client_credentials"},
                                     auth=(tenant.client_id, tenant.client_secret))).json()["access_token"]

            def check() -> list[Any]:
                with httpx2.Client(base_url=f"{base}/scim/v2", headers={"Authorization": f"Bearer {token}"}) as client:
                    return check_server(SyncSCIMClient(client))

            results = await asyncio.to_thread(check)  # scim2-tester is synchronous; the server runs in this loop
    statuses = Counter(result.status for result in results)
    assert statuses[Status.SUCCESS] >= 60, statuses
    failed = [(r.title, r.resource_type, r.reason) for r in results
              if r.status in (Status.ERROR, Status.CRITICAL, Status.DEVIATION)]
    assert failed == []


async def test_a_user_is_a_person_and_deactivating_them_is_what_the_rest_api_does(
        directory: tuple[httpx.AsyncClient, Tenant], scim_app: FastAPI) -> None:
    http, tenant = directory
    created = await http.post("/scim/v2/Users", json=user("Sam.Seller@acme.example", externalId="e-1", **{
        ENTERPRISE: {"department": "Nordic Sales"}}))
    assert created.status_code == 201, created.text
    assert created.headers["content-type"] == SCIM and created.headers["etag"] == 'W/"1"'
    body = created.json()
    assert body["userName"] == "sam.seller@acme.example" and body["name"]["formatted"] == "Sam Seller"
    assert body[ENTERPRISE]["department"] == "Nordic Sales"
    assert created.headers["location"].endswith(f"/scim/v2/Users/{body['id']}")

    # The same person, in the REST API, with the department as their org unit (made for it).
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=scim_app), base_url="http://identity") as rest:
        person = (await rest.get(f"/v1/people/{body['id']}", headers=tenant.admin)).json()
        units = (await rest.get("/v1/org-units", headers=tenant.admin)).json()["items"]
    assert person["email"] == "sam.seller@acme.example" and person["job_function"] == "other"
    assert {u["id"]: u["name"] for u in units}[person["org_unit_id"]] == "Nordic Sales"

    again = await http.post("/scim/v2/Users", json=user("sam.seller@acme.example"))
    assert again.status_code == 409 and again.json()["scimType"] == "uniqueness"

    stale = await http.patch(f"/scim/v2/Users/{body['id']}", headers={"If-Match": 'W/"7"'}, json={
        "schemas": [PATCH], "Operations": [{"op": "replace", "path": "active", "value": False}]})
    assert stale.status_code == 412

    # Entra ID's way: "Replace", and a boolean as a string.
    patched = await http.patch(f"/scim/v2/Users/{body['id']}", json={
        "schemas": [PATCH], "Operations": [{"op": "Replace", "path": "active", "value": "False"}]})
    assert patched.status_code == 200, patched.text
    assert patched.json()["active"] is False
    async with scim_app.state.db.transaction() as session:
        envelopes = (await session.execute(select(outbox_table.c.envelope).where(
            outbox_table.c.type == PERSON_DEACTIVATED))).scalars().all()
    assert [e["data"]["id"] for e in envelopes if e["org"] == tenant.org_id] == [body["id"]]

    # DELETE: deactivated (already), and gone from the directory's view; netwise keeps the person.
    assert (await http.delete(f"/scim/v2/Users/{body['id']}")).status_code == 204
    assert (await http.get(f"/scim/v2/Users/{body['id']}")).status_code == 404
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=scim_app), base_url="http://identity") as rest:
        kept = (await rest.get(f"/v1/people/{body['id']}", headers=tenant.admin)).json()
    assert kept["status"] == "deactivated"
    # Provisioned again (a return after leave): the same person, active again.
    back = await http.post("/scim/v2/Users", json=user("sam.seller@acme.example"))
    assert back.status_code == 201 and back.json()["id"] == body["id"] and back.json()["active"] is True


async def test_filters_paging_and_errors_speak_scim(directory: tuple[httpx.AsyncClient, Tenant]) -> None:
    http, _ = directory
    for i in range(3):
        assert (await http.post("/scim/v2/Users", json=user(f"ann{i}@acme.example",
                                                            externalId=f"x{i}"))).status_code == 201
    found = await http.get("/scim/v2/Users", params={"filter": 'userName eq "ANN1@acme.example"'})
    assert found.json()["totalResults"] == 1 and found.json()["Resources"][0]["externalId"] == "x1"
    both = await http.get("/scim/v2/Users", params={"filter": 'externalId sw "x" and not (externalId eq "x0")'})
    assert sorted(r["externalId"] for r in both.json()["Resources"]) == ["x1", "x2"]
    page = await http.get("/scim/v2/Users", params={"filter": 'userName co "ann"', "startIndex": 2, "count": 1})
    assert (page.json()["totalResults"], page.json()["startIndex"], page.json()["itemsPerPage"]) == (3, 2, 1)
    only = await http.get("/scim/v2/Users", params={"filter": 'emails pr', "attributes": "userName"})
    assert set(only.json()["Resources"][0]) <= {"schemas", "id", "userName"}

    bad = await http.get("/scim/v2/Users", params={"filter": 'userName eq'})
    assert bad.status_code == 400 and bad.json()["scimType"] == "invalidFilter"
    assert bad.headers["content-type"] == SCIM
    assert (await http.get("/scim/v2/Users/no-such-user")).json()["status"] == "404"
    junk = await http.post("/scim/v2/Users", content=b"{not json")
    assert junk.status_code == 400 and junk.json()["scimType"] == "invalidSyntax"
    nameless = await http.post("/scim/v2/Users", json={"schemas": [USER], "userName": "no-address"})
    assert nameless.status_code == 400 and nameless.json()["scimType"] == "invalidValue"


async def test_only_the_organisations_directory_may_provision_it(directory: tuple[httpx.AsyncClient, Tenant],
                                                                 scim_app: FastAPI) -> None:
    http, _ = directory
    mine = (await http.post("/scim/v2/Users", json=user("own@acme.example"))).json()["id"]
    other = await make_tenant(scim_app, scopes=[Scope.scim])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=scim_app), base_url="http://identity") as them:
        token = (await them.post("/v1/oauth/token", data={"grant_type": "client_credentials"},
                                 auth=(other.client_id, other.client_secret))).json()["access_token"]
        assert (await them.get(f"/scim/v2/Users/{mine}", headers={"Authorization": f"Bearer {token}"})
                ).status_code == 404
        anonymous = await them.get("/scim/v2/Users")
        assert anonymous.status_code == 401 and anonymous.headers["content-type"] == SCIM
        person = await them.get("/scim/v2/Users", headers=other.admin)  # a person, even an admin: not a directory
        assert person.status_code == 403 and person.json()["status"] == "403"


async def test_groups_give_their_members_the_roles_and_unit_the_mappings_say(
        directory: tuple[httpx.AsyncClient, Tenant], scim_app: FastAPI) -> None:
    from services.identity.models import IdentityProvider

    http, tenant = directory
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=scim_app), base_url="http://identity") as rest:
        unit = (await rest.post("/v1/org-units", headers=tenant.admin, json={"name": "Ambassadors"})).json()
    async with scim_app.state.db.transaction() as session:
        session.add(IdentityProvider(org_id=tenant.org_id, issuer="https://idp.acme.example", client_id="c",
                                     client_secret="s", group_roles={"Brand ambassadors": ["ambassador"]},
                                     group_units={"Brand ambassadors": unit["id"]}))
    member = (await http.post("/scim/v2/Users", json=user("amb@acme.example"))).json()["id"]
    group = await http.post("/scim/v2/Groups", json={
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Brand ambassadors",
        "members": [{"value": member}]})
    assert group.status_code == 201, group.text

    async def roles() -> tuple[list[str], str | None]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=scim_app), base_url="http://i") as rest:
            person = (await rest.get(f"/v1/people/{member}", headers=tenant.admin)).json()
        return sorted(person["roles"]), person["org_unit_id"]

    assert await roles() == (["ambassador", "learner"], unit["id"])
    # Okta's way of removing a member.
    removed = await http.patch(f"/scim/v2/Groups/{group.json()['id']}", json={"schemas": [PATCH], "Operations": [
        {"op": "remove", "path": f'members[value eq "{member}"]'}]})
    assert removed.status_code == 200 and removed.json().get("members", []) == []
    assert (await roles())[0] == ["learner"]
