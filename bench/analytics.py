"""analytics at scale: one million time entries for 5,000 people on PostgreSQL.

    uv run python -m bench.analytics [--entries 1000000] [--people 5000] [--runs 40] [--batches 20]

Creates a throwaway PostgreSQL database (NETWISE_BENCH_POSTGRES_URL, default the local server), migrates it,
loads the directory and the entries with COPY, then measures through the app (httpx over ASGI, so no network
in the figures): a grouped time-use report, a cap status, and bulk create in batches of 1000.
"""

import argparse
import asyncio
import os
import random
import time
import uuid
from datetime import date, timedelta
from typing import Any

import asyncpg
import httpx

from bench.stats import record, summary
from kit.db import Database
from kit.ids import new_id, utcnow
from kit.migrations import upgrade
from services.analytics import dimensions
from services.analytics.app import MIGRATIONS, create_app
from services.analytics.periods import month_start, today_in
from services.analytics.schemas import Activity, Channel, JobFunction
from services.analytics.settings import AnalyticsSettings
from tests.tokens import TestIssuer

ADMIN_URL = os.environ.get("NETWISE_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
TIMEZONE = "Europe/Stockholm"
UNITS = 50
DAYS = 182


async def load(url: str, org: str, people: int, entries: int) -> tuple[list[str], list[str]]:
    """Directory and entries straight into the tables with COPY: the load is set-up, not what is measured.

    Each entry gets its dimension keys from the app's own registry (dimensions.keys_for), as a write through the
    API would.
    """
    conn = await asyncpg.connect(url)
    rng = random.Random(7)
    try:
        await conn.execute("INSERT INTO dir_organisations VALUES ($1, 'Bench', 'SEK', $2, 'sv-SE', 5, 1)",
                           org, TIMEZONE)
        units = [new_id() for _ in range(UNITS)]
        await conn.copy_records_to_table("dir_org_units", records=[(u, org, f"Unit {i:02}", None, 1)
                                                                   for i, u in enumerate(units)],
                                         columns=["id", "org_id", "name", "parent_id", "version"])
        functions = [j.value for j in JobFunction]
        person_ids = [new_id() for _ in range(people)]
        person_unit = {p: units[i % UNITS] for i, p in enumerate(person_ids)}
        person_function = {p: functions[i % len(functions)] for i, p in enumerate(person_ids)}
        await conn.copy_records_to_table("dir_people", records=[
            (p, org, f"p{i}@bench.example", f"Person {i}", person_function[p], person_unit[p], None, '["learner"]',
             "active", None, 1) for i, p in enumerate(person_ids)],
            columns=["id", "org_id", "email", "name", "job_function", "org_unit_id", "manager_id", "roles",
                     "status", "locale", "version"])
        first = today_in(TIMEZONE) - timedelta(days=DAYS)
        # One rate per job function since 2020, so every entry is costed at write time as the app does.
        rate_rng = random.Random(8)
        hourly = {function: rate_rng.randint(450, 1100) * 100 for function in functions}
        now = utcnow()
        for function in functions:
            await conn.execute("INSERT INTO cost_rates VALUES ($1, $2, 'job_function', $3, $4, NULL, $5, 'SEK', "
                               "'bench', $6)", new_id(), org, function, date(2020, 1, 1), hourly[function], now)
        channels = [c.value for c in Channel]
        activities = [a.value for a in Activity]
        values = {"org": [org], "person": person_ids, "unit": units, "job_function": functions, "channel": channels,
                  "activity": activities}
        db = Database(async_url(url))
        async with db.transaction() as session:
            keys = await dimensions.keys_for(session, {(kind, v) for kind, vs in values.items() for v in vs})
        await db.dispose()
        batch: list[tuple[Any, ...]] = []
        for i in range(entries):
            person = person_ids[i % people]
            unit, function = person_unit[person], person_function[person]
            channel, activity = rng.choice(channels), rng.choice(activities)
            batch.append((str(uuid.uuid4()), org, person, unit, function,
                          first + timedelta(days=rng.randrange(DAYS)), rng.randint(5, 60), channel, activity, None,
                          "import", now, now, 1, hourly[function], keys[("org", org)], keys[("person", person)],
                          keys[("unit", unit)], keys[("job_function", function)], keys[("channel", channel)],
                          keys[("activity", activity)]))
            if len(batch) == 100_000:
                await conn.copy_records_to_table("time_entries", records=batch, columns=COLUMNS)
                batch = []
        if batch:
            await conn.copy_records_to_table("time_entries", records=batch, columns=COLUMNS)
        # Steady state: autovacuum would have set the visibility map that index-only scans rely on.
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
    return units, person_ids


COLUMNS = ["id", "org_id", "person_id", "org_unit_id", "job_function", "work_date", "minutes", "channel",
           "activity", "note", "source", "created_at", "updated_at", "version", "hourly_minor", *dimensions.KEYED]


def async_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+asyncpg://", 1)


async def timed(http: httpx.AsyncClient, runs: int, method: str, path: str, **kwargs: Any) -> dict[str, float]:
    await http.request(method, path, **kwargs)  # warm-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = await http.request(method, path, **kwargs)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.text
    return summary(samples)


async def main(entries: int, people: int, runs: int, batches: int) -> None:
    name = f"nw_bench_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(ADMIN_URL)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    base = ADMIN_URL.rsplit("/", 1)[0]
    url = f"{base}/{name}"
    try:
        await asyncio.to_thread(upgrade, MIGRATIONS, async_url(url))
        org = new_id()
        print(f"loading {entries:,} entries for {people:,} people ...", flush=True)
        started = time.perf_counter()
        units, person_ids = await load(url, org, people, entries)
        load_seconds = time.perf_counter() - started
        print(f"loaded in {load_seconds:.1f} s", flush=True)

        issuer = TestIssuer()
        app = create_app(AnalyticsSettings(database_url=async_url(url),
                                           log_level="WARNING"), key_source=issuer.key_source)
        analyst = issuer.headers(org=org, subject=new_id(), roles=["analyst"])
        writer = issuer.headers(org=org, subject="nw_bench", scopes=["time:write"], client=True)
        async with app.router.lifespan_context(app), httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=120) as http:
            unit_cap = (await http.post("/v1/caps", headers=analyst, json={
                "name": "Unit social selling", "scope": "org_unit", "scope_id": units[0], "period": "week",
                "activity": "social_selling", "limit_minutes": 360})).json()
            org_cap = (await http.post("/v1/caps", headers=analyst, json={
                "name": "Facebook a day", "scope": "organisation", "channel": "facebook", "period": "day",
                "limit_minutes": 30})).json()
            today = today_in(TIMEZONE)
            month = {"from": month_start(today - timedelta(days=31)).isoformat(),
                     "to": (month_start(today) - timedelta(days=1)).isoformat()}
            quarter = {"from": (today - timedelta(days=91)).isoformat(), "to": today.isoformat()}
            figures: dict[str, dict[str, Any]] = {}
            cases = [
                ("report: a month by unit x channel, with cost", "/v1/reports/time-use",
                 {**month, "group_by": ["unit", "channel"]}),
                ("report: a quarter by job function x week, with cost", "/v1/reports/time-use",
                 {**quarter, "group_by": ["job_function", "week"]}),
                ("report: investment vs operations, a month", "/v1/reports/investment-ratio", month),
                ("cap status: unit cap, this week", f"/v1/caps/{unit_cap['id']}/status", {}),
                ("cap status: organisation cap, today (5,000 people)", f"/v1/caps/{org_cap['id']}/status", {}),
            ]
            for case, path, params in cases:
                print(f"running {case} ...", flush=True)
                figures[case] = await timed(http, runs, "GET", path, params=params, headers=analyst)

            print(f"bulk create: {batches} batches of 1000 ...", flush=True)
            rng = random.Random(11)
            durations = []
            for b in range(batches):
                body = {"entries": [{"person_id": rng.choice(person_ids), "minutes": rng.randint(5, 30),
                                     "date": (today - timedelta(days=rng.randrange(1, 60))).isoformat(),
                                     "channel": rng.choice(["linkedin", "email", "phone"]),
                                     "activity": rng.choice(["social_selling", "reporting"]),
                                     "source": "integration"} for _ in range(1000)]}
                started = time.perf_counter()
                response = await http.post("/v1/time-entries/bulk", json=body,
                                           headers={**writer, "Idempotency-Key": f"bench-{b}"})
                durations.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 201, response.text[:500]
            stats = summary(durations)
            figures["bulk create: 1000 entries per request"] = {
                **stats, "entries_per_s": round(1000 * len(durations) / (sum(durations) / 1000), 1)}
        await app.state.db.dispose()
        for case, row in figures.items():
            print(f"{case}: {row}")
        # Issue 5's targets: a grouped time-use report and a cap status under 200 ms at the median, bulk create at
        # 5,000 entries/s. Every report and cap status here is held to the 200 ms.
        median_ok = all(row["median_ms"] < 200 for case, row in figures.items() if not case.startswith("bulk"))
        bulk_ok = figures["bulk create: 1000 entries per request"]["entries_per_s"] >= 5000
        notes = (f"PostgreSQL, {entries:,} time entries for {people:,} people in {UNITS} units over {DAYS} days, "
                 f"loaded by COPY in {load_seconds:.1f} s. Requests go through the app over ASGI (no network). "
                 f"Targets: every report (the quarter reads three times the month's rows) and both cap statuses "
                 f"median < 200 ms ({'met' if median_ok else 'NOT met'}); bulk create >= 5,000 entries/s "
                 f"({'met' if bulk_ok else 'NOT met'}).")
        command = (f"uv run python -m bench.analytics --entries {entries} --people {people} --runs {runs} "
                   f"--batches {batches}")
        for row in figures.values():
            row.setdefault("entries_per_s", "")
        print(record("analytics", command, figures, notes))
    finally:
        admin = await asyncpg.connect(ADMIN_URL)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--batches", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.entries, args.people, args.runs, args.batches))
