"""The requests Entra ID and Okta actually send (from their SCIM documentation: Entra's "SCIM 2.0 protocol
compliance of the Microsoft Entra provisioning service" and Okta's "SCIM 2.0 protocol reference"), replayed."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from services.identity.schemas import Scope
from tests.identity.conftest import make_tenant
from tests.identity.test_scim import PATCH, scim_app  # noqa: F401  (the module's app fixture)

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


@pytest.fixture
async def scim(scim_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:  # noqa: F811
    tenant = await make_tenant(scim_app, scopes=[Scope.scim])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=scim_app), base_url="http://identity") as http:
        token = (await http.post("/v1/oauth/token", data={"grant_type": "client_credentials"},
                                 auth=(tenant.client_id, tenant.client_secret))).json()["access_token"]
        http.headers.update({"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"})
        yield http


async def test_entra_id_provisions_updates_and_disables_a_user(scim: httpx.AsyncClient) -> None:
    # Entra first looks the user up, then creates them.
    lookup = await scim.get("/scim/v2/Users", params={
        "filter": 'userName eq "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1"'})
    assert lookup.status_code == 200 and lookup.json()["totalResults"] == 0 and lookup.json()["Resources"] == []
    created = await scim.post("/scim/v2/Users", json={
        "schemas": [USER, ENTERPRISE], "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
        "userName": "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1", "active": True,
        "emails": [{"primary": True, "type": "work", "value": "Test_User_fd0ea19b@testuser.com"}],
        "meta": {"resourceType": "User"},
        "name": {"formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName"},
        "roles": []})
    assert created.status_code == 201, created.text
    user = created.json()
    assert user["userName"] == "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1"
    assert user["emails"][0]["value"] == "test_user_fd0ea19b@testuser.com"
    found = await scim.get("/scim/v2/Users", params={
        "filter": 'userName eq "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1"'})
    assert [r["id"] for r in found.json()["Resources"]] == [user["id"]]

    # Entra's PATCH: capitalised ops, a filtered path into a multi-valued attribute.
    patched = await scim.patch(f"/scim/v2/Users/{user['id']}", json={"schemas": [PATCH], "Operations": [
        {"op": "Replace", "path": 'emails[type eq "work"].value', "value": "updatedEmail@microsoft.com"},
        {"op": "Replace", "path": "name.formatted", "value": "Updated Name"}]})
    assert patched.status_code == 200, patched.text
    assert patched.json()["emails"][0]["value"] == "updatedemail@microsoft.com"
    assert patched.json()["name"]["formatted"] == "Updated Name"

    manager = (await scim.post("/scim/v2/Users", json={
        "schemas": [USER], "userName": "boss@testuser.com", "active": True,
        "emails": [{"value": "boss@testuser.com"}], "name": {"formatted": "The Boss"}})).json()["id"]
    managed = await scim.patch(f"/scim/v2/Users/{user['id']}", json={"schemas": [PATCH], "Operations": [
        {"op": "Add", "path": f"{ENTERPRISE}:manager", "value": manager},
        {"op": "Add", "path": f"{ENTERPRISE}:department", "value": "Marketing"}]})
    assert managed.status_code == 200, managed.text
    assert managed.json()[ENTERPRISE]["manager"]["value"] == manager
    assert managed.json()[ENTERPRISE]["department"] == "Marketing"

    disabled = await scim.patch(f"/scim/v2/Users/{user['id']}", json={"schemas": [PATCH], "Operations": [
        {"op": "Replace", "path": "active", "value": "False"}]})
    assert disabled.status_code == 200 and disabled.json()["active"] is False


async def test_entra_id_manages_group_members(scim: httpx.AsyncClient) -> None:
    people = [(await scim.post("/scim/v2/Users", json={
        "schemas": [USER], "userName": f"m{i}@testuser.com", "emails": [{"value": f"m{i}@testuser.com"}],
        "name": {"formatted": f"Member {i}"}, "active": True})).json()["id"] for i in range(2)]
    group = await scim.post("/scim/v2/Groups", json={
        "schemas": [GROUP], "externalId": "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159", "displayName": "displayName",
        "meta": {"resourceType": "Group"}})
    assert group.status_code == 201, group.text
    url = f"/scim/v2/Groups/{group.json()['id']}"
    added = await scim.patch(url, json={"schemas": [PATCH], "Operations": [
        {"name": "addMember", "op": "Add", "path": "members",
         "value": [{"displayName": "new User", "value": people[0]}, {"value": people[1]}]}]})
    assert added.status_code == 200, added.text
    assert sorted(m["value"] for m in added.json()["members"]) == sorted(people)
    # Entra removes a member with the member in `value`, not in the path.
    removed = await scim.patch(url, json={"schemas": [PATCH], "Operations": [
        {"name": "removeMember", "op": "Remove", "path": "members", "value": [{"value": people[0]}]}]})
    assert removed.status_code == 200, removed.text
    assert [m["value"] for m in removed.json()["members"]] == [people[1]]
    renamed = await scim.patch(url, json={"schemas": [PATCH], "Operations": [
        {"op": "Replace", "path": "displayName", "value": "1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName"}]})
    assert renamed.json()["displayName"] == "1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName"
    assert (await scim.get("/scim/v2/Groups", params={"filter": 'displayName eq "displayName"'})
            ).json()["totalResults"] == 0


async def test_okta_creates_replaces_and_deactivates_a_user(scim: httpx.AsyncClient) -> None:
    created = await scim.post("/scim/v2/Users", json={
        "schemas": [USER], "userName": "test.user@okta-co.com",
        "name": {"givenName": "Test", "familyName": "User"},
        "emails": [{"primary": True, "value": "test.user@okta-co.com", "type": "work"}],
        "displayName": "Test User",
        "locale": "en-US", "externalId": "00ujl29u0le5T6Aj10h7", "groups": [], "password": "1mz050nq",
        "active": True})
    assert created.status_code == 201, created.text
    user = created.json()
    assert user["name"]["formatted"] == "Test User" and "password" not in user
    page = await scim.get("/scim/v2/Users", params={"filter": 'userName eq "test.user@okta-co.com"',
                                                    "startIndex": 1, "count": 100})
    assert page.json()["totalResults"] == 1

    replaced = await scim.put(f"/scim/v2/Users/{user['id']}", json={
        "schemas": [USER], "id": user["id"], "userName": "test.user@okta-co.com",
        "name": {"givenName": "Another", "familyName": "User"},
        "emails": [{"primary": True, "value": "test.user@okta-co.com", "type": "work"}], "active": True})
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["name"]["formatted"] == "Another User"

    # Okta deactivates with a value object and no path.
    off = await scim.patch(f"/scim/v2/Users/{user['id']}", json={"schemas": [PATCH], "Operations": [
        {"op": "replace", "value": {"active": False}}]})
    assert off.status_code == 200, off.text
    assert off.json()["active"] is False


async def test_okta_pushes_groups(scim: httpx.AsyncClient) -> None:
    member = (await scim.post("/scim/v2/Users", json={
        "schemas": [USER], "userName": "push@okta-co.com", "emails": [{"value": "push@okta-co.com"}],
        "name": {"formatted": "Push Member"}, "active": True})).json()["id"]
    group = await scim.post("/scim/v2/Groups", json={"schemas": [GROUP], "displayName": "Test SCIMv2",
                                                     "members": []})
    assert group.status_code == 201
    url = f"/scim/v2/Groups/{group.json()['id']}"
    renamed = await scim.patch(url, json={"schemas": [PATCH], "Operations": [
        {"op": "replace", "value": {"id": group.json()["id"], "displayName": "Test SCIMv2 renamed"}}]})
    assert renamed.status_code == 200, renamed.text
    added = await scim.patch(url, json={"schemas": [PATCH], "Operations": [
        {"op": "add", "path": "members", "value": [{"value": member, "display": "push@okta-co.com"}]}]})
    assert [m["value"] for m in added.json()["members"]] == [member]
    removed = await scim.patch(url, json={"schemas": [PATCH], "Operations": [
        {"op": "remove", "path": f'members[value eq "{member}"]'}]})
    assert removed.json().get("members", []) == []
    assert (await scim.delete(url)).status_code == 204
    assert (await scim.get(url)).status_code == 404
