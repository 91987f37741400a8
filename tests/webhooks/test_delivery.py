"""Deliveries as a receiver sees them: signed, retried until it recovers, exactly once in its log, replayable,
verifiable with either secret while a rotation overlaps, and never more personal data than allowed."""

import asyncio

import httpx
from fastapi import FastAPI

from tests.webhooks.conftest import Receiver, Tenant, deliver, dispatch

COMPLETED = "netwise.curriculum.module.completed"
CERTIFIED = "netwise.curriculum.certification.issued"
DISABLED = "netwise.webhooks.endpoint.disabled"


async def subscribe(http: httpx.AsyncClient, tenant: Tenant, receiver: Receiver, *event_types: str,
                    personal_data: bool = True) -> dict:
    response = await http.post("/v1/endpoints", headers=tenant.admin, json={
        "url": receiver.url, "event_types": list(event_types), "personal_data": personal_data})
    assert response.status_code == 201, response.text
    assert response.headers["cache-control"] == "no-store"
    endpoint = response.json()
    assert endpoint["secret"].startswith("whsec_")
    receiver.secrets = [endpoint["secret"]]
    return endpoint


def completion(person: str, module: str) -> dict:
    return {"person_id": person, "module_id": module, "completed_at": "2026-12-01T09:30:00Z"}


async def test_a_receiver_that_fails_three_times_gets_each_event_once(
        client: httpx.AsyncClient, app: FastAPI, tenant: Tenant, receiver: Receiver) -> None:
    endpoint = await subscribe(client, tenant, receiver, COMPLETED)
    receiver.failures = 3
    first = await deliver(client, COMPLETED, tenant.org_id, completion("p1", "m1"))
    second = await deliver(client, COMPLETED, tenant.org_id, completion("p2", "m1"))
    await deliver(client, COMPLETED, tenant.org_id, completion("p2", "m1"), event_id=second)  # redelivered event
    await deliver(client, CERTIFIED, tenant.org_id, {"id": "c1", "person_id": "p1", "track_id": "t1",
                                                     "certification_key": "k", "issued_at": "2026-12-01T09:30:00Z",
                                                     "expires_at": "2027-12-01T09:30:00Z"})  # not subscribed

    for _ in range(6):
        await dispatch(app)

    assert receiver.refused == []
    # Deliveries go out concurrently: order is not promised (Standard Webhooks does not either).
    assert sorted((item["payload"] for item in receiver.accepted), key=lambda p: p["data"]["person_id"]) == [
        {"type": COMPLETED, "timestamp": "2026-12-01T09:30:00Z", "data": completion("p1", "m1")},
        {"type": COMPLETED, "timestamp": "2026-12-01T09:30:00Z", "data": completion("p2", "m1")}]
    deliveries = (await client.get(f"/v1/endpoints/{endpoint['id']}/deliveries", headers=tenant.admin)).json()
    assert [(d["event_id"], d["status"], d["next_attempt_at"]) for d in deliveries["items"]] == [
        (first, "succeeded", None), (second, "succeeded", None)]
    assert sorted(item["id"] for item in receiver.accepted) == sorted(d["id"] for d in deliveries["items"])
    detail = (await client.get(f"/v1/endpoints/{endpoint['id']}/deliveries/{deliveries['items'][0]['id']}",
                               headers=tenant.admin)).json()
    # Both deliveries went out in each pass: the first three passes met the three 503s between them.
    assert [attempt["status_code"] for attempt in detail["log"]][-1] == 204
    assert all(attempt["status_code"] in (503, 204) for attempt in detail["log"])
    assert (await client.get(f"/v1/endpoints/{endpoint['id']}", headers=tenant.admin)).json()["failing_since"] is None


async def test_a_replay_sends_the_same_delivery_again(
        client: httpx.AsyncClient, app: FastAPI, tenant: Tenant, receiver: Receiver) -> None:
    endpoint = await subscribe(client, tenant, receiver, COMPLETED)
    await deliver(client, COMPLETED, tenant.org_id, completion("p1", "m1"))
    await dispatch(app)
    [delivery] = (await client.get(f"/v1/endpoints/{endpoint['id']}/deliveries", headers=tenant.admin)).json()["items"]

    replayed = await client.post(f"/v1/endpoints/{endpoint['id']}/deliveries/{delivery['id']}/replay",
                                 headers=tenant.admin)
    assert replayed.status_code == 202, replayed.text
    assert replayed.json()["status"] == "pending"
    await dispatch(app)

    assert [item["id"] for item in receiver.accepted] == [delivery["id"], delivery["id"]]
    assert receiver.accepted[0]["payload"] == receiver.accepted[1]["payload"]
    detail = (await client.get(f"/v1/endpoints/{endpoint['id']}/deliveries/{delivery['id']}",
                               headers=tenant.admin)).json()
    assert [attempt["status_code"] for attempt in detail["log"]] == [204, 204]


async def test_a_rotated_secret_verifies_during_the_overlap(
        client: httpx.AsyncClient, app: FastAPI, tenant: Tenant, receiver: Receiver) -> None:
    endpoint = await subscribe(client, tenant, receiver, COMPLETED)
    old = receiver.secrets[0]
    rotated = await client.post(f"/v1/endpoints/{endpoint['id']}/secret-rotations", headers=tenant.admin,
                                json={"overlap_hours": 1})
    assert rotated.status_code == 201, rotated.text
    new = rotated.json()["secret"]
    assert new != old

    receiver.secrets = [old]  # a receiver not yet switched over
    await deliver(client, COMPLETED, tenant.org_id, completion("p1", "m1"))
    await dispatch(app)
    receiver.secrets = [new]  # and one that has
    await deliver(client, COMPLETED, tenant.org_id, completion("p2", "m1"))
    await dispatch(app)
    assert (len(receiver.accepted), receiver.refused) == (2, [])

    # Without an overlap the old secret stops signing at once.
    await client.post(f"/v1/endpoints/{endpoint['id']}/secret-rotations", headers=tenant.admin,
                      json={"overlap_hours": 0})
    receiver.secrets = [new]
    await deliver(client, COMPLETED, tenant.org_id, completion("p3", "m1"))
    await dispatch(app)
    assert receiver.refused == ["No matching signature found"]


async def test_without_personal_data_people_are_left_out(
        client: httpx.AsyncClient, app: FastAPI, tenant: Tenant, receiver: Receiver) -> None:
    await subscribe(client, tenant, receiver, COMPLETED, "netwise.identity.person.created", personal_data=False)
    await deliver(client, COMPLETED, tenant.org_id, completion("p1", "m1"))
    await deliver(client, "netwise.identity.person.created", tenant.org_id, {
        "id": "p9", "email": "p9@example.org", "name": "Pia Nine", "job_function": "sales", "org_unit_id": "u1",
        "manager_id": "p1", "roles": ["learner"], "status": "active", "locale": None,
        "created_at": "2026-12-01T09:00:00Z", "updated_at": "2026-12-01T09:00:00Z", "version": 1})
    await dispatch(app)
    assert sorted((item["payload"]["data"] for item in receiver.accepted), key=len) == [
        {"module_id": "m1", "completed_at": "2026-12-01T09:30:00Z"},
        {"job_function": "sales", "org_unit_id": "u1", "roles": ["learner"], "status": "active", "locale": None,
         "created_at": "2026-12-01T09:00:00Z", "updated_at": "2026-12-01T09:00:00Z", "version": 1}]


async def test_deliveries_waiting_when_personal_data_is_withdrawn_go_out_without_it(
        client: httpx.AsyncClient, app: FastAPI, tenant: Tenant, receiver: Receiver) -> None:
    endpoint = await subscribe(client, tenant, receiver, COMPLETED, personal_data=True)
    receiver.failures = 1
    await deliver(client, COMPLETED, tenant.org_id, completion("p1", "m1"))
    await dispatch(app)  # refused: the delivery waits, queued with the person in it
    withdrawn = await client.patch(f"/v1/endpoints/{endpoint['id']}", headers=tenant.admin,
                                   json={"personal_data": False})
    assert withdrawn.json()["personal_data"] is False
    await dispatch(app)
    assert [item["payload"]["data"] for item in receiver.accepted] == [
        {"module_id": "m1", "completed_at": "2026-12-01T09:30:00Z"}]


async def test_an_endpoint_failing_for_the_whole_period_is_disabled_and_loses_nothing(
        client: httpx.AsyncClient, app: FastAPI, tenant: Tenant, receiver: Receiver,
        second_receiver: Receiver) -> None:
    endpoint = await subscribe(client, tenant, receiver, COMPLETED)
    watcher = await subscribe(client, tenant, second_receiver, DISABLED)
    receiver.failures = 1000
    settings = app.state.settings
    original = settings.disable_after_hours
    settings.disable_after_hours = 0.5 / 3600  # half a second of failures
    try:
        await deliver(client, COMPLETED, tenant.org_id, completion("p1", "m1"))
        await dispatch(app)
        await asyncio.sleep(0.6)
        await dispatch(app)
    finally:
        settings.disable_after_hours = original
    shown = (await client.get(f"/v1/endpoints/{endpoint['id']}", headers=tenant.admin)).json()
    assert shown["status"] == "disabled"
    assert watcher["status"] == "active"

    # The organisation's endpoint that asked is told; the disabled one gets nothing more.
    await dispatch(app)
    [told] = second_receiver.accepted
    assert told["payload"]["type"] == DISABLED
    assert (told["payload"]["data"]["endpoint_id"], told["payload"]["data"]["pending_deliveries"]) == (
        endpoint["id"], 1)
    assert await dispatch(app) == 0

    receiver.failures = 0
    enabled = await client.patch(f"/v1/endpoints/{endpoint['id']}", headers=tenant.admin, json={"status": "active"})
    assert enabled.json()["status"] == "active"
    await dispatch(app)
    assert [item["payload"]["data"]["person_id"] for item in receiver.accepted] == ["p1"]
