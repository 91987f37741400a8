"""analytics: Time use, caps over periods, study periods, cost in the organisation's currency, KPIs and reports."""

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import create_service_app
from services.analytics.models import inbox_table, outbox_table
from services.analytics.settings import AnalyticsSettings

MIGRATIONS = Path(__file__).parent / "migrations"


def create_app(settings: AnalyticsSettings | None = None, **overrides: Any) -> FastAPI:
    return create_service_app(
        name="analytics",
        description="Time use, caps over periods, study periods, cost in the organisation's currency, KPIs, reports.",
        settings=settings or AnalyticsSettings(),
        migrations_dir=MIGRATIONS,
        outbox_table=outbox_table,
        inbox_table=inbox_table,
        routers=[],
        **overrides,
    )
