"""Reports read each entry's dimension keys: entries written before the keys existed get theirs when migrated,
edits move time between groups, and a unit the directory deleted keeps its rows."""

import asyncio
from datetime import date
from pathlib import Path

import httpx
import pytest
from alembic import command
from fastapi import FastAPI
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, event, insert, text

from kit.db import Database, UTCDateTime, create_engine
from kit.directory import UNIT_DELETED
from kit.ids import new_id, utcnow
from kit.migrations import alembic_config, upgrade
from services.analytics import dimensions
from services.analytics.app import MIGRATIONS, create_app
from services.analytics.settings import AnalyticsSettings
from tests.analytics.conftest import Tenant, issuer
from tests.analytics.test_reports import MARCH, bulk
from tests.conftest import asgi_client
from tests.databases import migrated_database
from tests.support import deliver, org_unit_data


async def test_an_edit_moves_time_between_groups_and_a_deleted_unit_keeps_its_rows(client: httpx.AsyncClient,
                                                                                   tenant: Tenant) -> None:
    await bulk(client, tenant, [(who, "2024-03-05", 20, "linkedin", "social_selling")
                                for who in ("sam", "sia", "sol", "sten")])
    sten = tenant.headers("sten")
    [mine] = (await client.get("/v1/time-entries", headers=sten)).json()["items"]
    moved = await client.patch(f"/v1/time-entries/{mine['id']}", json={"channel": "facebook",
                                                                       "activity": "customer_service"}, headers=sten)
    assert moved.status_code == 200

    by_channel = (await client.get("/v1/reports/time-use", params={**MARCH, "group_by": ["channel", "activity"]},
                                   headers=tenant.headers("ada"))).json()
    assert [(r["group"]["channel"], r["group"]["activity"], r["minutes"], r["people"]) for r in by_channel["rows"]] \
        == [("linkedin", "social_selling", 60, 3)]
    assert by_channel["suppression"]["suppressed_groups"] == 1  # sten alone on Facebook
    own = (await client.get("/v1/reports/time-use", params={**MARCH, "group_by": ["person", "channel"],
                                                             "person_id": "me"}, headers=sten)).json()
    assert [(r["group"], r["minutes"]) for r in own["rows"]] == [
        ({"person": tenant.people["sten"], "channel": "facebook"}, 20)]

    await deliver(client, UNIT_DELETED, tenant.org_id, org_unit_data(tenant.units["sales"], "Sales", version=2))
    by_unit = (await client.get("/v1/reports/time-use", params={**MARCH, "group_by": "unit"},
                                headers=tenant.headers("ada"))).json()
    assert [(r["group"], r["minutes"], r["people"]) for r in by_unit["rows"]] == [
        ({"unit": tenant.units["sales"], "unit_name": None}, 80, 4)]
    unknown = (await client.get("/v1/reports/time-use", params={**MARCH, "group_by": "unit",
                                                                 "job_function": "marketing"},
                                headers=tenant.headers("ada"))).json()
    assert unknown["rows"] == [] and unknown["total_minutes"] == 0


async def test_a_key_is_remembered_only_once_its_transaction_commits(app: FastAPI) -> None:
    db = app_database(app)
    rolled_back, committed = ("unit", new_id()), ("unit", new_id())
    with pytest.raises(RuntimeError):
        async with db.transaction() as session:
            await dimensions.keys_for(session, [rolled_back])
            raise RuntimeError("the request failed after handing out a key")
    async with db.transaction() as session:
        assert await dimensions.find(session, [rolled_back]) == {}
        made = await dimensions.keys_for(session, [committed])
    memory = dimensions._committed[str(db.engine.url)]
    assert rolled_back not in memory and memory[committed] == made[committed]
    async with db.transaction() as session:  # read back from memory, and the database agrees
        assert await dimensions.find(session, [committed]) == made
        assert await dimensions.values_of(session, made.values()) == {made[committed]: committed[1]}


async def test_a_keys_value_is_read_once_then_remembered(app: FastAPI) -> None:
    """A report turns its keys back into values from memory: committed keys never change."""
    db = app_database(app)
    pair = ("channel", new_id())
    async with db.transaction() as session:
        key = (await dimensions.keys_for(session, [pair]))[pair]
    dimensions._committed_values[str(db.engine.url)].clear()  # as in another process
    statements: list[str] = []
    event.listen(db.engine.sync_engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    async with db.transaction() as session:
        assert await dimensions.values_of(session, [key]) == {key: pair[1]}
    assert len(statements) == 1
    async with db.transaction() as session:
        assert await dimensions.values_of(session, [key]) == {key: pair[1]}
        assert await dimensions.find(session, [pair]) == {pair: key}
    assert len(statements) == 1


async def test_entries_written_before_the_keys_existed_get_them(backend: str, tmp_path: Path) -> None:
    org, unit, people = new_id(), new_id(), [new_id() for _ in range(3)]
    async with migrated_database(backend, MIGRATIONS, tmp_path, revision="0003") as url:
        engine = create_engine(url)
        async with engine.begin() as conn:
            await conn.execute(text("INSERT INTO dir_organisations (id, name, currency, timezone, default_locale, "
                                    "min_group_size, version) VALUES (:org, 'Old', 'NOK', 'Europe/Oslo', 'nb-NO', "
                                    "3, 1)"), {"org": org})
            await conn.execute(text("INSERT INTO dir_people (id, org_id, email, name, job_function, org_unit_id, "
                                    "roles, status, version) VALUES (:id, :org, :email, 'P', 'sales', :unit, "
                                    "'[\"learner\"]', 'active', 1)"),
                               [{"id": p, "org": org, "email": f"{p}@old.example", "unit": unit} for p in people])
            now = utcnow()
            await conn.execute(insert(_entries_at_0003()), [
                {"id": new_id(), "org_id": org, "person_id": person, "org_unit_id": unit, "job_function": "sales",
                 "work_date": date(2024, 3, 5), "minutes": 10 * (i + 1), "channel": channel, "activity": None,
                 "note": None, "source": "manual", "created_at": now, "updated_at": now, "version": 1,
                 "hourly_minor": 60000}
                for i, person in enumerate(people) for channel in ("linkedin", None)])
        await engine.dispose()

        await asyncio.to_thread(upgrade, MIGRATIONS, url)
        if backend == "postgresql":  # the rows moved into the partitions and back out on a downgrade
            assert await _partitions(url) == 16
            await asyncio.to_thread(command.downgrade, alembic_config(MIGRATIONS, url), "0003")
            assert await _partitions(url) == 0
            await asyncio.to_thread(upgrade, MIGRATIONS, url)

        app = create_app(AnalyticsSettings(database_url=url, log_level="WARNING"), key_source=issuer.key_source)
        async with app.router.lifespan_context(app), await asgi_client(app) as http:
            analyst = issuer.headers(org=org, subject=new_id(), roles=["analyst"])
            report = (await http.get("/v1/reports/time-use", params={**MARCH, "group_by": ["unit", "channel"]},
                                     headers=analyst)).json()
            assert [(r["group"]["unit"], r["group"]["channel"], r["minutes"], r["cost_minor"], r["people"])
                    for r in report["rows"]] == [(unit, "linkedin", 60, 60000, 3), (unit, "unspecified", 60, 60000, 3)]
            # No activity was ever written, so no activity has a key: every minute is uncategorised.
            categories = (await http.get("/v1/reports/time-use", params={**MARCH, "group_by": "category"},
                                         headers=analyst)).json()
            assert [(r["group"]["category"], r["minutes"]) for r in categories["rows"]] == [("unspecified", 120)]
            # A new entry finds the keys the migration handed out: its minutes join the same group.
            created = await http.post("/v1/time-entries", headers=issuer.headers(
                org=org, subject=f"nw_{org[-8:]}", scopes=["time:write"], client=True), json={
                "person_id": people[0], "date": "2024-03-06", "minutes": 5, "channel": "linkedin"})
            assert created.status_code == 201, created.text
            report = (await http.get("/v1/reports/time-use", params={**MARCH, "group_by": "channel"},
                                     headers=analyst)).json()
            assert [(r["group"]["channel"], r["minutes"], r["people"]) for r in report["rows"]] == [
                ("linkedin", 65, 3), ("unspecified", 60, 3)]


def _entries_at_0003() -> Table:
    """time_entries as revision 0003 left it (the model has the key columns since)."""
    return Table("time_entries", MetaData(), Column("id", String, primary_key=True), Column("org_id", String),
                 Column("person_id", String), Column("org_unit_id", String), Column("job_function", String),
                 Column("work_date", Date), Column("minutes", Integer), Column("channel", String),
                 Column("activity", String), Column("note", String), Column("source", String),
                 Column("created_at", UTCDateTime), Column("updated_at", UTCDateTime), Column("version", Integer),
                 Column("hourly_minor", Integer))


def app_database(app: FastAPI) -> Database:
    database: Database = app.state.db
    return database


async def _partitions(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(text(
                "SELECT count(*) FROM pg_inherits WHERE inhparent = 'time_entries'::regclass"))).scalar_one())
    finally:
        await engine.dispose()
