"""The time-entry CSV import reads files as the people import does (kit's one reader), refusing by line number."""

import httpx
from fastapi import FastAPI

from tests.analytics.conftest import Tenant, count_entries

HEADER = "date,minutes,channel,activity,note"


async def post(client: httpx.AsyncClient, tenant: Tenant, text: str) -> httpx.Response:
    return await client.post("/v1/time-entries/import", content=text.encode(),
                             headers={**tenant.headers("sam"), "Content-Type": "text/csv"})


def refused_at(response: httpx.Response, line: int, message: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [{"field": "file", "message": message, "line": line}]


async def test_cr_only_line_endings_are_read_as_rows(client: httpx.AsyncClient, tenant: Tenant,
                                                     app: FastAPI) -> None:
    text = f"{HEADER}\r2024-03-04,30,linkedin,social_selling,old Excel\r2024-03-05,20,email,,\r"
    response = await post(client, tenant, text)
    assert response.status_code == 201, response.text
    assert response.json() == {"created": 2, "minutes": 50}
    assert await count_entries(app, tenant.org_id) == 2


async def test_an_unterminated_quote_is_refused_at_its_line_and_never_merges_rows(
        client: httpx.AsyncClient, tenant: Tenant, app: FastAPI) -> None:
    text = f'{HEADER}\n2024-03-04,30,linkedin,social_selling,ok\n2024-03-05,20,email,,"open\n2024-03-06,10,x,,\n'
    refused_at(await post(client, tenant, text), 3, "a quoted field starting in this row is never closed")
    assert await count_entries(app, tenant.org_id) == 0


async def test_a_field_over_the_limit_is_refused_at_its_line(client: httpx.AsyncClient, tenant: Tenant,
                                                            app: FastAPI) -> None:
    text = f"{HEADER}\n2024-03-04,30,linkedin,social_selling,ok\n2024-03-05,20,email,,{'x' * 140_000}\n"
    refused_at(await post(client, tenant, text), 3, "has a field longer than 131072 characters")
    assert await count_entries(app, tenant.org_id) == 0


async def test_nul_in_a_cell_is_refused_at_its_line(client: httpx.AsyncClient, tenant: Tenant,
                                                   app: FastAPI) -> None:
    text = f"{HEADER}\n2024-03-04,30,linkedin,social_selling,ok\r\n2024-03-05,20,email,,a\x00b\r\n"
    refused_at(await post(client, tenant, text), 3, "must not contain the NUL character (U+0000)")
    assert await count_entries(app, tenant.org_id) == 0


async def test_row_shape_and_header_problems_name_their_lines(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await post(client, tenant, f"{HEADER}\n2024-03-04,30,linkedin,social_selling,ok,extra\n,,,,\n")
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [{"field": "row", "message": "has more fields than the header", "line": 2}]
    response = await post(client, tenant, "date,minutes,minutes\n2024-03-04,30,30\n")
    assert response.json()["errors"] == [
        {"field": "minutes", "message": "appears more than once in the header", "line": 1}]
    response = await post(client, tenant, f"{HEADER}\n2024-03-04,30,linkedin,social_selling,\"a\"b\n")
    refused_at(response, 2, "is not valid CSV: ',' expected after '\"'")


async def test_a_date_in_the_file_is_a_calendar_day_not_a_number(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await post(client, tenant, "date,minutes\n0,30\n9999-12-31,30\n")
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [
        {"field": "date", "message": "give a calendar day as YYYY-MM-DD", "line": 2},
        {"field": "date", "message": "must be between 1900-01-01 and 2999-12-31", "line": 3}]
