"""identity: organisations, org units, people, integration clients, tokens and signing keys."""

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kit.app import Service, create_service_app
from services.identity import lms_learners, service
from services.identity.keys import LocalKeys
from services.identity.models import IdentityTable
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
SERVICE = Service(
    name="identity",
    description="Organisations, org units, people with job functions, integration clients, OAuth tokens, JWKS.",
    tables=IdentityTable.metadata,
    migrations_dir=MIGRATIONS,
    routers=[organisation.router, org_units.router, people.router, clients.router, oauth.router, sign_in.router,
             identity_provider.router, scim.router],
    event_handlers=lms_learners.handlers,  # people an LMS brings (curriculum's LTI launches)
    may_act=service.may_act,  # identity reads its own tables, not a projection
)


def create_app(settings: IdentitySettings | None = None, **overrides: Any) -> FastAPI:
    app = create_service_app(SERVICE, settings or IdentitySettings(), **overrides)
    app.state.verifier.key_source = LocalKeys(app.state.db)
    app.state.providers = Providers()
    return app
