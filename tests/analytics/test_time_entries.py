"""Time entries: single, bulk, timers, CSV import, editing until the month is locked."""

from datetime import date, timedelta

import httpx
from fastapi import FastAPI

from services.analytics.periods import today_in
from tests.analytics.conftest import Tenant, count_entries


def today() -> date:
    """The organisation's today, asked when a test runs (a run may cross midnight in Stockholm)."""
    return today_in("Europe/Stockholm")


PAST = date(2024, 3, 6)


def entry(minutes: int = 30, day: date = PAST, **extra: object) -> dict[str, object]:
    return {"date": day.isoformat(), "minutes": minutes, "channel": "linkedin", "activity": "social_selling", **extra}


async def test_a_person_records_their_own_time(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post("/v1/time-entries", json=entry(6, channel="facebook", activity="customer_service"),
                                 headers=tenant.headers("sam"))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["person_id"] == tenant.people["sam"] and body["minutes"] == 6
    assert body["org_unit_id"] == tenant.units["sales"] and body["job_function"] == "sales"
    assert body["category"] == "operations" and body["source"] == "manual"
    assert response.headers["ETag"] == '"1"' and response.headers["Location"].endswith(body["id"])
    listed = await client.get("/v1/time-entries", headers=tenant.headers("sam"))
    assert [e["id"] for e in listed.json()["items"]] == [body["id"]]


async def test_bad_minutes_dates_and_channels_name_the_field(client: httpx.AsyncClient, tenant: Tenant,
                                                             app: FastAPI) -> None:
    cases = [(entry(0), "minutes"), (entry(1441), "minutes"), (entry(day=today() + timedelta(days=3)), "date"),
             (entry(day=date(1999, 12, 31)), "date"), (entry(channel="myspace"), "channel"),
             (entry(activity="napping"), "activity")]
    for body, field in cases:
        response = await client.post("/v1/time-entries", json=body, headers=tenant.headers("sam"))
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
        assert [e["field"] for e in response.json()["errors"]] == [field]
    tomorrow = await client.post("/v1/time-entries", json=entry(day=today() + timedelta(days=1)),
                                 headers=tenant.headers("sam"))
    assert tomorrow.status_code == 201
    assert await count_entries(app, tenant.org_id) == 1


async def test_a_day_holds_at_most_1440_minutes(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert (await client.post("/v1/time-entries", json=entry(1400), headers=tenant.headers("sam"))).status_code == 201
    response = await client.post("/v1/time-entries", json=entry(41), headers=tenant.headers("sam"))
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["field"] == "minutes" and "1441" in error["message"] and "1440" in error["message"]
    assert (await client.post("/v1/time-entries", json=entry(40), headers=tenant.headers("sam"))).status_code == 201


async def test_people_record_only_their_own_time_and_integrations_anyones(
        client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant) -> None:
    forbidden = await client.post("/v1/time-entries", json=entry(person_id=tenant.people["sia"]),
                                  headers=tenant.headers("sam"))
    assert forbidden.status_code == 403 and forbidden.json()["errors"][0]["field"] == "person_id"
    integration = tenant.client("time:write")
    created = await client.post("/v1/time-entries", json=entry(source="integration", person_id=tenant.people["sia"]),
                                headers=integration)
    assert created.status_code == 201 and created.json()["person_id"] == tenant.people["sia"]
    missing = await client.post("/v1/time-entries", json=entry(), headers=integration)
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "person_id"
    foreign = await client.post("/v1/time-entries", json=entry(person_id=other_tenant.people["sia"]),
                                headers=integration)
    assert foreign.status_code == 422 and foreign.json()["errors"][0]["field"] == "person_id"
    no_scope = await client.post("/v1/time-entries", json=entry(person_id=tenant.people["sia"]),
                                 headers=tenant.client("reports:read"))
    assert no_scope.status_code == 403


async def test_bulk_is_all_or_nothing_and_names_each_bad_entry(client: httpx.AsyncClient, tenant: Tenant,
                                                               app: FastAPI) -> None:
    integration = tenant.client("time:write")
    sam, sia = tenant.people["sam"], tenant.people["sia"]
    bad = {"entries": [entry(30, person_id=sam), entry(0, person_id=sia), entry(20, person_id=sia, channel="fax")]}
    response = await client.post("/v1/time-entries/bulk", json=bad, headers=integration)
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"entries[1].minutes", "entries[2].channel"}
    over = {"entries": [entry(800, person_id=sam), entry(700, person_id=sam)]}
    response = await client.post("/v1/time-entries/bulk", json=over, headers=integration)
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "entries[1].minutes"
    assert await count_entries(app, tenant.org_id) == 0
    too_many = {"entries": [entry(1, person_id=sam)] * 1001}
    assert (await client.post("/v1/time-entries/bulk", json=too_many, headers=integration)).status_code == 422

    good = {"entries": [entry(30, person_id=sam), entry(45, person_id=sia, channel="email", activity="other")]}
    key = {**integration, "Idempotency-Key": "batch-1"}
    first = await client.post("/v1/time-entries/bulk", json=good, headers=key)
    again = await client.post("/v1/time-entries/bulk", json=good, headers=key)
    assert first.status_code == again.status_code == 201
    assert first.json()["created"] == 2 and len(first.json()["ids"]) == 2 and again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert await count_entries(app, tenant.org_id) == 2
    changed = await client.post("/v1/time-entries/bulk", json={"entries": good["entries"][:1]}, headers=key)
    assert changed.status_code == 422 and changed.json()["errors"][0]["field"] == "Idempotency-Key"


async def test_a_timer_runs_once_per_person_and_stops_into_whole_minutes(client: httpx.AsyncClient,
                                                                        tenant: Tenant) -> None:
    me = tenant.headers("cai")
    assert (await client.post("/v1/timer/stop", headers=me)).status_code == 404
    started = await client.post("/v1/timer/start", json={"channel": "facebook", "activity": "customer_service"},
                                headers=me)
    assert started.status_code == 201 and started.json()["elapsed_minutes"] == 1
    second = await client.post("/v1/timer/start", json={}, headers=me)
    assert second.status_code == 409
    assert (await client.get("/v1/timer", headers=me)).json()["id"] == started.json()["id"]
    stopped = await client.post("/v1/timer/stop", headers=me)
    assert stopped.status_code == 201
    body = stopped.json()
    assert body["minutes"] == 1 and body["source"] == "timer" and body["channel"] == "facebook"
    assert body["date"] == today().isoformat()
    assert (await client.get("/v1/timer", headers=me)).status_code == 404


async def test_csv_import_reports_every_bad_row_by_line_and_writes_nothing(
        client: httpx.AsyncClient, tenant: Tenant, app: FastAPI) -> None:
    me = {**tenant.headers("sam"), "Content-Type": "text/csv"}
    bad = ("date,minutes,channel,activity,note\n2024-03-04,30,linkedin,social_selling,ok\n"
           "2024-03-05,0,linkedin,social_selling,zero\n2024-03-06,15,fax,other,\n2024-03-07,20,email,,fine\n")
    response = await client.post("/v1/time-entries/import", content=bad, headers=me)
    assert response.status_code == 422
    assert [(e["line"], e["field"]) for e in response.json()["errors"]] == [(3, "minutes"), (4, "channel")]
    assert await count_entries(app, tenant.org_id) == 0
    good = "date,minutes,channel,activity,note\n2024-03-04,30,linkedin,social_selling,ok\n2024-03-07,20,email,,\n"
    imported = await client.post("/v1/time-entries/import", content=good, headers=me)
    assert imported.status_code == 201 and imported.json() == {"created": 2, "minutes": 50}
    by_email = f"date,minutes,email\n2024-03-04,10,sia@{tenant.org_id[-6:]}.example\n2024-03-04,10,nobody@x.example\n"
    response = await client.post("/v1/time-entries/import", content=by_email,
                                 headers={**tenant.client("time:write"), "Content-Type": "text/csv"})
    assert response.status_code == 422 and response.json()["errors"][0] == {
        "field": "email", "message": "no person nobody@x.example in this organisation", "line": 3}
    wrong_type = await client.post("/v1/time-entries/import", content=good, headers=tenant.headers("sam"))
    assert wrong_type.status_code == 415


async def test_own_entries_change_until_their_month_is_locked(client: httpx.AsyncClient, tenant: Tenant) -> None:
    me = tenant.headers("sam")
    created = (await client.post("/v1/time-entries", json=entry(30), headers=me)).json()
    url = f"/v1/time-entries/{created['id']}"
    assert (await client.get(url, headers=tenant.headers("sia"))).status_code == 404
    stale = await client.patch(url, json={"minutes": 40}, headers={**me, "If-Match": '"7"'})
    assert stale.status_code == 412
    changed = await client.patch(url, json={"minutes": 40}, headers={**me, "If-Match": '"1"'})
    assert changed.status_code == 200 and changed.json()["minutes"] == 40 and changed.headers["ETag"] == '"2"'

    assert (await client.post("/v1/locked-periods", json={"month": "2024-03"}, headers=me)).status_code == 403
    locked = await client.post("/v1/locked-periods", json={"month": "2024-03"}, headers=tenant.headers("ada"))
    assert locked.status_code == 201 and locked.json()["month"] == "2024-03"
    refused = await client.patch(url, json={"minutes": 50}, headers=me)
    assert refused.status_code == 409 and "locked" in refused.json()["detail"]
    assert (await client.delete(url, headers=me)).status_code == 409

    assert (await client.delete("/v1/locked-periods/2024-03", headers=tenant.headers("ada"))).status_code == 204
    assert (await client.delete(url, headers=me)).status_code == 204
    assert (await client.get(url, headers=me)).status_code == 404


LOCKED = "https://netwise.dev/problems/period-locked"


def assert_locked(response: httpx.Response, *errors: tuple[str, int | None]) -> None:
    """One status and one problem type for every write into a locked month, naming each entry concerned."""
    assert response.status_code == 409, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == LOCKED and problem["title"] == "Period Locked" and "2024-03" in problem["detail"]
    assert [(e["field"], e.get("line")) for e in problem["errors"]] == list(errors)
    assert all(e["message"] == "falls in 2024-03, a locked period" for e in problem["errors"])


async def test_every_write_into_a_locked_month_is_one_409_period_locked(
        client: httpx.AsyncClient, tenant: Tenant, app: FastAPI) -> None:
    me = tenant.headers("sam")
    inside = (await client.post("/v1/time-entries", json=entry(30), headers=me)).json()
    outside = (await client.post("/v1/time-entries", json=entry(10, day=date(2024, 4, 2)), headers=me)).json()
    assert (await client.post("/v1/locked-periods", json={"month": "2024-03"},
                              headers=tenant.headers("ada"))).status_code == 201

    assert_locked(await client.post("/v1/time-entries", json=entry(5), headers=me), ("date", None))
    bulk = await client.post("/v1/time-entries/bulk", headers=me, json={"entries": [
        entry(5, day=date(2024, 4, 3)), entry(5, day=date(2024, 3, 30))]})
    assert_locked(bulk, ("entries[1].date", None))
    csv = "date,minutes,channel\n2024-04-03,5,email\n2024-03-04,5,email\n2024-03-05,5,email\n"
    imported = await client.post("/v1/time-entries/import", content=csv,
                                 headers={**me, "Content-Type": "text/csv"})
    assert_locked(imported, ("date", 3), ("date", 4))
    assert_locked(await client.patch(f"/v1/time-entries/{inside['id']}", json={"minutes": 5}, headers=me),
                  ("date", None))
    moved = await client.patch(f"/v1/time-entries/{outside['id']}", json={"date": "2024-03-29"}, headers=me)
    assert_locked(moved, ("date", None))
    assert_locked(await client.delete(f"/v1/time-entries/{inside['id']}", headers=me), ("date", None))
    assert await count_entries(app, tenant.org_id) == 2  # nothing written, changed or deleted
    assert (await client.get(f"/v1/time-entries/{outside['id']}", headers=me)).json()["date"] == "2024-04-02"


async def test_a_timer_stopping_into_a_locked_month_is_409_period_locked_and_kept(
        client: httpx.AsyncClient, tenant: Tenant, app: FastAPI) -> None:
    me = tenant.headers("cai")
    month = f"{today():%Y-%m}"
    started = await client.post("/v1/timer/start", json={"channel": "facebook"}, headers=me)
    assert started.status_code == 201
    assert (await client.post("/v1/locked-periods", json={"month": month},
                              headers=tenant.headers("ada"))).status_code == 201
    stopped = await client.post("/v1/timer/stop", headers=me)
    assert stopped.status_code == 409 and stopped.json()["type"] == LOCKED and month in stopped.json()["detail"]
    assert stopped.json()["errors"] == [{"field": "date", "message": f"falls in {month}, a locked period"}]
    assert (await client.get("/v1/timer", headers=me)).json()["id"] == started.json()["id"]  # kept, to discard
    assert await count_entries(app, tenant.org_id) == 0
