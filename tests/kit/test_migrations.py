import asyncio
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import create_async_engine

from kit.migrations import alembic_config, assert_at_head, head_revision
from netwise_cli.apps import SERVICES
from tests.databases import migrated_database


@pytest.mark.parametrize("spec", SERVICES, ids=lambda s: s.name)
async def test_migrations_build_the_schema_with_no_drift(spec, backend: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert spec.migrations is not None
    async with migrated_database(backend, spec.migrations, tmp_path) as url:
        engine = create_async_engine(url)
        try:
            await assert_at_head(engine, spec.migrations)
            async with engine.connect() as conn:
                tables = set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))
        finally:
            await engine.dispose()
        assert {"outbox", "inbox", "alembic_version"} <= tables
        # `alembic check` compares the models with the migrated database; drift raises.
        await asyncio.to_thread(command.check, alembic_config(spec.migrations, url))


@pytest.mark.parametrize("spec", SERVICES, ids=lambda s: s.name)
def test_each_service_has_a_single_head(spec) -> None:  # type: ignore[no-untyped-def]
    assert spec.migrations is not None and head_revision(spec.migrations) is not None
