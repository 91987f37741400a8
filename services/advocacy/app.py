"""advocacy: The voluntary ambassador programme: curated posts, guardrails, digests, tracked shares and clicks."""

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import create_service_app
from services.advocacy.models import inbox_table, outbox_table
from services.advocacy.settings import AdvocacySettings

MIGRATIONS = Path(__file__).parent / "migrations"


def create_app(settings: AdvocacySettings | None = None, **overrides: Any) -> FastAPI:
    return create_service_app(
        name="advocacy",
        description="The voluntary ambassador programme: curated posts, guardrails, digests, shares and clicks.",
        settings=settings or AdvocacySettings(),
        migrations_dir=MIGRATIONS,
        outbox_table=outbox_table,
        inbox_table=inbox_table,
        routers=[],
        **overrides,
    )
