"""Endpoints and deliveries page the same way as every list: `limit` items a page in id order, the next page
through its cursor, and never another organisation's."""

import httpx

from tests.support import deliver, every_page
from tests.webhooks.conftest import Tenant

COMPLETED = "netwise.curriculum.module.completed"


async def subscribe(client: httpx.AsyncClient, tenant: Tenant) -> str:
    created = await client.post("/v1/endpoints", headers=tenant.admin,
                                json={"url": "https://93.184.216.34/hooks", "event_types": [COMPLETED]})
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def ids(pages: list[list[dict[str, object]]]) -> list[list[object]]:
    return [[item["id"] for item in page] for page in pages]


async def test_endpoints_and_their_deliveries_page(client: httpx.AsyncClient, tenant: Tenant,
                                                   other_tenant: Tenant) -> None:
    theirs = await subscribe(client, other_tenant)
    mine = sorted([await subscribe(client, tenant) for _ in range(3)])
    assert ids(await every_page(client, "/v1/endpoints", tenant.admin)) == [mine[:2], mine[2:]]

    for person in ("p1", "p2"):  # each of the organisation's endpoints gets a delivery of each
        await deliver(client, COMPLETED, tenant.org_id, {"person_id": person, "module_id": "m1",
                                                         "completed_at": "2026-12-01T09:30:00Z"})
    await deliver(client, COMPLETED, other_tenant.org_id, {"person_id": "p3", "module_id": "m1",
                                                           "completed_at": "2026-12-01T09:30:00Z"})
    for path in (f"/v1/endpoints/{mine[0]}/deliveries", f"/v1/endpoints/{mine[0]}/deliveries?status=pending"):
        pages = await every_page(client, path, tenant.admin, limit=1)
        assert [len(page) for page in pages] == [1, 1] and ids(pages)[0] < ids(pages)[1]
    assert (await every_page(client, f"/v1/endpoints/{mine[0]}/deliveries?status=succeeded", tenant.admin)) == [[]]
    assert (await client.get(f"/v1/endpoints/{theirs}/deliveries", headers=tenant.admin)).status_code == 404
