"""A migrated curriculum app per module and backend; a fresh organisation per test, fed through identity's events."""

from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from contracts.events import identity
from kit.ids import new_id
from services.curriculum.app import MIGRATIONS, create_app
from services.curriculum.settings import CurriculumSettings
from tests.databases import migrated_app
from tests.support import deliver, org_unit_data, organisation_data, person_data
from tests.tokens import TestIssuer

# Events are only written when someone subscribes; nothing listens here, and the relay waits an hour.
SUBSCRIBER = "http://127.0.0.1:9/internal/events"


ISSUER = TestIssuer()


@pytest.fixture(scope="module")
def issuer() -> TestIssuer:
    return ISSUER


def settings_for(url: str, **extra: Any) -> CurriculumSettings:
    return CurriculumSettings(database_url=url, log_level="WARNING", subscribers=[SUBSCRIBER],
                              relay_interval_seconds=3600, due_work_interval_seconds=3600, **extra)


app = migrated_app(MIGRATIONS, lambda url, _tmp: create_app(settings_for(url), key_source=ISSUER.key_source))


@dataclass
class Tenant:
    """A fresh organisation in curriculum's directory projection, with tokens for its people."""

    http: httpx.AsyncClient
    issuer: TestIssuer
    org_id: str
    units: dict[str, str] = field(default_factory=dict)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)

    async def event(self, event_type: str, data: dict[str, Any], event_id: str | None = None) -> None:
        await deliver(self.http, event_type, self.org_id, data, event_id=event_id)

    async def unit(self, name: str, parent: str | None = None) -> str:
        unit_id = new_id()
        await self.event(identity.ORG_UNIT_CREATED, org_unit_data(unit_id, name,
                                                                  self.units[parent] if parent else None))
        self.units[name] = unit_id
        return unit_id

    async def person(self, key: str, *, job_function: str = "sales", unit: str | None = None,
                     roles: list[str] | None = None, locale: str | None = None, manager: str | None = None,
                     status: str = "active", version: int = 1, person_id: str | None = None,
                     event: str = identity.PERSON_CREATED) -> str:
        person_id = person_id or self.people.get(key, {}).get("id") or new_id()
        data = person_data(person_id, f"{key}@{self.org_id[-8:]}.example", key.title(), job_function=job_function,
                           org_unit_id=self.units[unit] if unit else None,
                           manager_id=self.people[manager]["id"] if manager else None,
                           roles=roles or ["learner"], status=status, locale=locale, version=version)
        await self.event(event, data)
        self.people[key] = data
        return person_id

    def id(self, key: str) -> str:
        return str(self.people[key]["id"])

    def email(self, key: str) -> str:
        return str(self.people[key]["email"])

    def as_(self, key: str, **extra: str) -> dict[str, str]:
        person = self.people[key]
        return {**self.issuer.headers(org=self.org_id, subject=person["id"], roles=person["roles"]), **extra}

    def client_headers(self, *scopes: str) -> dict[str, str]:
        return self.issuer.headers(org=self.org_id, subject=f"lms-{self.org_id[-6:]}", scopes=list(scopes),
                                   client=True)


async def make_tenant(http: httpx.AsyncClient, issuer: TestIssuer, *, min_group_size: int = 5,
                      default_locale: str = "en") -> Tenant:
    """An organisation with an editor, two learners, a manager and an analyst."""
    tenant = Tenant(http, issuer, new_id())
    await tenant.event(identity.ORGANISATION_CREATED, organisation_data(
        tenant.org_id, default_locale=default_locale, min_group_size=min_group_size))
    await tenant.unit("HQ")
    await tenant.unit("Sales", parent="HQ")
    await tenant.person("manager", job_function="leadership", unit="HQ", roles=["learner", "manager"])
    await tenant.person("editor", job_function="marketing", unit="HQ", roles=["learner", "editor"])
    await tenant.person("analyst", job_function="analytics", unit="HQ", roles=["learner", "analyst"])
    await tenant.person("lea", job_function="sales", unit="Sales", manager="manager")
    await tenant.person("sam", job_function="sales", unit="Sales", manager="manager")
    return tenant


@pytest.fixture
async def tenant(client: httpx.AsyncClient, issuer: TestIssuer) -> Tenant:
    return await make_tenant(client, issuer)



# -- content helpers -------------------------------------------------------------------------------

def module_body(title: str = "Social selling on LinkedIn", **extra: Any) -> dict[str, Any]:
    return {"content": {"en": {"title": title, "summary": "Why and how", "body": "# Profile\nMake it useful."}},
            "phase": "role", "job_functions": ["sales"], "platforms": ["linkedin"],
            "competencies": ["social-selling"], "estimated_minutes": 20, **extra}


QUIZ = {"pass_mark": 50, "questions": [
    {"id": "q1", "kind": "single", "text": {"en": "Who owns your LinkedIn profile?", "sv": "Vem äger din profil?"},
     "options": [{"id": "a", "text": {"en": "You", "sv": "Du"}}, {"id": "b", "text": {"en": "IT", "sv": "IT"}}],
     "correct": ["a"]},
    {"id": "q2", "kind": "multiple", "text": {"en": "Good first posts?", "sv": "Bra första inlägg?"},
     "options": [{"id": "a", "text": {"en": "A customer story", "sv": "En kundberättelse"}},
                 {"id": "b", "text": {"en": "A price list", "sv": "En prislista"}},
                 {"id": "c", "text": {"en": "An industry insight", "sv": "En branschinsikt"}}],
     "correct": ["a", "c"]},
]}
RIGHT = {"answers": [{"question_id": "q1", "option_ids": ["a"]}, {"question_id": "q2", "option_ids": ["a", "c"]}]}
WRONG = {"answers": [{"question_id": "q1", "option_ids": ["b"]}, {"question_id": "q2", "option_ids": ["b"]}]}


async def published_module(tenant: Tenant, *, quiz: bool = False, **extra: Any) -> dict[str, Any]:
    editor = tenant.as_("editor")
    created = await tenant.http.post("/v1/modules", json=module_body(**extra), headers=editor)
    assert created.status_code == 201, created.text
    module_id = created.json()["id"]
    if quiz:
        assert (await tenant.http.put(f"/v1/modules/{module_id}/quiz", json=QUIZ, headers=editor)).status_code == 200
    published = await tenant.http.post(f"/v1/modules/{module_id}/publish", headers=editor)
    assert published.status_code == 200, published.text
    return dict(published.json())


async def published_track(tenant: Tenant, module_ids: list[str], **extra: Any) -> dict[str, Any]:
    editor = tenant.as_("editor")
    body = {"content": {"en": {"title": "Sales on social", "summary": "Role track for sales"}}, "phase": "role",
            "module_ids": module_ids, "audience_job_functions": ["sales"], **extra}
    created = await tenant.http.post("/v1/tracks", json=body, headers=editor)
    assert created.status_code == 201, created.text
    published = await tenant.http.post(f"/v1/tracks/{created.json()['id']}/publish", headers=editor)
    assert published.status_code == 200, published.text
    return dict(published.json())


async def my_learning(tenant: Tenant, key: str) -> dict[str, Any]:
    response = await tenant.http.get("/v1/me/learning", headers=tenant.as_(key))
    assert response.status_code == 200, response.text
    return dict(response.json())
