"""One docs platform per module; a fresh Fjordline (the docs' organisation) per test.

The platform runs on SQLite only: these tests check what the pages show of the HTTP API, which is the same on
both databases, and every service's own tests run its behaviour on PostgreSQL too. One backend keeps them fast.
"""

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kit.ids import new_id
from services.identity import service
from services.identity.schemas import ClientCreate, JobFunction, OrgUnitCreate, PersonCreate, Role, Scope
from tests.docs.examples import Ids
from tests.docs.platform import PUBLIC_URL, Platform, platform

DOCS = Path(__file__).resolve().parents[2] / "docs"

# The ids the pages show for Fjordline's units and people; a test binds each to the real one it created.
PAGE_IDS = {
    "Fjordline": "01957f55-2790-769e-b2a7-4de452e6b438",
    "B2B Sales": "01957f55-27b5-7c5c-a6a3-a4506513270e",
    "Customer Service": "01957f55-27da-792f-923f-0824128b2f33",
    "ingrid": "01957f55-27ff-7531-9d9d-c9f81818e811",
    "nora": "01957f55-2824-71e7-a8e2-5d940ed90475",
    "linnea": "01957f55-2849-7600-8999-50d836f675cc",
    "client": "nw_5f0c2a9e71b4d83e6a1c47f2",
    "module": "01957f55-286e-71e2-ab0d-549b6f03675a",
    "track": "01957f55-2893-7d11-9738-f7d93d9c1724",
}
LMS_SCOPES = [Scope.catalog_read, Scope.people_read, Scope.enrolments_write, Scope.completions_write,
              Scope.progress_read]


def page(name: str) -> str:
    return (DOCS / name).read_text()


@pytest.fixture(scope="module")
async def docs_platform(module_tmp: Path) -> AsyncIterator[Platform]:
    async with platform("sqlite", module_tmp) as running:
        yield running


@dataclass
class Fjordline:
    """The organisation of the docs' examples: three units, an admin, a learner, an editor and an LMS client."""

    ids: dict[str, str] = field(default_factory=dict)  # key of PAGE_IDS -> real id
    tokens: dict[str, str] = field(default_factory=dict)
    client_secret: str = ""

    def variables(self) -> dict[str, str]:
        """What the pages' curl commands call $API, $TOKEN and so on."""
        return {"API": PUBLIC_URL, "TOKEN": self.tokens["ingrid"], "LEARNER_TOKEN": self.tokens["nora"],
                "EDITOR_TOKEN": self.tokens["linnea"], "LMS_TOKEN": self.tokens["lms"],
                "CLIENT_ID": self.ids["client"], "CLIENT_SECRET": self.client_secret}

    def page_ids(self) -> Ids:
        return Ids({PAGE_IDS[key]: real for key, real in self.ids.items()})


async def fjordline(running: Platform) -> Fjordline:
    app = running.identity
    settings, outbox, org = app.state.settings, app.state.outbox, Fjordline()
    async with app.state.db.transaction() as session:
        tenant = await service.create_organisation(
            session, outbox, name="Fjordline", slug=f"fjordline-{new_id()[-12:]}", currency="SEK",
            timezone="Europe/Stockholm", default_locale="sv-SE")
        hq = await service.create_org_unit(session, outbox, tenant.id, OrgUnitCreate(name="Fjordline"))
        units = {"Fjordline": hq.id}
        for name in ("B2B Sales", "Customer Service"):
            units[name] = (await service.create_org_unit(session, outbox, tenant.id,
                                                         OrgUnitCreate(name=name, parent_id=hq.id))).id
        people = {
            "ingrid": PersonCreate(email="ingrid.dahl@fjordline.example", name="Ingrid Dahl",
                                   job_function=JobFunction.leadership, org_unit_id=hq.id,
                                   roles=[Role.learner, Role.admin, Role.manager]),
            "nora": PersonCreate(email="nora.solberg@fjordline.example", name="Nora Solberg",
                                 job_function=JobFunction.sales, org_unit_id=units["B2B Sales"]),
            "linnea": PersonCreate(email="linnea.strom@fjordline.example", name="Linnea Ström",
                                   job_function=JobFunction.marketing, org_unit_id=hq.id,
                                   roles=[Role.learner, Role.editor]),
        }
        for key, data in people.items():
            person = await service.create_person(session, outbox, tenant.id, data)
            org.ids[key] = person.id
            org.tokens[key] = await service.person_token(session, person=person, issuer=settings.issuer,
                                                         audience=settings.audience, ttl_seconds=600)
        client, org.client_secret = await service.create_client(
            session, outbox, tenant.id, ClientCreate(name="Moodle", scopes=LMS_SCOPES))
        org.ids |= units | {"client": client.id}
    await running.deliver_events()  # curriculum knows Fjordline's people before any example runs
    token = await running.gateway.post("/identity/v1/oauth/token", data={"grant_type": "client_credentials"},
                                       auth=(org.ids["client"], org.client_secret))
    assert token.status_code == 200, token.text
    org.tokens["lms"] = token.json()["access_token"]
    await published_track(running, org)
    return org


async def published_track(running: Platform, org: Fjordline) -> None:
    """The track the LMS examples enrol people into: "Social selling" for sales, one module."""
    editor = {"Authorization": f"Bearer {org.tokens['linnea']}"}
    module = await running.gateway.post("/curriculum/v1/modules", headers=editor, json={
        "content": {"en": {"title": "Social selling on LinkedIn", "summary": "Why and how",
                           "body": "# Your profile\nMake it useful to a buyer."}},
        "phase": "role", "job_functions": ["sales"], "platforms": ["linkedin"], "competencies": ["social-selling"],
        "estimated_minutes": 20})
    assert module.status_code == 201, module.text
    org.ids["module"] = module.json()["id"]
    published = await running.gateway.post(f"/curriculum/v1/modules/{org.ids['module']}/publish", headers=editor)
    assert published.status_code == 200, published.text
    track = await running.gateway.post("/curriculum/v1/tracks", headers=editor, json={
        "content": {"en": {"title": "Social selling", "summary": "The role track for sales"}}, "phase": "role",
        "module_ids": [org.ids["module"]], "audience_job_functions": ["sales"],
        "certification": {"key": "social-selling", "validity_days": 365}})
    assert track.status_code == 201, track.text
    org.ids["track"] = track.json()["id"]
    published = await running.gateway.post(f"/curriculum/v1/tracks/{org.ids['track']}/publish", headers=editor)
    assert published.status_code == 200, published.text
