"""identity: organisations, org units, people, integration clients, tokens and signing keys."""

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import create_service_app
from services.identity import service
from services.identity.keys import LocalKeys
from services.identity.models import inbox_table, outbox_table
from services.identity.routers import (
    clients,
    identity_provider,
    oauth,
    org_units,
    organisation,
    people,
    scim,
    sign_in,
)
from services.identity.settings import IdentitySettings
from services.identity.sign_in import Providers

MIGRATIONS = Path(__file__).parent / "migrations"


def create_app(settings: IdentitySettings | None = None, **overrides: Any) -> FastAPI:
    settings = settings or IdentitySettings()
    app = create_service_app(
        name="identity",
        description="Organisations, org units, people with job functions, integration clients, OAuth tokens, JWKS.",
        settings=settings,
        migrations_dir=MIGRATIONS,
        outbox_table=outbox_table,
        inbox_table=inbox_table,
        routers=[organisation.router, org_units.router, people.router, clients.router, oauth.router,
                 sign_in.router, identity_provider.router, scim.router],
        may_act=service.may_act,  # identity reads its own tables, not a projection
        **overrides,
    )
    app.state.verifier.key_source = LocalKeys(app.state.db)
    app.state.providers = Providers()
    return app
