"""Caps with their status, hard caps, and threshold events once per period."""

from datetime import date, timedelta

import httpx
from fastapi import FastAPI

from services.analytics.periods import period_bounds, today_in
from tests.analytics.conftest import Tenant, issuer
from tests.support import emitted_data


def today() -> date:
    """The organisation's today, asked when a test runs (a run may cross midnight in Stockholm)."""
    return today_in("Europe/Stockholm")


def cap(**extra: object) -> dict[str, object]:
    return {"name": "Facebook in service", "scope": "org_unit", "channel": "facebook", "period": "day",
            "limit_minutes": 30, **extra}


async def record(client: httpx.AsyncClient, tenant: Tenant, who: str, minutes: int, day: date | None = None,
                 channel: str = "facebook") -> httpx.Response:
    return await client.post("/v1/time-entries", headers=tenant.headers(who), json={
        "date": (day or today()).isoformat(), "minutes": minutes, "channel": channel, "activity": "customer_service"})


async def test_a_hard_cap_refuses_an_entry_saying_by_how_much(client: httpx.AsyncClient, tenant: Tenant) -> None:
    created = await client.post("/v1/caps", json=cap(scope_id=tenant.units["service"], hard=True),
                                headers=tenant.headers("ada"))
    assert created.status_code == 201 and created.json()["thresholds"] == [50, 80, 100]
    assert (await record(client, tenant, "cai", 25)).status_code == 201
    refused = await record(client, tenant, "cai", 10)
    assert refused.status_code == 422
    error = refused.json()["errors"][0]
    assert error["field"] == "minutes" and "by 5 minutes" in error["message"]
    assert (await record(client, tenant, "cai", 5)).status_code == 201  # exactly at the limit is allowed
    assert (await record(client, tenant, "cai", 60, channel="email")).status_code == 201  # other channel
    assert (await record(client, tenant, "cora", 30)).status_code == 201  # the limit is per person
    assert (await record(client, tenant, "sam", 90)).status_code == 201  # another unit


async def test_a_hard_cap_refusal_says_by_how_much_and_what_is_left_in_plain_words(client: httpx.AsyncClient,
                                                                                    tenant: Tenant) -> None:
    await client.post("/v1/caps", headers=tenant.headers("ada"), json=cap(
        name="Service, 1 h a week", scope_id=tenant.units["service"], period="week", limit_minutes=60, hard=True))
    week = period_bounds("week", today())[0].isoformat()
    assert (await record(client, tenant, "cai", 15)).status_code == 201

    plural = (await record(client, tenant, "cai", 50)).json()["errors"][0]["message"]
    assert plural == (f"would pass the hard cap 'Service, 1 h a week' (60 minutes per week) by 5 minutes; "
                      f"45 minutes left of 60 in the week of {week}")

    assert (await record(client, tenant, "cai", 44)).status_code == 201  # 59 of 60
    singular = (await record(client, tenant, "cai", 2)).json()["errors"][0]["message"]
    assert singular.endswith(f"by 1 minute; 1 minute left of 60 in the week of {week}")

    assert (await record(client, tenant, "cai", 1)).status_code == 201  # exactly 60
    zero = (await record(client, tenant, "cai", 1)).json()["errors"][0]["message"]
    assert zero.endswith(f"by 1 minute; 0 minutes left of 60 in the week of {week}")
    assert "minutes minute" not in zero and "1 minutes" not in zero


async def test_a_batch_over_several_periods_meets_each_periods_own_usage(client: httpx.AsyncClient,
                                                                          tenant: Tenant) -> None:
    await client.post("/v1/caps", json=cap(scope_id=tenant.units["service"], hard=True),
                      headers=tenant.headers("ada"))
    yesterday = today() - timedelta(days=1)
    assert (await record(client, tenant, "cai", 25)).status_code == 201
    assert (await record(client, tenant, "cai", 10, day=yesterday)).status_code == 201
    batch = [{"date": day.isoformat(), "minutes": minutes, "channel": "facebook", "activity": "customer_service"}
             for day, minutes in ((yesterday, 20), (today(), 10), (yesterday, 1), (today(), 5))]
    refused = await client.post("/v1/time-entries/bulk", json={"entries": batch}, headers=tenant.headers("cai"))
    assert refused.status_code == 422
    assert [(e["field"], e["message"].split("; ")[1]) for e in refused.json()["errors"]] == [
        ("entries[1].minutes", f"5 minutes left of 30 on {today().isoformat()}"),
        ("entries[2].minutes", f"0 minutes left of 30 on {yesterday.isoformat()}"),
        ("entries[3].minutes", f"0 minutes left of 30 on {today().isoformat()}")]
    batch = [{**entry, "minutes": 5} for entry in batch]  # yesterday 10 + 10, today 25 + 10: over today only
    refused = await client.post("/v1/time-entries/bulk", json={"entries": batch}, headers=tenant.headers("cai"))
    assert [e["field"] for e in refused.json()["errors"]] == ["entries[3].minutes"]
    assert (await client.post("/v1/time-entries/bulk", json={"entries": batch[:3]},
                              headers=tenant.headers("cai"))).status_code == 201


async def test_thresholds_are_announced_once_per_period(client: httpx.AsyncClient, tenant: Tenant,
                                                        app: FastAPI) -> None:
    created = (await client.post("/v1/caps", json=cap(scope_id=tenant.units["service"]),
                                 headers=tenant.headers("ada"))).json()
    await record(client, tenant, "cai", 10)
    assert await emitted_data(app, tenant.org_id, "netwise.analytics.cap.threshold_crossed") == []
    await record(client, tenant, "cai", 15)  # 25 of 30: 50 % and 80 % crossed together
    await record(client, tenant, "cai", 20)  # 45 of 30: soft, so recorded; 100 %
    await record(client, tenant, "cai", 20)  # nothing new to announce
    yesterday = today() - timedelta(days=1)
    await record(client, tenant, "cai", 16, day=yesterday)  # another period: 50 % again
    sent = await emitted_data(app, tenant.org_id, "netwise.analytics.cap.threshold_crossed")
    assert [(e["period_start"], e["threshold_percent"], e["used_minutes"]) for e in sent] == [
        (today().isoformat(), 50, 25), (today().isoformat(), 80, 25), (today().isoformat(), 100, 45),
        (yesterday.isoformat(), 50, 16)]
    assert {(e["cap_id"], e["person_id"], e["scope"], e["limit_minutes"]) for e in sent} == {
        (created["id"], tenant.people["cai"], "org_unit", 30)}


async def test_my_status_shows_used_remaining_percent_and_minutes_a_day_left(client: httpx.AsyncClient,
                                                                            tenant: Tenant) -> None:
    await client.post("/v1/caps", headers=tenant.headers("ada"), json={
        "name": "Social selling", "scope": "job_function", "scope_id": "sales", "period": "week",
        "limit_minutes": 360})
    await record(client, tenant, "sam", 90)
    status = await client.get("/v1/caps/status/me", headers=tenant.headers("sam"))
    assert status.status_code == 200
    [mine] = status.json()
    start, end = period_bounds("week", today())
    days_left = (end - today()).days + 1
    assert (mine["period_start"], mine["period_end"]) == (start.isoformat(), end.isoformat())
    assert start.weekday() == 0
    assert mine["used_minutes"] == 90 and mine["remaining_minutes"] == 270 and mine["percent"] == 25.0
    assert mine["days_left"] == days_left and mine["average_minutes_per_day_left"] == 270 // days_left
    assert (await client.get("/v1/caps/status/me", headers=tenant.headers("cai"))).json() == []


async def test_cap_status_is_aggregated_and_small_scopes_suppressed(client: httpx.AsyncClient,
                                                                   tenant: Tenant) -> None:
    sales = (await client.post("/v1/caps", headers=tenant.headers("mona"), json=cap(
        scope_id=tenant.units["sales"], channel=None, limit_minutes=60))).json()
    for who, minutes in (("sam", 70), ("sia", 30), ("sol", 50)):
        await record(client, tenant, who, minutes, channel="linkedin")
    status = (await client.get(f"/v1/caps/{sales['id']}/status", headers=tenant.headers("mona"))).json()
    assert status["people_in_scope"] == 5 and status["people_with_time"] == 3
    assert status["people_over_limit"] == 1
    assert status["people_at_threshold"] == {"50": 3, "80": 2, "100": 1}
    assert status["average_used_minutes"] == 150 // 5 and status["suppression"]["suppressed_groups"] == 0

    service = (await client.post("/v1/caps", headers=tenant.headers("ada"), json=cap(
        scope_id=tenant.units["service"]))).json()
    await record(client, tenant, "cai", 20)
    small = (await client.get(f"/v1/caps/{service['id']}/status", headers=tenant.headers("ada"))).json()
    assert small["people_in_scope"] == 2 and small["suppression"] == {"min_group_size": 3, "suppressed_groups": 1}
    assert small["people_over_limit"] is None and small["average_used_minutes"] is None


async def test_pooled_rolling_cap_counts_the_window_ending_on_the_day(client: httpx.AsyncClient,
                                                                     tenant: Tenant) -> None:
    pooled = (await client.post("/v1/caps", headers=tenant.headers("ada"), json={
        "name": "Sales social, 7 days", "scope": "org_unit", "scope_id": tenant.units["sales"], "period": "rolling",
        "window_days": 7, "limit_minutes": 100, "per_person": False, "hard": True})).json()
    await record(client, tenant, "sam", 40, day=today() - timedelta(days=7))  # outside the window
    await record(client, tenant, "sam", 50, day=today() - timedelta(days=6))
    await record(client, tenant, "sia", 40)
    refused = await record(client, tenant, "sol", 20)
    assert refused.status_code == 422 and "by 10 minutes" in refused.json()["errors"][0]["message"]
    status = (await client.get(f"/v1/caps/{pooled['id']}/status", headers=tenant.headers("ada"))).json()
    assert status["pooled"]["used_minutes"] == 90 and status["pooled"]["remaining_minutes"] == 10
    assert status["pooled"]["days_left"] == 1


async def test_managers_cap_only_what_they_manage(client: httpx.AsyncClient, tenant: Tenant,
                                                  other_tenant: Tenant) -> None:
    mona = tenant.headers("mona")
    org_wide = await client.post("/v1/caps", headers=mona, json=cap(scope="organisation"))
    assert org_wide.status_code == 403 and org_wide.json()["errors"][0]["field"] == "scope"
    other_unit = await client.post("/v1/caps", headers=mona, json=cap(scope_id=tenant.units["service"]))
    assert other_unit.status_code == 403
    person = await client.post("/v1/caps", headers=mona, json=cap(scope="person", scope_id=tenant.people["sam"]))
    assert person.status_code == 201
    learner = await client.post("/v1/caps", headers=tenant.headers("sam"), json=cap(scope_id=tenant.units["sales"]))
    assert learner.status_code == 403
    foreign = await client.post("/v1/caps", headers=tenant.headers("ada"),
                                json=cap(scope_id=other_tenant.units["sales"]))
    assert foreign.status_code == 422 and foreign.json()["errors"][0]["field"] == "scope_id"
    invalid = await client.post("/v1/caps", headers=tenant.headers("ada"), json=cap(period="rolling"))
    assert invalid.status_code == 422
    cap_id = person.json()["id"]
    assert (await client.get(f"/v1/caps/{cap_id}", headers=other_tenant.headers("ada"))).status_code == 404
    changed = await client.patch(f"/v1/caps/{cap_id}", json={"limit_minutes": 45, "hard": True},
                                 headers={**mona, "If-Match": '"1"'})
    assert changed.status_code == 200 and changed.json()["limit_minutes"] == 45 and changed.headers["ETag"] == '"2"'
    assert (await client.delete(f"/v1/caps/{cap_id}", headers={**mona, "If-Match": '"1"'})).status_code == 412
    assert (await client.delete(f"/v1/caps/{cap_id}", headers=mona)).status_code == 204


async def test_a_person_caps_status_is_the_persons_and_the_setters_only_by_consent(
        client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant) -> None:
    mona, sam = tenant.headers("mona"), tenant.headers("sam")
    created = await client.post("/v1/caps", headers=mona, json=cap(
        name="Sam, 2 h a week", scope="person", scope_id=tenant.people["sam"], channel=None, period="week",
        limit_minutes=120, thresholds=[50, 100]))
    assert created.status_code == 201 and created.json()["status_shared_with_setter"] is False
    url = f"/v1/caps/{created.json()['id']}"
    await record(client, tenant, "sam", 90, channel="linkedin")

    mine = await client.get(f"{url}/status", headers=sam)  # the person always
    assert mine.status_code == 200
    body = mine.json()
    assert body["person"]["used_minutes"] == 90 and body["person"]["remaining_minutes"] == 30
    assert body["people_at_threshold"] == {"50": 1, "100": 0} and body["people_over_limit"] == 0
    assert body["suppression"]["suppressed_groups"] == 0

    refused = await client.get(f"{url}/status", headers=mona)  # the setter, before consent
    assert refused.status_code == 403 and refused.headers["content-type"] == "application/problem+json"
    assert "consent" in refused.json()["detail"]
    assert refused.json()["errors"] == [{"field": "cap_id",
                                         "message": "needs the consent of the person the cap is on"}]

    assert (await client.put(f"{url}/consent", headers=mona,  # only the person gives consent
                             json={"status_shared_with_setter": True})).status_code == 404
    consent = await client.put(f"{url}/consent", headers=sam, json={"status_shared_with_setter": True})
    assert consent.status_code == 200 and consent.json()["status_shared_with_setter"] is True
    assert consent.headers["ETag"] == '"2"'
    shared = await client.get(f"{url}/status", headers=mona)
    assert shared.status_code == 200 and shared.json()["person"]["used_minutes"] == 90

    other_manager = issuer.headers(org=tenant.org_id, subject=tenant.people["cai"], roles=["learner", "manager"])
    assert (await client.get(f"{url}/status", headers=other_manager)).status_code == 404
    assert (await client.get(f"{url}/status", headers=tenant.headers("sia"))).status_code == 404
    assert (await client.get(f"{url}/status", headers=other_tenant.headers("ada"))).status_code == 404
    analyst = (await client.get(f"{url}/status", headers=tenant.headers("ada"))).json()  # aggregates only
    assert analyst["person"] is None and analyst["average_used_minutes"] is None
    assert analyst["people_at_threshold"] == {} and analyst["suppression"]["suppressed_groups"] == 1

    assert (await client.put(f"{url}/consent", headers=sam,
                             json={"status_shared_with_setter": False})).status_code == 200
    assert (await client.get(f"{url}/status", headers=mona)).status_code == 403  # withdrawn at once


async def test_only_cap_setters_read_the_status_of_a_group_cap(client: httpx.AsyncClient, tenant: Tenant) -> None:
    sales = (await client.post("/v1/caps", headers=tenant.headers("mona"), json=cap(
        scope_id=tenant.units["sales"]))).json()
    learner = await client.get(f"/v1/caps/{sales['id']}/status", headers=tenant.headers("sam"))
    assert learner.status_code == 403 and "/v1/caps/status/me" in learner.json()["detail"]
    assert (await client.put(f"/v1/caps/{sales['id']}/consent", headers=tenant.headers("sam"),
                             json={"status_shared_with_setter": True})).status_code == 404
