"""Investment vs operations, cost at the rate valid on each day, reports with suppression, CSV."""

import csv
import io
from datetime import date

import httpx

from tests.analytics.conftest import Tenant

MARCH = {"from": "2024-03-01", "to": "2024-03-31"}


async def bulk(client: httpx.AsyncClient, tenant: Tenant, rows: list[tuple[str, str, int, str, str | None]]) -> None:
    entries = [{"person_id": tenant.people[who], "date": day, "minutes": minutes, "channel": channel,
                "activity": activity} for who, day, minutes, channel, activity in rows]
    response = await client.post("/v1/time-entries/bulk", json={"entries": entries},
                                 headers=tenant.client("time:write"))
    assert response.status_code == 201, response.text


async def rate(client: httpx.AsyncClient, tenant: Tenant, kind: str, subject: str, since: str, hourly: int) -> None:
    response = await client.post("/v1/cost-rates", headers=tenant.headers("ada"), json={
        "subject_kind": kind, "subject": subject, "effective_from": since, "hourly_minor": hourly})
    assert response.status_code == 201, response.text


async def test_cost_follows_the_rate_valid_on_each_day(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await rate(client, tenant, "job_function", "sales", "2024-01-01", 60000)  # 600 SEK an hour
    await rate(client, tenant, "job_function", "sales", "2024-03-15", 90000)  # raised mid-month
    await rate(client, tenant, "person", tenant.people["sten"], "2024-03-01", 120000)  # sten's own rate
    await bulk(client, tenant, [("sam", "2024-03-10", 60, "linkedin", "social_selling"),
                                ("sam", "2024-03-20", 60, "linkedin", "social_selling"),
                                ("sia", "2024-03-20", 30, "linkedin", "social_selling"),
                                ("sten", "2024-03-10", 30, "linkedin", "social_selling"),
                                ("sten", "2024-02-10", 30, "linkedin", "social_selling")])
    report = (await client.get("/v1/reports/time-use", params={**MARCH, "group_by": "job_function"},
                               headers=tenant.headers("ada"))).json()
    [sales] = report["rows"]
    assert sales["minutes"] == 180 and report["currency"] == "SEK"
    assert sales["cost_minor"] == 60000 + 90000 + 45000 + 60000
    assert sales["uncosted_minutes"] == 0
    history = (await client.get("/v1/cost-rates", params={"subject_kind": "job_function", "subject": "sales"},
                                headers=tenant.headers("ada"))).json()["items"]
    assert [(r["effective_from"], r["effective_to"]) for r in history] == [
        ("2024-01-01", "2024-03-15"), ("2024-03-15", None)]
    duplicate = await client.post("/v1/cost-rates", headers=tenant.headers("ada"), json={
        "subject_kind": "job_function", "subject": "sales", "effective_from": "2024-03-15", "hourly_minor": 1})
    assert duplicate.status_code == 409
    bad = await client.post("/v1/cost-rates", headers=tenant.headers("ada"), json={
        "subject_kind": "job_function", "subject": "astronaut", "effective_from": "2024-03-15", "hourly_minor": 1})
    assert bad.status_code == 422
    assert (await client.post("/v1/cost-rates", headers=tenant.headers("mona"), json={
        "subject_kind": "job_function", "subject": "sales", "effective_from": "2024-05-01",
        "hourly_minor": 1})).status_code == 403


async def test_the_largest_rate_over_a_full_day_is_costed_exactly(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await rate(client, tenant, "person", tenant.people["sam"], "2024-01-01", 10**9)  # the most a rate may be
    await bulk(client, tenant, [("sam", "2024-03-05", 1440, "linkedin", "social_selling")])
    mine = await client.get("/v1/reports/time-use", params={**MARCH, "group_by": "channel", "person_id": "me"},
                            headers=tenant.headers("sam"))
    assert mine.status_code == 200, mine.text
    assert [(r["minutes"], r["cost_minor"]) for r in mine.json()["rows"]] == [(1440, 24 * 10**9)]


async def test_small_groups_are_suppressed_and_the_report_says_how_many(client: httpx.AsyncClient,
                                                                        tenant: Tenant) -> None:
    await bulk(client, tenant, [(who, "2024-03-05", 20, "linkedin", "social_selling") for who in ("sam", "sia", "sol")]
               + [("cai", "2024-03-05", 45, "facebook", "customer_service"),
                  ("sam", "2024-03-06", 15, "x", "monitoring")])
    report = await client.get("/v1/reports/time-use", params={**MARCH, "group_by": ["unit", "channel"]},
                              headers=tenant.headers("ada"))
    assert report.status_code == 200
    body = report.json()
    assert [(r["group"]["unit_name"], r["group"]["channel"], r["minutes"], r["people"]) for r in body["rows"]] == [
        ("Sales", "linkedin", 60, 3)]
    assert body["suppression"] == {"min_group_size": 3, "suppressed_groups": 2}
    assert body["total_minutes"] == 60

    mine = (await client.get("/v1/reports/time-use", params={**MARCH, "group_by": ["person", "channel"],
                                                              "person_id": "me"},
                             headers=tenant.headers("sam"))).json()
    assert [(r["group"]["channel"], r["minutes"]) for r in mine["rows"]] == [("linkedin", 20), ("x", 15)]
    assert mine["suppression"]["suppressed_groups"] == 0

    by_person = await client.get("/v1/reports/time-use", params={**MARCH, "group_by": "person"},
                                 headers=tenant.headers("ada"))
    assert by_person.status_code == 403 and by_person.json()["errors"][0]["field"] == "group_by"
    someone = await client.get("/v1/reports/time-use", params={**MARCH, "person_id": tenant.people["sam"]},
                               headers=tenant.headers("ada"))
    assert someone.status_code == 403 and someone.json()["errors"][0]["field"] == "person_id"
    learner = await client.get("/v1/reports/time-use", params=MARCH, headers=tenant.headers("sam"))
    assert learner.status_code == 403
    manager = (await client.get("/v1/reports/time-use", params={**MARCH, "group_by": "unit"},
                                headers=tenant.headers("mona"))).json()
    assert [r["group"]["unit"] for r in manager["rows"]] == [tenant.units["sales"]]  # not Service's time
    integration = await client.get("/v1/reports/time-use", params=MARCH, headers=tenant.client("reports:read"))
    assert integration.status_code == 200


async def test_every_grouping_including_iso_weeks_and_months(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await bulk(client, tenant, [(who, day, 10, "linkedin", "strategy") for who in ("sam", "sia", "sol")
                                for day in ("2024-03-03", "2024-03-04", "2024-03-10", "2024-04-01")])
    params = {"from": "2024-03-01", "to": "2024-04-30", "group_by": "week"}
    weeks = (await client.get("/v1/reports/time-use", params=params, headers=tenant.headers("ada"))).json()
    assert [(r["group"]["week"], r["minutes"]) for r in weeks["rows"]] == [
        ("2024-02-26", 30), ("2024-03-04", 60), ("2024-04-01", 30)]
    months = (await client.get("/v1/reports/time-use", params={**params, "group_by": ["month", "category"]},
                               headers=tenant.headers("ada"))).json()
    assert [(r["group"]["month"], r["group"]["category"], r["minutes"]) for r in months["rows"]] == [
        ("2024-03-01", "investment", 90), ("2024-04-01", "investment", 30)]
    days = (await client.get("/v1/reports/time-use", params={**params, "group_by": ["day", "activity"],
                                                              "unit_id": tenant.units["hq"]},
                             headers=tenant.headers("ada"))).json()
    assert len(days["rows"]) == 4 and days["rows"][0]["group"] == {"day": "2024-03-03", "activity": "strategy"}
    bad = await client.get("/v1/reports/time-use", params={"group_by": "planet"}, headers=tenant.headers("ada"))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"].startswith("group_by")


async def test_csv_export_carries_the_same_totals(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await rate(client, tenant, "job_function", "sales", "2024-01-01", 60000)
    await bulk(client, tenant, [(who, "2024-03-05", 30, "linkedin", "social_selling") for who in ("sam", "sia", "sol")])
    for extra in ({"params": {**MARCH, "format": "csv"}}, {"params": MARCH, "headers": {"Accept": "text/csv"}}):
        headers = {**tenant.headers("ada"), **extra.get("headers", {})}  # type: ignore[dict-item]
        response = await client.get("/v1/reports/time-use", params=extra["params"], headers=headers)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
        assert response.headers["X-Suppressed-Groups"] == "0"
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert rows == [{"channel": "linkedin", "minutes": "90", "cost_minor": "90000", "uncosted_minutes": "0",
                         "people": "3", "currency": "SEK"}]
    for path in ("investment-ratio", "training-coverage", "advocacy-reach"):
        exported = await client.get(f"/v1/reports/{path}", params={"format": "csv"}, headers=tenant.headers("ada"))
        assert exported.status_code == 200 and exported.text.splitlines()[0]


async def test_investment_share_is_reported_against_the_target(client: httpx.AsyncClient, tenant: Tenant) -> None:
    investing = [(who, "2024-03-05", 10, "linkedin", "content_creation") for who in ("sam", "sia", "sol")]
    await bulk(client, tenant, [*investing,
                                ("sia", "2024-03-05", 60, "facebook", "customer_service"),
                                ("sol", "2024-03-05", 60, "facebook", "community_management"),
                                ("sam", "2024-03-06", 10, "email", "other"),
                                ("sten", "2024-03-06", 10, "email", "other"),
                                ("sten", "2024-03-07", 10, "meetings", None)])
    ratio = (await client.get("/v1/reports/investment-ratio", params=MARCH, headers=tenant.headers("ada"))).json()
    assert [(i["category"], i["minutes"], i["percent"], i["target_percent"], i["difference_points"])
            for i in ratio["items"]] == [("investment", 30, 17.6, 20, -2.4), ("operations", 140, 82.4, 80, 2.4)]
    assert ratio["total_minutes"] == 170 and ratio["suppression"]["suppressed_groups"] == 1  # sten's unspecified
    settings = await client.get("/v1/settings", headers=tenant.headers("sam"))
    assert settings.json()["activity_categories"]["strategy"] == "investment"
    admin = {**tenant.headers("ada"), "If-Match": settings.headers["ETag"]}
    changed = await client.patch("/v1/settings", headers=admin,
                                 json={"investment_target_percent": 30,
                                       "activity_categories": {"community_management": "investment"}})
    assert changed.status_code == 200 and changed.json()["activity_categories"]["community_management"] == "investment"
    ratio = (await client.get("/v1/reports/investment-ratio", params=MARCH, headers=tenant.headers("ada"))).json()
    assert [(i["minutes"], i["percent"], i["target_percent"]) for i in ratio["items"]] == [(90, 52.9, 30),
                                                                                           (80, 47.1, 70)]
    assert (await client.patch("/v1/settings", headers=tenant.headers("sam"),
                               json={"investment_target_percent": 50})).status_code == 403


async def test_cost_per_result_adds_ad_spend_and_divides_by_results(client: httpx.AsyncClient,
                                                                   tenant: Tenant) -> None:
    await rate(client, tenant, "job_function", "sales", "2024-01-01", 60000)
    await bulk(client, tenant, [(who, "2024-03-05", 60, "linkedin", "social_selling") for who in ("sam", "sia", "sol")])
    spend = await client.post("/v1/ad-spend", headers=tenant.headers("ada"), json={
        "channel": "linkedin", "starts_on": "2024-03-01", "ends_on": "2024-04-30", "amount_minor": 610000})
    assert spend.status_code == 201 and spend.json()["currency"] == "SEK"
    leads = await client.post("/v1/kpi-measurements", headers=tenant.client("kpis:write"), json={
        "kpi_key": "leads", "channel": "linkedin", "starts_on": "2024-03-01", "ends_on": "2024-03-31", "value": "12"})
    assert leads.status_code == 201
    report = (await client.get("/v1/reports/cost-per-result", params={**MARCH, "kpi_key": "leads"},
                               headers=tenant.headers("ada"))).json()
    [linkedin] = report["rows"]
    assert linkedin["time_cost_minor"] == 180000 and linkedin["ad_spend_minor"] == 310000  # 31 of 61 days
    assert linkedin["results"] == "12" and linkedin["cost_per_result_minor"] == 40833  # 490000 / 12, rounded
    without = (await client.get("/v1/reports/cost-per-result", params={**MARCH, "kpi_key": "leads",
                                                                        "include_ad_spend": "false"},
                                headers=tenant.headers("ada"))).json()
    assert without["rows"][0]["cost_per_result_minor"] == 15000
    derived = await client.get("/v1/reports/cost-per-result", params={"kpi_key": "shares"},
                               headers=tenant.headers("ada"))
    assert derived.status_code == 422 and derived.json()["errors"][0]["field"] == "kpi_key"
    assert date.fromisoformat(report["starts_on"]) == date(2024, 3, 1)
