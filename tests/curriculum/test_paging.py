"""Every list pages the same way: `limit` items a page in id order, the next page through its cursor, and never
another organisation's rows."""

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from tests.curriculum.conftest import Tenant, make_tenant, published_module, published_track
from tests.support import every_page

Make = Callable[[Tenant, int], Awaitable[str]]


async def made(tenant: Tenant, path: str, who: str, body: dict[str, Any]) -> str:
    created = await tenant.http.post(path, json=body, headers=tenant.as_(who))
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def admin(tenant: Tenant) -> str:
    if "admin" not in tenant.people:
        await tenant.person("admin", job_function="leadership", unit="HQ", roles=["learner", "admin"])
    return "admin"


async def track(tenant: Tenant, i: int) -> str:
    return str((await published_track(tenant, [(await published_module(tenant))["id"]]))["id"])


async def rule(tenant: Tenant, i: int) -> str:
    return await made(tenant, "/v1/assignment-rules", "editor", {"track_id": await track(tenant, i),
                                                                 "job_functions": ["hr"]})


LISTS: list[tuple[str, str, Make]] = [  # path, who reads it, the i-th row made
    ("/v1/platform-changes", "editor", lambda t, i: made(t, "/v1/platform-changes", "editor", {
        "platform": "x", "summary": f"API change {i}", "effective_on": "2026-02-01"})),
    ("/v1/playbook", "lea", lambda t, i: made(t, "/v1/playbook", "lea", {
        "title": f"How I use LinkedIn {i}", "body": "One customer story a week.", "platforms": ["linkedin"],
        "job_functions": ["sales"]})),
    ("/v1/policies", "lea", lambda t, i: made(t, "/v1/policies", "editor", {
        "content": {"en": {"title": f"Policy {i}", "body": "Be kind."}}})),
    ("/v1/tracks", "lea", track),
    ("/v1/tracks", "editor", track),
    ("/v1/assignment-rules", "editor", rule),
]


@pytest.mark.parametrize(("path", "who", "make"), LISTS, ids=[f"{path} ({who})" for path, who, _ in LISTS])
async def test_a_list_pages_through_its_own_rows(tenant: Tenant, client: httpx.AsyncClient, path: str, who: str,
                                                 make: Make) -> None:
    await make(await make_tenant(client, tenant.issuer), 0)
    mine = sorted([await make(tenant, i) for i in range(3)])
    assert [[item["id"] for item in page] for page in await every_page(client, path, tenant.as_(who))] == [
        mine[:2], mine[2:]]


async def test_lrs_credentials_page(tenant: Tenant, client: httpx.AsyncClient) -> None:
    other = await make_tenant(client, tenant.issuer)
    await made(other, "/v1/xapi/credentials", await admin(other), {"name": "LMS", "access": "write"})
    body = {"name": "LMS", "access": "read"}
    mine = sorted([await made(tenant, "/v1/xapi/credentials", await admin(tenant), body) for _ in range(3)])
    pages = await every_page(client, "/v1/xapi/credentials", tenant.as_("admin"))
    assert [[item["id"] for item in page] for page in pages] == [mine[:2], mine[2:]]
