"""analytics: Time use, caps over periods, study periods, cost in the organisation's currency, KPIs and reports."""

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import create_service_app
from services.analytics import earned_media, kpis
from services.analytics.models import directory, inbox_table, outbox_table
from services.analytics.routers import caps, costs, org_settings, planning, reports, studies, time_entries
from services.analytics.routers import kpis as kpi_routes
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
        routers=[time_entries.router, caps.router, studies.router, costs.router, kpi_routes.router,
                 planning.router, reports.router, org_settings.router],
        event_handlers={**directory.handlers(), **kpis.handlers(), **earned_media.handlers()},
        may_act=directory.may_act,
        **overrides,
    )
