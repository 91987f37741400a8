"""`netwise migrate` as the database's owner grants the service's own role rows, and nothing more."""

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from services.identity.app import create_app
from services.identity.settings import IdentitySettings
from tests.databases import ADMIN_URL, create_postgres_database, drop_postgres_database, postgres_reachable
from tests.kit.test_settings import run_cli


@pytest.fixture
async def owner_and_role() -> AsyncIterator[tuple[str, str]]:
    if not await postgres_reachable():
        pytest.skip(f"no PostgreSQL answers at {ADMIN_URL} (set NETWISE_TEST_POSTGRES_URL)")
    owner_url = await create_postgres_database()
    role = f"nw_identity_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(ADMIN_URL)
    await admin.execute(f'CREATE ROLE "{role}" LOGIN')
    try:
        base, database = owner_url.rsplit("/", 1)
        yield owner_url, f"postgresql+asyncpg://{role}@{base.rsplit('@', 1)[1]}/{database}"
    finally:
        await drop_postgres_database(owner_url)
        await admin.execute(f'DROP ROLE "{role}"')
        await admin.close()


async def test_the_service_role_reads_and_writes_rows_and_changes_no_schema(owner_and_role: tuple[str, str],
                                                                             tmp_path: Path) -> None:
    owner_url, service_url = owner_and_role
    ran = run_cli("migrate", "identity", NETWISE_IDENTITY_DATABASE_MIGRATION_URL=owner_url,
                  NETWISE_IDENTITY_DATABASE_URL=service_url)
    assert ran.returncode == 0, ran.stderr
    role = service_url.split("://", 1)[1].split("@", 1)[0]
    assert f"identity: role {role} may read and write rows, nothing more" in ran.stdout

    app = create_app(IdentitySettings(database_url=service_url))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        assert (await client.get("/readyz")).json() == {"status": "ready"}  # it reads the migration history
    await app.state.db.dispose()

    conn = await asyncpg.connect(service_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute("INSERT INTO inbox (source, event_id, type, received_at) VALUES ('s', 'e', 't', now())")
        assert await conn.fetchval("SELECT count(*) FROM inbox") == 1
        await conn.execute("DELETE FROM inbox")
        for ddl in ("CREATE TABLE stolen (id int)", "DROP TABLE inbox", "ALTER TABLE inbox ADD COLUMN x int",
                    "UPDATE alembic_version SET version_num = 'x'"):
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute(ddl)
    finally:
        await conn.close()
