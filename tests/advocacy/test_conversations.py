"""8. Flagged conversations: anyone reports, the comms team triages."""

import httpx
from fastapi import FastAPI

from tests.advocacy.conftest import Tenant, make_tenant
from tests.support import emitted_data


async def test_employee_flags_and_comms_triages(client: httpx.AsyncClient, tenant: Tenant,
                                                app: FastAPI) -> None:
    flagged = await client.post("/v1/conversations", json={
        "url": "https://www.facebook.com/groups/bergen/posts/123", "note": "Angry thread about the queue",
        "network": "facebook"}, headers=tenant.learner)
    assert flagged.status_code == 201 and flagged.json()["status"] == "new"
    item = flagged.json()
    [event] = await emitted_data(app, tenant.org_id, "netwise.advocacy.conversation.flagged")
    assert event == {"id": item["id"], "reported_by": tenant.ids["learner"], "url": item["url"],
                     "created_at": event["created_at"]}

    assert (await client.get("/v1/conversations", headers=tenant.editor)).status_code == 403
    queue = await client.get("/v1/conversations?status=new", headers=tenant.comms)
    assert [c["id"] for c in queue.json()["items"]] == [item["id"]]
    assert (await client.get(f"/v1/conversations/{item['id']}", headers=tenant.learner)).status_code == 200
    assert (await client.get(f"/v1/conversations/{item['id']}", headers=tenant.amb)).status_code == 404

    stale = await client.patch(f"/v1/conversations/{item['id']}", json={"status": "handling"},
                               headers={**tenant.comms, "If-Match": '"3"'})
    assert stale.status_code == 412
    handling = await client.patch(f"/v1/conversations/{item['id']}", json={"status": "handling"},
                                  headers={**tenant.comms, "If-Match": flagged.headers["etag"]})
    assert handling.json()["status"] == "handling" and handling.json()["handled_by"] == tenant.ids["comms"]
    assert (await client.patch(f"/v1/conversations/{item['id']}", json={"status": "closed"},
                               headers=tenant.learner)).status_code == 403
    assert (await client.get("/v1/conversations?status=new", headers=tenant.comms)).json()["items"] == []
    bad = await client.patch(f"/v1/conversations/{item['id']}", json={"status": "solved"}, headers=tenant.comms)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "status"


async def test_flag_needs_a_url_and_stays_in_its_organisation(client: httpx.AsyncClient, tenant: Tenant) -> None:
    bad = await client.post("/v1/conversations", json={"note": "no link"}, headers=tenant.learner)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "url"
    other = await make_tenant(client)
    theirs = await client.post("/v1/conversations", json={"url": "https://x.com/a/status/1"}, headers=other.learner)
    assert (await client.get(f"/v1/conversations/{theirs.json()['id']}", headers=tenant.comms)).status_code == 404
