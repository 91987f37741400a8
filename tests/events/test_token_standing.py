"""A deactivated person's or a revoked client's still-valid token stops working on every service once identity's
event has been delivered; nobody else's does."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from services.advocacy.app import MIGRATIONS as ADVOCACY_MIGRATIONS
from services.advocacy.app import create_app as create_advocacy
from services.advocacy.settings import AdvocacySettings
from services.analytics.app import MIGRATIONS as ANALYTICS_MIGRATIONS
from services.analytics.app import create_app as create_analytics
from services.analytics.settings import AnalyticsSettings
from services.curriculum.app import MIGRATIONS as CURRICULUM_MIGRATIONS
from services.curriculum.app import create_app as create_curriculum
from services.curriculum.settings import CurriculumSettings
from services.identity.app import MIGRATIONS as IDENTITY_MIGRATIONS
from services.identity.app import create_app as create_identity
from services.identity.models import outbox_table
from services.identity.schemas import Scope
from services.identity.settings import IdentitySettings
from tests.databases import migrated_database
from tests.identity.conftest import make_tenant
from tests.support import free_port, serving

# An endpoint of each service for a learner, and one for a client with every scope with what it answers while
# the client is active (advocacy has no endpoint for clients: its 403 still shows the token was accepted).
PROBES = {
    "identity": ("/v1/organisation", "/v1/people", 200),
    "curriculum": ("/v1/modules", "/v1/modules", 200),
    "advocacy": ("/v1/programme", "/v1/programme", 403),
    "analytics": ("/v1/kpis", "/v1/kpis", 200),
}


@asynccontextmanager
async def platform(backend: str, tmp_path: Path) -> AsyncIterator[tuple[FastAPI, dict[str, httpx.AsyncClient]]]:
    """identity on a port of its own, delivering to the three services on theirs; each verifies identity's keys."""
    ports = {name: free_port() for name in PROBES}
    identity_url = f"http://127.0.0.1:{ports['identity']}"
    common = {"log_level": "WARNING", "jwks_url": f"{identity_url}/.well-known/jwks.json",
              "relay_interval_seconds": 0.05, "relay_max_backoff_seconds": 0.2}
    async with AsyncExitStack() as stack:
        urls = {name: await stack.enter_async_context(migrated_database(backend, migrations, tmp_path))
                for name, migrations in (("identity", IDENTITY_MIGRATIONS), ("curriculum", CURRICULUM_MIGRATIONS),
                                         ("advocacy", ADVOCACY_MIGRATIONS), ("analytics", ANALYTICS_MIGRATIONS))}
        identity = create_identity(IdentitySettings(
            database_url=urls["identity"], **common,
            subscribers=[f"http://127.0.0.1:{ports[s]}/internal/events" for s in ("curriculum", "advocacy",
                                                                                  "analytics")]))
        apps = {
            "identity": identity,
            "curriculum": create_curriculum(CurriculumSettings(database_url=urls["curriculum"], **common)),
            "advocacy": create_advocacy(AdvocacySettings(database_url=urls["advocacy"], background_jobs=False,
                                                         mail_dir=str(tmp_path / "mail"), **common)),
            "analytics": create_analytics(AnalyticsSettings(database_url=urls["analytics"], **common)),
        }
        clients = {}
        for name, app in apps.items():
            base = await stack.enter_async_context(serving(app, ports[name]))
            clients[name] = await stack.enter_async_context(httpx.AsyncClient(base_url=base))
        yield identity, clients


async def delivered(identity: FastAPI) -> None:
    for _ in range(200):
        async with identity.state.db.transaction() as session:
            pending = (await session.execute(select(func.count()).select_from(outbox_table).where(
                outbox_table.c.delivered_at.is_(None)))).scalar_one()
        if pending == 0:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{pending} events still undelivered")


async def test_deactivation_and_revocation_stop_tokens_on_every_service(backend: str, tmp_path: Path) -> None:
    async with platform(backend, tmp_path) as (identity, http):
        tenant = await make_tenant(identity, scopes=list(Scope))
        token = await http["identity"].post("/v1/oauth/token", data={
            "grant_type": "client_credentials", "client_id": tenant.client_id, "client_secret": tenant.client_secret})
        assert token.status_code == 200, token.text
        client = {"Authorization": f"Bearer {token.json()['access_token']}"}
        await delivered(identity)
        for name, (person_path, client_path, client_status) in PROBES.items():
            assert (await http[name].get(person_path, headers=tenant.learner)).status_code == 200, name
            assert (await http[name].get(client_path, headers=client)).status_code == client_status, name

        assert (await http["identity"].delete(f"/v1/people/{tenant.learner_id}",
                                              headers=tenant.admin)).status_code == 204
        assert (await http["identity"].delete(f"/v1/clients/{tenant.client_id}",
                                              headers=tenant.admin)).status_code == 204
        await delivered(identity)

        for name, (person_path, client_path, _) in PROBES.items():
            refused = await http[name].get(person_path, headers=tenant.learner)
            assert refused.status_code == 401, (name, refused.text)
            assert refused.headers["content-type"] == "application/problem+json"
            assert refused.json()["detail"] == "the token is no longer valid: its person is deactivated"
            assert 'error="invalid_token"' in refused.headers["www-authenticate"]
            refused = await http[name].get(client_path, headers=client)
            assert refused.status_code == 401, (name, refused.text)
            assert refused.json()["detail"] == "the token is no longer valid: its client is revoked"
            # Everyone else carries on.
            assert (await http[name].get(person_path, headers=tenant.admin)).status_code == 200, name
