"""Every list pages the same way: `limit` items a page in key order, the next page through its cursor, and never
another organisation's rows."""

import base64
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.analytics.conftest import Tenant
from tests.support import every_page

Body = Callable[[Tenant, int], dict[str, Any]]
LISTS: list[tuple[str, str, Body, str]] = [  # path, who writes and reads, the body of the i-th row, its key
    ("/v1/cost-rates", "ada", lambda t, i: {"subject_kind": "job_function", "subject": "sales",
                                            "effective_from": f"2024-0{i + 1}-01", "hourly_minor": 60000}, "id"),
    ("/v1/ad-spend", "ada", lambda t, i: {"channel": "x", "starts_on": "2024-01-01", "ends_on": "2024-01-31",
                                          "amount_minor": 100 + i}, "id"),
    ("/v1/caps", "ada", lambda t, i: {"name": f"Cap {i}", "scope": "organisation", "channel": "facebook",
                                      "period": "week", "limit_minutes": 30 + i}, "id"),
    ("/v1/use-cases", "mona", lambda t, i: {
        "org_unit_id": t.units["sales"], "channel": "linkedin", "purpose": f"Purpose {i}", "business_value": "Value",
        "kpi_keys": ["leads"], "owner_id": t.people["mona"]}, "id"),
    ("/v1/kpi-measurements", "ada", lambda t, i: {"kpi_key": "followers", "channel": "instagram",
                                                  "starts_on": f"2024-0{i + 1}-01", "ends_on": f"2024-0{i + 1}-28",
                                                  "value": "1"}, "id"),
    ("/v1/studies", "ada", lambda t, i: {"name": f"Study {i}", "starts_on": "2024-03-04", "ends_on": "2024-03-17",
                                         "unit_ids": [t.units["sales"]], "person_ids": []}, "id"),
    ("/v1/objectives", "mona", lambda t, i: {
        "title": f"Objective {i}", "owner_id": t.people["mona"], "kpi_key": "leads", "target": "40",
        "starts_on": "2024-01-01", "ends_on": "2024-03-31", "learning_intent": "Whether it works"}, "id"),
    ("/v1/time-entries", "sam", lambda t, i: {"date": "2024-03-06", "minutes": 10 + i, "channel": "linkedin",
                                              "activity": "social_selling"}, "id"),
    ("/v1/locked-periods", "ada", lambda t, i: {"month": f"2024-0{i + 1}"}, "month"),
]


@pytest.mark.parametrize(("path", "who", "body", "key"), LISTS, ids=[path for path, *_ in LISTS])
async def test_a_list_pages_through_its_own_rows(client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant,
                                                 path: str, who: str, body: Body, key: str) -> None:
    made = []
    for org, count in ((tenant, 3), (other_tenant, 1)):
        for i in range(count):
            created = await client.post(path, json=body(org, i), headers=org.headers(who))
            assert created.status_code == 201, created.text
            if org is tenant:
                made.append(created.json()[key])
    pages = await every_page(client, path, tenant.headers(who))
    assert [[item[key] for item in page] for page in pages] == [sorted(made)[:2], sorted(made)[2:]]


async def test_a_month_cursor_that_is_no_month_is_a_422(client: httpx.AsyncClient, tenant: Tenant) -> None:
    """Locked months are keyed by the month, not an id: a cursor must hold a date (once a 500 on page two)."""
    cursor = base64.urlsafe_b64encode(b"2024-13-01").decode().rstrip("=")
    response = await client.get("/v1/locked-periods", params={"cursor": cursor}, headers=tenant.headers("ada"))
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "cursor"
