"""Shared set-up for property-based API fuzzing with schemathesis: a migrated app and a tenant's tokens."""

import asyncio
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from kit.migrations import upgrade

# What the contract promises: no 5xx, and every response (errors included) is what the schema documents.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

FUZZ_SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                         suppress_health_check=list(HealthCheck))


def migrated_sqlite(migrations: Path, name: str) -> str:
    """A fresh SQLite database at head, made at import time (schemathesis loads its schema then)."""
    path = Path(tempfile.mkdtemp(prefix=f"fuzz-{name}-")) / f"{name}.db"
    url = f"sqlite+aiosqlite:///{path}"
    upgrade(migrations, url)
    return url


def run(coro):  # type: ignore[no-untyped-def]
    """Runs set-up code before any event loop exists (module import time)."""
    return asyncio.run(coro)
