"""curriculum: Phased, role-based social media training: modules, quizzes, tracks, certificates, policy."""

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import create_service_app
from services.curriculum.models import inbox_table, outbox_table
from services.curriculum.settings import CurriculumSettings

MIGRATIONS = Path(__file__).parent / "migrations"


def create_app(settings: CurriculumSettings | None = None, **overrides: Any) -> FastAPI:
    return create_service_app(
        name="curriculum",
        description="Phased, role-based social media training: modules, quizzes, tracks, certificates, policy.",
        settings=settings or CurriculumSettings(),
        migrations_dir=MIGRATIONS,
        outbox_table=outbox_table,
        inbox_table=inbox_table,
        routers=[],
        **overrides,
    )
