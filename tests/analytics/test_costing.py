"""Each entry is costed at the rate valid on its day, whichever write came first, the entry or the rate."""

import asyncio
from datetime import date, timedelta
from pathlib import Path

import httpx
from alembic import command
from sqlalchemy import text

from kit.migrations import alembic_config, upgrade
from services.analytics.app import MIGRATIONS
from services.analytics.periods import today_in
from tests.analytics.conftest import Tenant
from tests.analytics.test_reports import MARCH, bulk
from tests.databases import connected, migrated_database

SELLERS = ("sam", "sia", "sol")  # three people: the organisation's minimum group size


async def add_rate(client: httpx.AsyncClient, tenant: Tenant, kind: str, subject: str, since: str,
                   hourly: int) -> str:
    response = await client.post("/v1/cost-rates", headers=tenant.headers("ada"), json={
        "subject_kind": kind, "subject": subject, "effective_from": since, "hourly_minor": hourly})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def sales(client: httpx.AsyncClient, tenant: Tenant) -> tuple[int, int, int]:
    """March for the sales job function: minutes, cost and uncosted minutes, as an analyst sees them."""
    report = (await client.get("/v1/reports/time-use", params={**MARCH, "group_by": "job_function"},
                               headers=tenant.headers("ada"))).json()
    [row] = [r for r in report["rows"] if r["group"]["job_function"] == "sales"]
    assert report["total_cost_minor"] == row["cost_minor"]
    return row["minutes"], row["cost_minor"], row["uncosted_minutes"]


async def own_cost(client: httpx.AsyncClient, tenant: Tenant, who: str, start: str, end: str) -> dict[str, int]:
    """The person's own report per day: the cost of each day."""
    report = (await client.get("/v1/reports/time-use", params={"from": start, "to": end, "group_by": "day",
                                                               "person_id": "me"},
                               headers=tenant.headers(who))).json()
    return {r["group"]["day"]: r["cost_minor"] for r in report["rows"]}


async def test_a_rate_added_later_with_a_past_date_recosts_existing_entries(client: httpx.AsyncClient,
                                                                           tenant: Tenant) -> None:
    await bulk(client, tenant, [(who, day, 60, "linkedin", "social_selling") for who in SELLERS
                                for day in ("2024-03-05", "2024-03-25")])
    assert await sales(client, tenant) == (360, 0, 360)  # no rate yet: all uncosted

    await add_rate(client, tenant, "job_function", "sales", "2024-01-01", 60000)
    assert await sales(client, tenant) == (360, 6 * 60000, 0)

    await add_rate(client, tenant, "job_function", "sales", "2024-03-20", 90000)  # a raise, back-dated
    assert await sales(client, tenant) == (360, 3 * 60000 + 3 * 90000, 0)

    await add_rate(client, tenant, "job_function", "sales", "2024-03-01", 70000)  # a correction in between
    assert await sales(client, tenant) == (360, 3 * 70000 + 3 * 90000, 0)
    # Another function's rate changes nothing for sales.
    await add_rate(client, tenant, "job_function", "customer_service", "2024-01-01", 10000)
    assert await sales(client, tenant) == (360, 3 * 70000 + 3 * 90000, 0)


async def test_a_person_rate_overrides_the_function_rate_on_its_days(client: httpx.AsyncClient,
                                                                      tenant: Tenant) -> None:
    await add_rate(client, tenant, "job_function", "sales", "2024-01-01", 60000)
    await bulk(client, tenant, [(who, day, 30, "linkedin", "social_selling") for who in SELLERS
                                for day in ("2024-03-05", "2024-03-25")])
    await add_rate(client, tenant, "person", tenant.people["sam"], "2024-03-15", 120000)
    assert await own_cost(client, tenant, "sam", *MARCH.values()) == {"2024-03-05": 30000, "2024-03-25": 60000}
    assert await own_cost(client, tenant, "sia", *MARCH.values()) == {"2024-03-05": 30000, "2024-03-25": 30000}
    assert await sales(client, tenant) == (180, 5 * 30000 + 60000, 0)


async def test_deleting_a_rate_falls_back_or_leaves_entries_uncosted(client: httpx.AsyncClient,
                                                                     tenant: Tenant) -> None:
    function_rate = await add_rate(client, tenant, "job_function", "sales", "2024-01-01", 60000)
    raise_ = await add_rate(client, tenant, "job_function", "sales", "2024-03-15", 90000)
    await bulk(client, tenant, [(who, day, 60, "linkedin", "social_selling") for who in SELLERS
                                for day in ("2024-03-05", "2024-03-25")])
    personal = await add_rate(client, tenant, "person", tenant.people["sam"], "2024-03-01", 120000)
    assert await sales(client, tenant) == (360, 2 * 120000 + 2 * 60000 + 2 * 90000, 0)

    async def delete(rate_id: str) -> None:
        response = await client.delete(f"/v1/cost-rates/{rate_id}", headers=tenant.headers("ada"))
        assert response.status_code == 204, response.text

    await delete(personal)  # sam falls back to the function's rates
    assert await sales(client, tenant) == (360, 3 * 60000 + 3 * 90000, 0)
    await delete(raise_)  # the earlier rate covers the later days again
    assert await sales(client, tenant) == (360, 6 * 60000, 0)
    await delete(function_rate)  # no rate left: uncosted, as before any rate
    assert await sales(client, tenant) == (360, 0, 360)


async def test_costs_stay_exact_at_full_days_and_the_highest_rate(client: httpx.AsyncClient,
                                                                  tenant: Tenant) -> None:
    """Whole days at a rate near the largest accepted: minutes x rate passes 32 bits, and the sum stays exact."""
    await add_rate(client, tenant, "job_function", "sales", "2024-01-01", 999_999_999)
    await bulk(client, tenant, [("sam", "2024-03-05", 1440, "linkedin", "social_selling"),
                                ("sia", "2024-03-05", 1440, "email", "reporting"),
                                ("sol", "2024-03-25", 7, "linkedin", None),
                                ("sam", "2024-03-25", 1439, "phone", "social_selling")])
    minutes = 1440 + 1440 + 7 + 1439
    assert await sales(client, tenant) == (minutes, (minutes * 999_999_999 + 30) // 60, 0)
    await add_rate(client, tenant, "person", tenant.people["sol"], "2024-01-01", 10**9)
    assert await sales(client, tenant) == (minutes, ((minutes - 7) * 999_999_999 + 7 * 10**9 + 30) // 60, 0)


async def test_every_way_of_recording_time_is_costed(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await add_rate(client, tenant, "job_function", "sales", "2024-01-01", 60000)
    await add_rate(client, tenant, "job_function", "sales", "2024-03-15", 90000)
    me = tenant.headers("sam")
    single = await client.post("/v1/time-entries", headers=me, json={"date": "2024-03-04", "minutes": 60})
    assert single.status_code == 201, single.text
    imported = await client.post("/v1/time-entries/import", content="date,minutes\n2024-03-05,30\n2024-03-20,30\n",
                                 headers={**me, "Content-Type": "text/csv"})
    assert imported.status_code == 201, imported.text
    await bulk(client, tenant, [("sam", "2024-03-06", 60, "email", "reporting")])
    assert (await client.post("/v1/timer/start", json={}, headers=me)).status_code == 201
    stopped = await client.post("/v1/timer/stop", headers=me)
    assert stopped.status_code == 201 and stopped.json()["minutes"] == 1
    today = today_in("Europe/Stockholm")
    costs = await own_cost(client, tenant, "sam", "2024-03-01", today.isoformat())
    assert costs == {"2024-03-04": 60000, "2024-03-05": 30000, "2024-03-06": 60000, "2024-03-20": 45000,
                     stopped.json()["date"]: 1500}  # 1 minute at 900 SEK an hour

    # Moving an entry to another day costs it at that day's rate.
    moved = await client.patch(f"/v1/time-entries/{single.json()['id']}", headers=me, json={"date": "2024-03-21"})
    assert moved.status_code == 200, moved.text
    costs = await own_cost(client, tenant, "sam", *MARCH.values())
    assert costs["2024-03-21"] == 90000 and "2024-03-04" not in costs


async def test_the_migration_costs_existing_entries_at_their_day_rates(backend: str, tmp_path: Path) -> None:
    async with migrated_database(backend, MIGRATIONS, tmp_path) as url:
        await asyncio.to_thread(command.downgrade, alembic_config(MIGRATIONS, url), "0002")
        day = date(2024, 3, 1)
        async with connected(url) as conn:
            for rate_id, kind, subject, start, end, hourly in [
                    ("r1", "job_function", "sales", day, day + timedelta(days=14), 60000),
                    ("r2", "job_function", "sales", day + timedelta(days=14), None, 90000),
                    ("r3", "person", "p-sam", day + timedelta(days=20), None, 120000),
                    ("r4", "job_function", "sales", day, None, 1)]:  # another organisation's
                await conn.execute(text(
                    "INSERT INTO cost_rates (id, org_id, subject_kind, subject, effective_from, effective_to, "
                    "hourly_minor, currency, created_by, created_at) VALUES (:id, :org, :kind, :subject, "
                    ":start, :end, :hourly, 'SEK', 'test', CURRENT_TIMESTAMP)"),
                    {"id": rate_id, "org": "other" if rate_id == "r4" else "org", "kind": kind,
                     "subject": subject, "start": start, "end": end, "hourly": hourly})
            for entry_id, person, function, offset in [
                    ("before", "p-sam", "sales", -1), ("first", "p-sam", "sales", 3),
                    ("second", "p-sia", "sales", 16), ("own", "p-sam", "sales", 25),
                    ("nobody", "p-cai", "customer_service", 3)]:
                await conn.execute(text(
                    "INSERT INTO time_entries (id, org_id, person_id, job_function, work_date, minutes, source, "
                    "created_at, updated_at, version) VALUES (:id, 'org', :person, :function, :day, 60, "
                    "'manual', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"),
                    {"id": entry_id, "person": person, "function": function,
                     "day": day + timedelta(days=offset)})
        await asyncio.to_thread(upgrade, MIGRATIONS, url)
        async with connected(url) as conn:
            rates = dict((await conn.execute(text("SELECT id, hourly_minor FROM time_entries"))).all())
        assert rates == {"before": None, "first": 60000, "second": 90000, "own": 120000, "nobody": None}
