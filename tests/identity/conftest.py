from dataclasses import dataclass

import pytest
from fastapi import FastAPI

from kit.ids import new_id
from services.identity import service
from services.identity.app import MIGRATIONS, create_app
from services.identity.schemas import ClientCreate, JobFunction, PersonCreate, Role, Scope
from services.identity.settings import IdentitySettings
from tests.databases import migrated_app

app = migrated_app(MIGRATIONS, lambda url, _tmp: create_app(IdentitySettings(database_url=url, log_level="WARNING")))


@dataclass
class Tenant:
    """A fresh organisation with an admin, a learner and an integration client, so tests never collide."""

    org_id: str
    admin_id: str
    learner_id: str
    admin: dict[str, str]
    learner: dict[str, str]
    client_id: str
    client_secret: str


async def make_tenant(app: FastAPI, scopes: list[Scope] | None = None) -> Tenant:
    settings: IdentitySettings = app.state.settings
    outbox = app.state.outbox
    async with app.state.db.transaction() as session:
        slug = f"org-{new_id()[-12:]}"
        org = await service.create_organisation(session, outbox, name=f"Org {slug}", slug=slug, currency="SEK",
                                                timezone="Europe/Stockholm", default_locale="sv-SE")
        admin = await service.create_person(session, outbox, org.id, PersonCreate(
            email=f"admin@{slug}.example", name="Ada Admin", job_function=JobFunction.it,
            roles=[Role.admin, Role.learner]))
        learner = await service.create_person(session, outbox, org.id, PersonCreate(
            email=f"lea@{slug}.example", name="Lea Learner", job_function=JobFunction.sales))
        client, secret = await service.create_client(session, outbox, org.id, ClientCreate(
            name="LMS", scopes=scopes or [Scope.people_read, Scope.people_write]))
        tokens = {}
        for person in (admin, learner):
            tokens[person.id] = await service.person_token(
                session, person=person, issuer=settings.issuer, audience=settings.audience, ttl_seconds=600)
    return Tenant(org.id, admin.id, learner.id, {"Authorization": f"Bearer {tokens[admin.id]}"},
                  {"Authorization": f"Bearer {tokens[learner.id]}"}, client.id, secret)


@pytest.fixture
async def tenant(app: FastAPI) -> Tenant:
    return await make_tenant(app)


@pytest.fixture
async def other_tenant(app: FastAPI) -> Tenant:
    return await make_tenant(app)
