"""Each publisher signs its deliveries with its own key, and a subscriber takes from it only its own events: a
service cannot speak for another, and nobody without a key can speak at all."""

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from kit.events import envelope_bytes, signature
from kit.ids import new_id
from services.analytics.app import MIGRATIONS, create_app
from services.analytics.settings import AnalyticsSettings
from tests import tokens
from tests.databases import migrated_database
from tests.support import person_data, signed_event

KEYS = {"identity": "identity-key-0123456789", "curriculum": "curriculum-key-0123456789"}
issuer = tokens.TestIssuer()


@pytest.fixture(scope="module")
async def analytics(backend: str, module_tmp: Path) -> AsyncIterator[FastAPI]:
    async with migrated_database(backend, MIGRATIONS, module_tmp) as url:
        settings = AnalyticsSettings(database_url=url, log_level="WARNING", event_key="analytics-key-0123456789",
                                     event_publisher_keys=KEYS)  # type: ignore[arg-type]
        app = create_app(settings, key_source=issuer.key_source)
        async with app.router.lifespan_context(app):
            yield app


@pytest.fixture
async def http(analytics: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=analytics), base_url="http://t") as client:
        yield client


def person_event(org: str, person: str, status: str, version: int, **envelope: Any) -> dict[str, Any]:
    return {"specversion": "1.0", "id": new_id(), "source": "/netwise/identity",
            "type": f"netwise.identity.person.{'created' if status == 'active' else 'deactivated'}", "org": org,
            "subject": person, **envelope,
            "data": person_data(person, f"{person}@example.com", "Pia", status=status, version=version)}


def assert_problem(response: httpx.Response, status: int, detail: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert detail in response.json()["detail"]


async def test_a_service_cannot_deactivate_people_in_identitys_name(http: httpx.AsyncClient) -> None:
    org, person = new_id(), new_id()
    me = issuer.headers(org=org, subject=person, roles=["learner"])
    created = person_event(org, person, "active", 1)
    assert (await http.post("/internal/events", **signed_event(created, key=KEYS["identity"]))).status_code == 204
    assert (await http.get("/v1/kpis", headers=me)).status_code == 200

    forged = person_event(org, person, "deactivated", 2)
    # curriculum, with its own valid key, claims identity's source: refused, and nothing happens.
    response = await http.post("/internal/events", **signed_event(forged, "curriculum", KEYS["curriculum"]))
    assert_problem(response, 403, "curriculum publishes only events of source /netwise/curriculum")
    # ... nor may it send identity's event types under its own source.
    own_source = {**forged, "id": new_id(), "source": "/netwise/curriculum"}
    response = await http.post("/internal/events", **signed_event(own_source, "curriculum", KEYS["curriculum"]))
    assert_problem(response, 403, "not netwise.identity.person.deactivated from /netwise/curriculum")
    # ... nor sign as identity with the key it has.
    response = await http.post("/internal/events", **signed_event(forged, "identity", KEYS["curriculum"]))
    assert_problem(response, 401, "the delivery is not signed with identity's key")
    assert (await http.get("/v1/kpis", headers=me)).status_code == 200

    # identity's own delivery of the same event counts (the refusals left no inbox entry behind).
    assert (await http.post("/internal/events", **signed_event(forged, key=KEYS["identity"]))).status_code == 204
    assert (await http.get("/v1/kpis", headers=me)).status_code == 401


async def test_unsigned_unknown_stale_and_altered_deliveries_are_refused(http: httpx.AsyncClient) -> None:
    envelope = person_event(new_id(), new_id(), "active", 1)
    body = envelope_bytes(envelope)
    response = await http.post("/internal/events", content=body, headers={"content-type": "application/json"})
    assert_problem(response, 401, "must be signed by its publisher")
    # advocacy is a real service, but not one this subscriber takes events from.
    advocacy = {**envelope, "source": "/netwise/advocacy", "type": "netwise.advocacy.share.created"}
    response = await http.post("/internal/events", **signed_event(advocacy, key=KEYS["identity"]))
    assert_problem(response, 401, "events from 'advocacy' are not taken here")
    stale = str(int(time.time()) - 3600)
    response = await http.post("/internal/events", content=body, headers={
        "Netwise-Publisher": "identity", "Netwise-Timestamp": stale,
        "Netwise-Signature": signature(KEYS["identity"], "identity", stale, body)})
    assert_problem(response, 401, "not within 300 s of now")
    signed = signed_event(envelope, key=KEYS["identity"])
    altered = signed["content"].replace(b'"active"', b'"deactivated"')
    response = await http.post("/internal/events", content=altered, headers=signed["headers"])
    assert_problem(response, 401, "not signed with identity's key")
    assert (await http.post("/internal/events", **signed)).status_code == 204
