"""advocacy test set-up: one migrated app per backend and module, and a fresh organisation per test."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from contracts.events import curriculum, identity
from kit.ids import new_id
from services.advocacy.app import MIGRATIONS, create_app
from services.advocacy.settings import AdvocacySettings
from tests.databases import migrated_app
from tests.support import deliver, org_unit_data, organisation_data, person_data
from tests.tokens import TestIssuer

BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Safari/605.1.15"
issuer = TestIssuer()

# name -> (job function, unit, roles)
PEOPLE: dict[str, tuple[str, str, list[str]]] = {
    "editor": ("marketing", "marketing", ["learner", "editor"]),
    "editor2": ("marketing", "marketing", ["learner", "editor"]),
    "comms": ("marketing", "marketing", ["learner", "comms"]),
    "admin": ("it", "hq", ["learner", "admin"]),
    "manager": ("sales", "sales", ["learner", "manager"]),
    "analyst": ("analytics", "hq", ["learner", "analyst"]),
    "amb": ("sales", "sales", ["learner", "ambassador"]),
    "amb2": ("sales", "sales", ["learner"]),
    "amb3": ("customer_service", "hq", ["learner"]),
    "learner": ("hr", "hq", ["learner"]),
}


# The subscriber is never reached (relay pass once an hour): emitted events stay in the outbox to inspect.
app = migrated_app(MIGRATIONS, lambda url, tmp: create_app(AdvocacySettings(
    database_url=url, log_level="WARNING", background_jobs=False, mail_dir=str(tmp / "mail"),
    relay_interval_seconds=3600, subscribers=["http://127.0.0.1:9/internal/events"]), key_source=issuer.key_source))


@dataclass
class Tenant:
    """A fresh organisation in advocacy's directory projection, with a token per person."""

    org_id: str
    ids: dict[str, str]
    units: dict[str, str]
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def __getattr__(self, name: str) -> dict[str, str]:
        if name in PEOPLE:
            return self.headers[name]
        raise AttributeError(name)


async def make_tenant(client: httpx.AsyncClient, min_group_size: int = 2, timezone: str = "Europe/Stockholm",
                      locale_of: dict[str, str] | None = None) -> Tenant:
    org = new_id()
    await deliver(client, identity.ORGANISATION_CREATED, org, organisation_data(
        org, name="Fjordline Test", timezone=timezone, default_locale="sv-SE", min_group_size=min_group_size))
    units = {name: new_id() for name in ("hq", "sales", "marketing")}
    for name, unit_id in units.items():
        await deliver(client, identity.ORG_UNIT_CREATED, org,
                      org_unit_data(unit_id, name, None if name == "hq" else units["hq"]))
    ids = {name: new_id() for name in PEOPLE}
    tenant = Tenant(org, ids, units)
    for name, (function, unit, roles) in PEOPLE.items():
        await deliver(client, identity.PERSON_CREATED, org, person_data(
            ids[name], f"{name}@{org[-8:]}.example", name.title(), job_function=function, org_unit_id=units[unit],
            manager_id=ids["manager"] if unit == "sales" and name != "manager" else None, roles=roles,
            locale=(locale_of or {}).get(name)))
        tenant.headers[name] = issuer.headers(org=org, subject=ids[name], roles=roles)
    return tenant


@pytest.fixture
async def tenant(client: httpx.AsyncClient) -> Tenant:
    return await make_tenant(client)



# -- helpers every test module uses --------------------------------------------------------------

async def certify(client: httpx.AsyncClient, tenant: Tenant, person: str, key: str,
                  expires_at: datetime | None = None) -> str:
    cert_id = new_id()
    await deliver(client, curriculum.CERTIFICATION_ISSUED, tenant.org_id, {
        "id": cert_id, "person_id": tenant.ids[person], "track_id": new_id(), "certification_key": key,
        "issued_at": datetime.now(UTC).isoformat(),
        "expires_at": (expires_at or datetime.now(UTC) + timedelta(days=365)).isoformat()})
    return cert_id


async def join(client: httpx.AsyncClient, headers: dict[str, str], **prefs: Any) -> httpx.Response:
    body = {"consent": True, "networks": [{"network": "linkedin", "followers": 500},
                                          {"network": "x", "followers": 200},
                                          {"network": "facebook", "followers": 100}], **prefs}
    return await client.post("/v1/ambassadors/me", json=body, headers=headers)


async def make_topic(client: httpx.AsyncClient, tenant: Tenant, slug: str = "stores", **extra: Any) -> dict[str, Any]:
    response = await client.post("/v1/topics", json={"slug": slug, "name": slug.title(), **extra},
                                 headers=tenant.editor)
    assert response.status_code == 201, response.text
    return dict(response.json())


LINK = "https://www.fjordline.example/news/new-store-bergen?ref=nw"


def variants(**texts: str) -> list[dict[str, str]]:
    base = {"linkedin": "Our new store in Bergen opens Saturday! #employee",
            "x": "New store in Bergen opens Saturday #employee", "facebook": "Come and visit us in Bergen #employee"}
    base.update(texts)
    return [{"network": n, "locale": "en", "text": t} for n, t in base.items()]


async def published_post(client: httpx.AsyncClient, tenant: Tenant, topic_id: str, **extra: Any) -> dict[str, Any]:
    """Draft by one editor, submitted, approved by another editor, published."""
    created = await client.post("/v1/posts", json={"topic_id": topic_id, "link": LINK, "title": "Bergen store",
                                                   "variants": variants(), **extra}, headers=tenant.editor)
    assert created.status_code == 201, created.text
    post_id = created.json()["id"]
    for action, who in (("submit", tenant.editor), ("approve", tenant.editor2), ("publish", tenant.editor)):
        response = await client.post(f"/v1/posts/{post_id}/{action}", headers=who)
        assert response.status_code == 200, response.text
    return dict(response.json())


async def set_programme(client: httpx.AsyncClient, tenant: Tenant, **settings: Any) -> dict[str, Any]:
    current = await client.get("/v1/programme", headers=tenant.admin)
    response = await client.put("/v1/programme", json=settings, headers={
        **tenant.admin, "If-Match": current.headers["etag"]})
    assert response.status_code == 200, response.text
    return dict(response.json())


async def share(client: httpx.AsyncClient, headers: dict[str, str], post_id: str, network: str = "linkedin",
                **extra_headers: str) -> httpx.Response:
    return await client.post(f"/v1/posts/{post_id}/shares", json={"network": network},
                             headers={**headers, **extra_headers})
