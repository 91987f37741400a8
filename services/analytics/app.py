"""analytics: Time use, caps over periods, study periods, cost in the organisation's currency, KPIs and reports."""

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import Service, add_periodic_job, create_service_app
from kit.events import EventHandler, Outbox
from kit.mail import mailer_for
from services.analytics import earned_media, kpis, learning_time, report_mail
from services.analytics.models import AnalyticsTable, directory
from services.analytics.routers import caps, costs, org_settings, planning, reports, studies, time_entries
from services.analytics.routers import kpis as kpi_routes
from services.analytics.settings import AnalyticsSettings

MIGRATIONS = Path(__file__).parent / "migrations"


def event_handlers(outbox: Outbox) -> dict[str, EventHandler]:
    """Learning time's handler announces cap thresholds, so it is built from the app's outbox."""
    return {**directory.handlers(), **kpis.handlers(), **earned_media.handlers(), **learning_time.handlers(outbox)}


SERVICE = Service(
    name="analytics",
    description="Time use, caps over periods, study periods, cost in the organisation's currency, KPIs, reports.",
    tables=AnalyticsTable.metadata,
    migrations_dir=MIGRATIONS,
    routers=[time_entries.router, caps.router, studies.router, costs.router, kpi_routes.router, planning.router,
             reports.router, org_settings.router],
    event_handlers=event_handlers,
    may_act=directory.may_act,
)


def create_app(settings: AnalyticsSettings | None = None, **overrides: Any) -> FastAPI:
    settings = settings or AnalyticsSettings()
    app = create_service_app(SERVICE, settings, **overrides)
    mailer = mailer_for(settings.report_mail_kind(), settings, settings.mail_dir)
    app.state.report_mailer = mailer
    add_periodic_job(app, "leadership-mail", lambda: report_mail.mail_due(app.state.db, mailer, settings.smtp_from),
                     settings.report_mail_interval_seconds, exclusive=True)
    return app
