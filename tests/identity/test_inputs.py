"""Input no backend can store (NUL) is refused the same way on SQLite and PostgreSQL, naming the field."""

import base64

import httpx
from fastapi import FastAPI

from tests.identity.conftest import Tenant

NUL_MESSAGE = "must not contain the NUL character (U+0000)"


def refused(response: httpx.Response, *fields: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [{"field": f, "message": NUL_MESSAGE} for f in fields]


async def test_nul_in_a_body_field_is_refused_by_name_and_nothing_is_written(client: httpx.AsyncClient,
                                                                             tenant: Tenant) -> None:
    before = (await client.get("/v1/people", headers=tenant.admin)).json()["items"]
    response = await client.post("/v1/people", headers=tenant.admin, json={
        "email": "nul@example.com", "name": "Nu\x00l", "job_function": "sales"})
    refused(response, "name")
    assert (await client.get("/v1/people", headers=tenant.admin)).json()["items"] == before


async def test_nul_in_nested_body_values_names_each_path(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post("/v1/clients", headers=tenant.admin,
                                 json={"name": "LMS\x00", "scopes": ["people:read", "x\x00"]})
    assert {e["field"] for e in response.json()["errors"]} == {"name", "scopes[1]"}
    assert response.status_code == 422


async def test_nul_is_found_however_the_json_body_is_encoded(client: httpx.AsyncClient, tenant: Tenant) -> None:
    # The check skips bodies without the \\u0000 escape; UTF-16 and UTF-32 JSON spell it with zero bytes between.
    for encoding in ("utf-16", "utf-32"):
        body = '{"email": "nul@example.com", "name": "Nu\\u0000l", "job_function": "sales"}'.encode(encoding)
        response = await client.post("/v1/people", headers={**tenant.admin, "content-type": "application/json"},
                                     content=body)
        refused(response, "name")
    plain = await client.post("/v1/people", headers=tenant.admin, json={
        "email": "escaped@example.com", "name": "Back\\u0000slash", "job_function": "sales"})
    assert plain.status_code == 201, plain.text  # a backslash, then u0000: text, not a NUL
    assert plain.json()["name"] == "Back\\u0000slash"


async def test_nul_in_a_query_parameter_is_refused(client: httpx.AsyncClient, tenant: Tenant) -> None:
    refused(await client.get("/v1/people?email=a%00b@example.com", headers=tenant.admin), "email")


async def test_nul_in_a_path_segment_is_refused(client: httpx.AsyncClient, tenant: Tenant) -> None:
    refused(await client.get("/v1/people/a%00b", headers=tenant.admin), "person_id")
    refused(await client.patch("/v1/org-units/a%00b", json={"name": "x"}, headers=tenant.admin), "unit_id")


async def test_nul_is_refused_before_the_token_is_checked(client: httpx.AsyncClient) -> None:
    refused(await client.get("/v1/people?cursor=%00"), "cursor")


async def test_token_endpoint_answers_nul_as_an_oauth_invalid_request(client: httpx.AsyncClient,
                                                                      tenant: Tenant) -> None:
    response = await client.post("/v1/oauth/token", data={
        "grant_type": "client_credentials", "client_id": "a\x00b", "client_secret": tenant.client_secret})
    assert response.status_code == 400, response.text
    assert response.json() == {"error": "invalid_request",
                               "error_description": "client_id must not contain the NUL character"}
    assert response.headers["cache-control"] == "no-store"

    basic = base64.b64encode(f"{tenant.client_id}%00:{tenant.client_secret}".encode()).decode()
    response = await client.post("/v1/oauth/token", data={"grant_type": "client_credentials"},
                                 headers={"Authorization": f"Basic {basic}"})
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_request"

    # The same client without the NUL still gets its token: the check refuses only the malformed request.
    response = await client.post("/v1/oauth/token", data={
        "grant_type": "client_credentials", "client_id": tenant.client_id, "client_secret": tenant.client_secret})
    assert response.status_code == 200, response.text


async def test_method_not_allowed_names_every_method_of_the_path(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.delete("/v1/people", headers=tenant.admin)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    response = await client.delete("/v1/organisation", headers=tenant.admin)
    assert response.headers["allow"] == "GET, PATCH"


async def test_a_currency_must_be_an_iso_4217_code(client: httpx.AsyncClient, tenant: Tenant) -> None:
    message = "must be an ISO 4217 currency code such as SEK or EUR"
    for code in ("XYZ", "ABC", "sek", "XXX"):
        response = await client.patch("/v1/organisation", json={"currency": code}, headers=tenant.admin)
        assert response.status_code == 422, (code, response.text)
        assert response.json()["errors"] == [{"field": "currency", "message": message}]
    response = await client.patch("/v1/organisation", json={"currency": "EUR"},
                                  headers={**tenant.admin, "If-Match": '"1"'})
    assert response.status_code == 200 and response.json()["currency"] == "EUR"


async def test_null_is_refused_by_name_where_the_schema_says_not_nullable(client: httpx.AsyncClient,
                                                                         app: FastAPI,
                                                                         tenant: Tenant) -> None:
    schemas = app.openapi()["components"]["schemas"]
    message = "may not be null; leave the field out to keep its value"
    for field in ("name", "currency", "timezone", "default_locale", "min_group_size"):
        assert "anyOf" not in schemas["OrganisationUpdate"]["properties"][field]
        response = await client.patch("/v1/organisation", json={field: None},
                                      headers={**tenant.admin, "If-Match": '"1"'})
        assert response.status_code == 422, (field, response.text)  # was a 409 "conflicts with existing data"
        assert response.json()["errors"] == [{"field": field, "message": message}]
    unit = (await client.post("/v1/org-units", json={"name": "Sales"}, headers=tenant.admin)).json()
    response = await client.patch(f"/v1/org-units/{unit['id']}", json={"name": None},
                                  headers={**tenant.admin, "If-Match": '"1"'})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "name"
    # parent_id is nullable in the schema, and null means "move to the top": accepted.
    assert any(b.get("type") == "null" for b in schemas["OrgUnitUpdate"]["properties"]["parent_id"]["anyOf"])
    response = await client.patch(f"/v1/org-units/{unit['id']}", json={"parent_id": None},
                                  headers={**tenant.admin, "If-Match": '"1"'})
    assert response.status_code == 200, response.text
