"""6. Certifications: issued on track completion, renewal ahead of expiry, expiry reported; an idempotent sweep."""

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial

import pytest
from fastapi import FastAPI

from contracts.events import identity
from kit.app import run_once
from services.curriculum.app import create_app
from services.curriculum.certifications import run_due_work
from tests.curriculum.conftest import Tenant, my_learning, published_module, published_track, settings_for
from tests.support import emitted


async def certify(tenant: Tenant, key: str = "lea") -> tuple[dict, dict]:  # type: ignore[type-arg]
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]],
                                  certification={"key": "social-media-ambassador", "validity_days": 365})
    done = await tenant.http.post(f"/v1/modules/{module['id']}/complete", headers=tenant.as_(key))
    assert done.status_code == 200
    return track, done.json()["certifications"][0]


async def sweep(app: FastAPI, now: datetime) -> None:
    await run_due_work(app.state.db, app.state.outbox, app.state.settings, now)


async def certifications(tenant: Tenant, key: str = "lea") -> list[dict]:  # type: ignore[type-arg]
    response = await tenant.http.get(f"/v1/people/{tenant.id(key)}/certifications", headers=tenant.as_(key))
    assert response.status_code == 200
    return list(response.json()["items"])


async def test_completing_a_certified_track_issues_a_certification(tenant: Tenant) -> None:
    track, certification = await certify(tenant)
    issued = datetime.fromisoformat(certification["issued_at"])
    assert datetime.fromisoformat(certification["expires_at"]) - issued == timedelta(days=365)
    assert certification["certification_key"] == "social-media-ambassador" and certification["status"] == "active"
    assert certification["track_id"] == track["id"]
    assert [c["id"] for c in await certifications(tenant)] == [certification["id"]]


async def test_renewal_is_assigned_ahead_of_expiry_once(tenant: Tenant, app: FastAPI) -> None:
    track, certification = await certify(tenant)
    expires = datetime.fromisoformat(certification["expires_at"])
    await sweep(app, expires - timedelta(days=31))
    assert len((await my_learning(tenant, "lea"))["items"]) == 0  # only the voluntary completion so far
    for _ in range(2):
        await sweep(app, expires - timedelta(days=29))
    items = (await my_learning(tenant, "lea"))["items"]
    assert [(i["assignment"]["source"], i["assignment"]["track_id"]) for i in items] == [("renewal", track["id"])]
    assert items[0]["assignment"]["due_at"] == certification["expires_at"].replace("+00:00", "Z")


async def test_expired_certifications_are_reported_as_expired(tenant: Tenant, app: FastAPI) -> None:
    _, certification = await certify(tenant)
    expires = datetime.fromisoformat(certification["expires_at"])
    await sweep(app, expires + timedelta(minutes=1))
    await sweep(app, expires + timedelta(days=2))
    [listed] = await certifications(tenant)
    assert listed["status"] == "expired"
    assert datetime.fromisoformat(listed["expired_at"]) == expires
    expired = await emitted(app, tenant.org_id, "netwise.curriculum.certification.expired")
    assert [e["data"]["id"] for e in expired] == [certification["id"]]  # once, however often the sweep runs


async def test_renewing_supersedes_the_old_certification(tenant: Tenant, app: FastAPI) -> None:
    track, certification = await certify(tenant)
    await sweep(app, datetime.fromisoformat(certification["expires_at"]) - timedelta(days=10))
    module_id = track["module_ids"][0]
    again = await tenant.http.post(f"/v1/modules/{module_id}/complete", headers=tenant.as_("lea"))
    assert again.json()["completed_tracks"] == [track["id"]]
    statuses = {c["id"]: c["status"] for c in await certifications(tenant)}
    assert statuses[certification["id"]] == "superseded" and list(statuses.values()).count("active") == 1
    assert (await my_learning(tenant, "lea"))["items"][0]["assignment"]["status"] == "completed"


async def test_a_deactivated_person_gets_no_renewal(tenant: Tenant, app: FastAPI) -> None:
    _, certification = await certify(tenant)
    await tenant.person("lea", job_function="sales", unit="Sales", status="deactivated", version=2,
                        event=identity.PERSON_DEACTIVATED)
    await sweep(app, datetime.fromisoformat(certification["expires_at"]) - timedelta(days=1))
    assigned = await emitted(app, tenant.org_id, "netwise.curriculum.assignment.created")
    assert [a for a in assigned if a["data"]["source"] == "renewal"] == []


async def test_two_replicas_sweeping_at_once_report_an_expiry_once(tenant: Tenant, app: FastAPI,
                                                                  backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("replicas share a PostgreSQL database; SQLite is the embedded platform's single replica")
    _, certification = await certify(tenant)
    now = datetime.fromisoformat(certification["expires_at"]) + timedelta(minutes=1)
    replica = create_app(settings_for(app.state.settings.database_url))
    holding, release = asyncio.Event(), asyncio.Event()

    async def first_pass() -> None:  # holds the job until the other replica has tried it
        holding.set()
        await sweep(app, now)
        await release.wait()

    try:
        [job] = [job for job in app.state.periodic_jobs if job.name == "due-work"]
        first = asyncio.create_task(run_once(replace(job, run=first_pass), app.state.db, "curriculum"))
        await holding.wait()
        second = await run_once(replace(job, run=partial(sweep, replica, now)), replica.state.db, "curriculum")
        release.set()
        ran = [await first, second]
    finally:
        await replica.state.db.dispose()
    assert ran == [True, False]  # the second replica's pass stood aside while the first held the job
    expired = await emitted(app, tenant.org_id, "netwise.curriculum.certification.expired")
    assert [e["data"]["id"] for e in expired] == [certification["id"]]
