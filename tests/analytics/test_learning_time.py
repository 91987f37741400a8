"""Learning time from xAPI statements (curriculum's `learning_time` events): a time entry on channel `training`,
an investment, once per statement; a voided statement's entry goes; the rules every entry keeps still hold."""

import uuid
from typing import Any

import httpx

from contracts.events import curriculum, identity
from kit.ids import new_id
from tests.analytics.conftest import Tenant
from tests.support import envelope, person_data, signed_event

DAY = "2025-03-12"


def learned(tenant: Tenant, person: str = "sam", minutes: int = 45, day: str = DAY, **extra: Any) -> dict[str, Any]:
    return {"person_id": tenant.people[person], "statement_id": str(uuid.uuid4()),
            "activity_id": "https://moodle.example/course/view.php?id=42", "module_id": new_id(), "track_id": None,
            "day": day, "minutes": minutes, **extra}


async def send(client: httpx.AsyncClient, tenant: Tenant, event_type: str, data: dict[str, Any],
               event_id: str | None = None) -> httpx.Response:
    sent = envelope(event_type, tenant.org_id, data, event_id=event_id)
    return await client.post("/internal/events", **signed_event(sent))


async def entries(client: httpx.AsyncClient, tenant: Tenant, person: str = "sam") -> list[dict[str, Any]]:
    """What the person sees of their own time."""
    response = await client.get("/v1/time-entries", headers=tenant.headers(person))
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def test_learning_time_is_an_investment_on_channel_training(client: httpx.AsyncClient, tenant: Tenant) -> None:
    data = learned(tenant)
    assert (await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, data)).status_code == 204
    [entry] = await entries(client, tenant)
    assert {k: entry[k] for k in ("date", "minutes", "channel", "activity", "category", "source", "note")} == {
        "date": DAY, "minutes": 45, "channel": "training", "activity": "learning", "category": "investment",
        "source": "xapi", "note": "xAPI: https://moodle.example/course/view.php?id=42"}
    report = await client.get("/v1/reports/time-use", headers=tenant.headers("sam"), params={
        "from": DAY, "to": DAY, "person_id": tenant.people["sam"], "group_by": ["channel"]})
    assert report.status_code == 200, report.text
    assert [(r["group"]["channel"], r["minutes"]) for r in report.json()["rows"]] == [("training", 45)]


async def test_a_statement_counts_once(client: httpx.AsyncClient, tenant: Tenant) -> None:
    data = learned(tenant)
    event_id = new_id()
    for _ in range(2):  # the relay redelivers an event it did not see acknowledged
        assert (await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, data, event_id)).status_code == 204
    # Another event about the same statement adds nothing either.
    assert (await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, {**data, "minutes": 50})).status_code == 204
    assert [e["minutes"] for e in await entries(client, tenant)] == [45]


async def test_a_voided_statement_takes_its_time_away(client: httpx.AsyncClient, tenant: Tenant) -> None:
    kept, voided = learned(tenant, minutes=20), learned(tenant, minutes=30)
    for data in (kept, voided):
        await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, data)
    for _ in range(2):
        response = await send(client, tenant, curriculum.LEARNING_TIME_VOIDED,
                              {"statement_id": voided["statement_id"]})
        assert response.status_code == 204
    assert [e["minutes"] for e in await entries(client, tenant)] == [20]
    # Voided before its time arrived (events of one statement crossing): its time never counts.
    early = learned(tenant, minutes=15)
    await send(client, tenant, curriculum.LEARNING_TIME_VOIDED, {"statement_id": early["statement_id"]})
    await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, early)
    assert [e["minutes"] for e in await entries(client, tenant)] == [20]


async def test_a_locked_month_takes_none_and_keeps_what_it_has(client: httpx.AsyncClient, tenant: Tenant) -> None:
    before = learned(tenant, minutes=25)
    await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, before)
    locked = await client.post("/v1/locked-periods", json={"month": DAY[:7]}, headers=tenant.headers("ada"))
    assert locked.status_code == 201, locked.text
    await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, learned(tenant, minutes=35))
    await send(client, tenant, curriculum.LEARNING_TIME_VOIDED, {"statement_id": before["statement_id"]})
    assert [e["minutes"] for e in await entries(client, tenant)] == [25]


async def test_a_day_holds_at_most_1440_minutes(client: httpx.AsyncClient, tenant: Tenant) -> None:
    worked = await client.post("/v1/time-entries", headers=tenant.headers("sam"), json={
        "date": DAY, "minutes": 1400, "channel": "linkedin", "activity": "social_selling"})
    assert worked.status_code == 201, worked.text
    await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, learned(tenant, minutes=60))
    await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, learned(tenant, minutes=60))
    assert sorted(e["minutes"] for e in await entries(client, tenant)) == [40, 1400]


async def test_a_hard_cap_does_not_refuse_learning_already_done(client: httpx.AsyncClient, tenant: Tenant) -> None:
    cap = await client.post("/v1/caps", headers=tenant.headers("ada"), json={
        "name": "Training, an hour a day", "scope": "person", "scope_id": tenant.people["sam"],
        "channel": "training", "period": "day", "limit_minutes": 60, "hard": True})
    assert cap.status_code == 201, cap.text
    await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, learned(tenant, minutes=90))
    assert [e["minutes"] for e in await entries(client, tenant)] == [90]
    refused = await client.post("/v1/time-entries", headers=tenant.headers("sam"), json={
        "date": DAY, "minutes": 5, "channel": "training", "activity": "learning"})
    assert refused.status_code == 422  # what a person records by hand still meets the cap


async def test_a_person_not_known_yet_is_retried_until_they_are(client: httpx.AsyncClient, tenant: Tenant) -> None:
    newcomer = new_id()
    data = learned(tenant) | {"person_id": newcomer}
    event_id = new_id()
    first = await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, data, event_id)
    assert first.status_code == 409 and first.headers["content-type"] == "application/problem+json"
    await send(client, tenant, identity.PERSON_CREATED, person_data(newcomer, "new@example.com", "New"))
    assert (await send(client, tenant, curriculum.LEARNING_TIME_RECORDED, data, event_id)).status_code == 204
    seen = await client.get("/v1/time-entries", headers=tenant.client("time:write"),
                            params={"person_id": newcomer})
    assert [e["minutes"] for e in seen.json()["items"]] == [45]
