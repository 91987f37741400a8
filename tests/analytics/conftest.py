"""An analytics app per backend and module, and a fresh organisation per test fed through identity's events."""

from dataclasses import dataclass, field

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from contracts.events import identity
from kit.ids import new_id
from services.analytics.app import MIGRATIONS, create_app
from services.analytics.settings import AnalyticsSettings
from tests.databases import migrated_app
from tests.support import deliver, org_unit_data, organisation_data, person_data
from tests.tokens import TestIssuer

issuer = TestIssuer()


# A subscriber that never answers: events stay in the outbox, where tests count them.
app = migrated_app(MIGRATIONS, lambda url, _tmp: create_app(AnalyticsSettings(
    database_url=url, log_level="WARNING", subscribers=["http://127.0.0.1:9/internal/events"],
    relay_interval_seconds=3600), key_source=issuer.key_source))


@dataclass
class Tenant:
    """Sales (a manager and four sellers) and Service (two agents) under a head office; min group size 3."""

    org_id: str
    units: dict[str, str]
    people: dict[str, str]
    roles: dict[str, list[str]] = field(default_factory=dict)

    def headers(self, person: str) -> dict[str, str]:
        return issuer.headers(org=self.org_id, subject=self.people[person], roles=self.roles[person])

    def client(self, *scopes: str) -> dict[str, str]:
        return issuer.headers(org=self.org_id, subject=f"nw_{self.org_id[-8:]}", scopes=list(scopes), client=True)


PEOPLE = [  # name, unit, job function, roles, manager
    ("ada", "hq", "leadership", ["learner", "admin", "analyst"], None),
    ("mona", "sales", "sales", ["learner", "manager"], "ada"),
    ("sam", "sales", "sales", ["learner"], "mona"),
    ("sia", "sales", "sales", ["learner"], "mona"),
    ("sol", "sales", "sales", ["learner"], "mona"),
    ("sten", "sales", "sales", ["learner"], "mona"),
    ("cai", "service", "customer_service", ["learner"], "ada"),
    ("cora", "service", "customer_service", ["learner"], "ada"),
]


async def make_tenant(http: httpx.AsyncClient, min_group_size: int = 3) -> Tenant:
    org = new_id()
    await deliver(http, identity.ORGANISATION_CREATED, org, organisation_data(
        org, name="Testorg", slug=f"t{org[-10:]}", default_locale="sv-SE", min_group_size=min_group_size))
    units = {"hq": new_id()}
    units["sales"], units["service"] = new_id(), new_id()
    for name, unit_id in units.items():
        await deliver(http, identity.ORG_UNIT_CREATED, org,
                      org_unit_data(unit_id, name.title(), None if name == "hq" else units["hq"]))
    people: dict[str, str] = {}
    roles: dict[str, list[str]] = {}
    for name, unit, function, person_roles, manager in PEOPLE:
        people[name] = new_id()
        roles[name] = person_roles
        await deliver(http, identity.PERSON_CREATED, org, person_data(
            people[name], f"{name}@{org[-6:]}.example", name.title(), job_function=function,
            org_unit_id=units[unit], manager_id=people.get(manager or ""), roles=person_roles))
    return Tenant(org, units, people, roles)


@pytest.fixture
async def tenant(client: httpx.AsyncClient) -> Tenant:
    return await make_tenant(client)


@pytest.fixture
async def other_tenant(client: httpx.AsyncClient) -> Tenant:
    return await make_tenant(client)



async def count_entries(app: FastAPI, org: str) -> int:
    from services.analytics.models import TimeEntry

    async with app.state.db.transaction() as session:
        t = TimeEntry.__table__  # type: ignore[attr-defined]
        return int((await session.execute(select(func.count()).where(t.c.org_id == org))).scalar_one())
