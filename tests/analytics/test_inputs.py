"""Dates far away, dates as numbers and NUL are 422s naming the parameter, never 500s, on SQLite and PostgreSQL."""

import httpx
import pytest
from fastapi import FastAPI

from tests.analytics.conftest import Tenant
from tests.support import DATE_RANGE, refused

DAY = "give a calendar day as YYYY-MM-DD"



async def test_kpi_values_refuse_far_away_dates_and_accept_the_bounds(client: httpx.AsyncClient,
                                                                     tenant: Tenant) -> None:
    ada = tenant.headers("ada")
    refused(await client.get("/v1/kpi-values?from=0001-01-01&to=9999-12-31", headers=ada),
            {"from": DATE_RANGE, "to": DATE_RANGE})
    response = await client.get("/v1/kpi-values?from=1900-01-01&to=2999-12-31", headers=ada)
    assert response.status_code == 200, response.text
    assert (response.json()["starts_on"], response.json()["ends_on"]) == ("1900-01-01", "2999-12-31")


@pytest.mark.parametrize("period", ["day", "week", "month", "quarter", "rolling"])
async def test_cap_status_refuses_far_away_days_and_answers_on_the_last_day(client: httpx.AsyncClient,
                                                                           tenant: Tenant, period: str) -> None:
    ada = tenant.headers("ada")
    created = await client.post("/v1/caps", headers=ada, json={
        "name": "Facebook", "scope": "organisation", "channel": "facebook", "period": period, "limit_minutes": 30,
        **({"window_days": 366} if period == "rolling" else {})})
    assert created.status_code == 201, created.text
    cap_id = created.json()["id"]
    refused(await client.get(f"/v1/caps/{cap_id}/status?date=9999-12-31", headers=ada), {"date": DATE_RANGE})
    refused(await client.get(f"/v1/caps/{cap_id}/status?date=0001-01-01", headers=ada), {"date": DATE_RANGE})
    for day in ("2999-12-31", "1900-01-01"):
        response = await client.get(f"/v1/caps/{cap_id}/status?date={day}", headers=ada)
        assert response.status_code == 200, response.text
    refused(await client.get("/v1/caps/status/me?date=9999-12-31", headers=ada), {"date": DATE_RANGE})


async def test_a_date_is_never_read_as_a_unix_timestamp(client: httpx.AsyncClient, tenant: Tenant) -> None:
    ada = tenant.headers("ada")
    refused(await client.get("/v1/kpi-values?from=0", headers=ada), {"from": DAY})
    refused(await client.get("/v1/time-entries?to=1700000000", headers=ada), {"to": DAY})
    refused(await client.get("/v1/reports/time-use?from=0", headers=ada), {"from": DAY})
    refused(await client.post("/v1/time-entries", headers=ada, json={"date": 0, "minutes": 5}), {"date": DAY})
    refused(await client.post("/v1/time-entries", headers=ada, json={"date": "0", "minutes": 5}), {"date": DAY})


async def test_body_dates_are_bounded_too(client: httpx.AsyncClient, tenant: Tenant) -> None:
    ada = tenant.headers("ada")
    refused(await client.post("/v1/time-entries", headers=ada, json={"date": "9999-12-31", "minutes": 5}),
            {"date": DATE_RANGE})
    refused(await client.post("/v1/studies", headers=ada, json={
        "name": "Q1", "starts_on": "0001-01-01", "ends_on": "9999-12-31"}),
        {"starts_on": DATE_RANGE, "ends_on": DATE_RANGE})
    refused(await client.post("/v1/cost-rates", headers=ada, json={
        "subject_kind": "job_function", "subject": "sales", "effective_from": "0001-01-01", "hourly_minor": 1}),
        {"effective_from": DATE_RANGE})


async def test_nul_in_a_note_or_path_is_refused(client: httpx.AsyncClient, tenant: Tenant) -> None:
    ada = tenant.headers("ada")
    message = "must not contain the NUL character (U+0000)"
    refused(await client.post("/v1/time-entries", headers=ada, json={
        "date": "2024-05-02", "minutes": 5, "note": "a\x00b"}), {"note": message})
    refused(await client.get("/v1/time-entries/a%00b", headers=ada), {"entry_id": message})
    refused(await client.get("/v1/time-entries?person_id=a%00b", headers=ada), {"person_id": message})


async def test_a_cap_field_that_cannot_be_cleared_refuses_null_as_the_schema_says(
        client: httpx.AsyncClient, tenant: Tenant, app: FastAPI) -> None:
    ada = tenant.headers("ada")
    properties = app.openapi()["components"]["schemas"]["CapUpdate"]["properties"]
    created = (await client.post("/v1/caps", headers=ada, json={
        "name": "Facebook", "scope": "organisation", "channel": "facebook", "period": "day",
        "limit_minutes": 30})).json()
    for field in ("name", "limit_minutes", "thresholds", "hard"):
        assert "anyOf" not in properties[field], field  # the schema no longer offers null
        refused(await client.patch(f"/v1/caps/{created['id']}", json={field: None},
                                   headers={**ada, "If-Match": '"1"'}),
                {field: "may not be null; leave the field out to keep its value"})


async def test_money_is_bounded_by_what_both_databases_store(client: httpx.AsyncClient, tenant: Tenant) -> None:
    ada = tenant.headers("ada")
    too_much = 2**31  # fits SQLite, overflowed PostgreSQL's INTEGER column with a 500
    response = await client.post("/v1/ad-spend", headers=ada, json={
        "channel": "x", "starts_on": "2024-01-01", "ends_on": "2024-01-31", "amount_minor": too_much})
    assert response.status_code == 422, response.text
    assert [e["field"] for e in response.json()["errors"]] == ["amount_minor"]
    response = await client.patch("/v1/settings", headers=ada, json={"earned_media_cpm_minor": too_much})
    assert response.status_code == 422, response.text
    response = await client.post("/v1/ad-spend", headers=ada, json={
        "channel": "x", "starts_on": "2024-01-01", "ends_on": "2024-01-31", "amount_minor": too_much - 1})
    assert response.status_code == 201, response.text
