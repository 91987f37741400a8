"""Alembic, driven from code: each service keeps its own history under services/<name>/migrations."""

import asyncio
import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, MetaData, make_url, pool, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


def alembic_config(migrations_dir: Path, database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    return config


def upgrade(migrations_dir: Path, database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(migrations_dir, database_url), revision)


def grant_to_service_role(owner_url: str, service_url: str) -> str | None:
    """After migrating as the owner: the role the service connects as may read and write rows, and nothing else.
    Returns that role, or None when there is nothing to grant (the same user, or not PostgreSQL)."""
    owner, service = make_url(owner_url), make_url(service_url)
    if owner.get_backend_name() != "postgresql" or not service.username or service.username == owner.username:
        return None
    # Every time, after the tables of the newest migration exist: GRANT ... ON ALL TABLES covers only those.
    role = service.username

    async def grant() -> None:
        engine = create_async_engine(owner_url, poolclass=pool.NullPool)
        quote = engine.dialect.identifier_preparer.quote
        statements = [
            f"GRANT CONNECT ON DATABASE {quote(owner.database or '')} TO {quote(role)}",
            f"GRANT USAGE ON SCHEMA public TO {quote(role)}",
            f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {quote(role)}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quote(role)}",
            f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {quote(role)}",
            # readyz reads the migration history; only migrate moves it
            f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {quote(role)}",
        ]
        try:
            async with engine.begin() as conn:
                for statement in statements:
                    await conn.execute(text(statement))
        finally:
            await engine.dispose()

    asyncio.run(grant())
    return role


@functools.cache  # scripts do not change under a running process; /readyz asks on every probe
def head_revision(migrations_dir: Path) -> str | None:
    return ScriptDirectory.from_config(alembic_config(migrations_dir, "sqlite://")).get_current_head()


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as conn:
        return await conn.run_sync(lambda sync: MigrationContext.configure(sync).get_current_revision())


async def assert_at_head(engine: AsyncEngine, migrations_dir: Path) -> None:
    current, head = await current_revision(engine), head_revision(migrations_dir)
    if current != head:
        raise RuntimeError(f"database is at migration {current}, code expects {head}; run `netwise migrate`")


def run_env(target_metadata: MetaData) -> None:
    """The body of every service's migrations/env.py: online, async, with batch mode for SQLite."""
    from alembic import context

    config = context.config
    url = config.get_main_option("sqlalchemy.url")
    assert url, "sqlalchemy.url is not set"

    def migrate(connection: Connection) -> None:
        @functools.cache  # asked only when comparing the models with the database (`alembic check`)
        def partitions() -> set[str]:
            if connection.dialect.name != "postgresql":
                return set()
            return set(connection.exec_driver_sql("SELECT relname FROM pg_class WHERE relispartition").scalars())

        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
            compare_type=True,
            # A partitioned table's partitions are how PostgreSQL stores it, not tables of the model.
            include_name=lambda name, kind, _parents: not (kind == "table" and name in partitions()),
        )
        with context.begin_transaction():
            context.run_migrations()

    async def run() -> None:
        engine = create_async_engine(url, poolclass=pool.NullPool)
        async with engine.connect() as connection:
            await connection.run_sync(migrate)
        await engine.dispose()

    asyncio.run(run())
