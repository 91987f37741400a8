import httpx
import pytest

from tests.identity.conftest import Tenant

CSV = {"content-type": "text/csv"}


async def emails(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, dict[str, object]]:
    response = await client.get("/v1/people", params={"limit": 200}, headers=tenant.admin)
    return {p["email"]: p for p in response.json()["items"]}


async def test_import_creates_and_updates_people_with_managers_from_the_file(client: httpx.AsyncClient,
                                                                             tenant: Tenant) -> None:
    unit = await client.post("/v1/org-units", json={"name": "Sales Nordics"}, headers=tenant.admin)
    lea_email = next(e for e, p in (await emails(client, tenant)).items() if p["id"] == tenant.learner_id)
    text = (
        "email,name,job_function,org_unit,manager_email,roles\n"
        "boss@example.com,Bo Boss,leadership,Sales Nordics,,manager;learner\n"
        "sara@example.com,Sara Sales,sales,sales nordics,boss@example.com,\n"
        f"{lea_email},Lea Learner,customer_service,,boss@example.com,\n"
    )
    response = await client.post("/v1/people/import", content=text, headers={**tenant.admin, **CSV})
    assert response.status_code == 200, response.text
    assert response.json() == {"created": 2, "updated": 1, "unchanged": 0}
    people = await emails(client, tenant)
    assert people["sara@example.com"]["org_unit_id"] == unit.json()["id"]
    assert people["sara@example.com"]["manager_id"] == people["boss@example.com"]["id"]
    assert people["boss@example.com"]["roles"] == ["learner", "manager"]
    assert people[lea_email]["job_function"] == "customer_service"

    again = await client.post("/v1/people/import", content=text, headers={**tenant.admin, **CSV})
    assert again.json() == {"created": 0, "updated": 0, "unchanged": 3}


async def test_any_bad_row_is_reported_by_line_and_nothing_is_written(client: httpx.AsyncClient,
                                                                      tenant: Tenant) -> None:
    before = await emails(client, tenant)
    text = (
        "email,name,job_function,org_unit,manager_email\n"
        "ok@example.com,Ok Person,sales,,\n"
        "broken,No Email,sales,,\n"
        "x@example.com,X,astronaut,,\n"
        "y@example.com,Y,sales,Nowhere,\n"
        "ok@example.com,Again,sales,,\n"
        "z@example.com,Z,sales,,ghost@example.com\n"
    )
    response = await client.post("/v1/people/import", content=text, headers={**tenant.admin, **CSV})
    assert response.status_code == 422
    by_line = {(e["line"], e["field"]) for e in response.json()["errors"]}
    assert by_line == {(3, "email"), (4, "job_function"), (5, "org_unit"), (6, "email"), (7, "manager_email")}
    assert await emails(client, tenant) == before


async def test_import_needs_the_required_columns(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post("/v1/people/import", content="email,name\na@example.com,A\n",
                                 headers={**tenant.admin, **CSV})
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "job_function", "message": "column is missing from the header", "line": 1}]


async def test_import_wants_csv(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post("/v1/people/import", json={"email": "a@example.com"}, headers=tenant.admin)
    assert response.status_code == 415


async def test_learner_cannot_import(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post("/v1/people/import", content="email,name,job_function\n",
                                 headers={**tenant.learner, **CSV})
    assert response.status_code == 403


# -- the file itself: kit's one CSV reader, shared with the time-entry import ----------------------------------

HEADER = "email,name,job_function"


def refused_at(response: httpx.Response, line: int, message: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [{"field": "file", "message": message, "line": line}]


async def test_cr_only_line_endings_are_read_as_rows(client: httpx.AsyncClient, tenant: Tenant) -> None:
    text = f"{HEADER}\rcr1@example.com,Cee One,sales\rcr2@example.com,Cee Two,sales\r"
    response = await client.post("/v1/people/import", content=text, headers={**tenant.admin, **CSV})
    assert response.status_code == 200, response.text
    assert response.json() == {"created": 2, "updated": 0, "unchanged": 0}


@pytest.mark.parametrize(("rows", "line", "message"), [
    ('q1@example.com,"Quinn,sales\nq2@example.com,Quill,sales\n', 2,
     "a quoted field starting in this row is never closed"),
    (f"ok@example.com,Ok,sales\nlong@example.com,{'L' * 140_000},sales\n", 3,
     "has a field longer than 131072 characters"),
    ("ok@example.com,Ok,sales\nnul@example.com,Nu\x00l,sales\n", 3, "must not contain the NUL character (U+0000)"),
], ids=["unterminated quote", "field over the limit", "NUL in a cell"])
async def test_an_unreadable_row_is_refused_at_its_line_and_nothing_is_imported(
        client: httpx.AsyncClient, tenant: Tenant, rows: str, line: int, message: str) -> None:
    before = await emails(client, tenant)
    response = await client.post("/v1/people/import", content=f"{HEADER}\n{rows}", headers={**tenant.admin, **CSV})
    refused_at(response, line, message)
    assert await emails(client, tenant) == before


async def test_a_quoted_field_may_span_lines_and_rows_keep_their_starting_line(client: httpx.AsyncClient,
                                                                             tenant: Tenant) -> None:
    text = f'{HEADER}\nml@example.com,"Multi\nLine",sales\nbad,Bad,sales\n'
    response = await client.post("/v1/people/import", content=text, headers={**tenant.admin, **CSV})
    assert response.status_code == 422, response.text
    assert [(e["line"], e["field"]) for e in response.json()["errors"]] == [(4, "email")]
