"""10. Playbook: written by anyone, reviewed by an editor who is not the author, searchable once published."""

from tests.curriculum.conftest import Tenant

ENTRY = {"title": "How I use LinkedIn in sales", "body": "I post one customer story a week and answer comments.",
         "platforms": ["linkedin"], "job_functions": ["sales"]}


async def test_entry_goes_from_draft_through_review_to_published(tenant: Tenant) -> None:
    http, lea = tenant.http, tenant.as_("lea")
    created = await http.post("/v1/playbook", json=ENTRY, headers=lea)
    assert created.status_code == 201 and created.json()["status"] == "draft"
    entry_id = created.json()["id"]
    assert (await http.get(f"/v1/playbook/{entry_id}", headers=tenant.as_("sam"))).status_code == 404

    submitted = await http.post(f"/v1/playbook/{entry_id}/submit", headers=lea)
    assert submitted.json()["status"] == "in_review"
    assert (await http.patch(f"/v1/playbook/{entry_id}", json={"title": "x"}, headers=lea)).status_code == 409
    assert (await http.post(f"/v1/playbook/{entry_id}/review", json={"decision": "publish"},
                            headers=lea)).status_code == 403
    reviewed = await http.post(f"/v1/playbook/{entry_id}/review", json={"decision": "publish", "note": "Great"},
                               headers=tenant.as_("editor"))
    assert reviewed.status_code == 200 and reviewed.json()["status"] == "published"
    assert reviewed.json()["published_at"] is not None

    found = await http.get("/v1/playbook", params={"q": "CUSTOMER story", "platform": "linkedin"},
                           headers=tenant.as_("sam"))
    assert [e["id"] for e in found.json()["items"]] == [entry_id]
    assert (await http.get("/v1/playbook", params={"platform": "tiktok"},
                           headers=tenant.as_("sam"))).json()["items"] == []
    assert (await http.get("/v1/playbook", params={"q": "100%"}, headers=tenant.as_("sam"))).json()["items"] == []


async def test_an_editor_cannot_review_their_own_entry(tenant: Tenant) -> None:
    http, editor = tenant.http, tenant.as_("editor")
    entry = (await http.post("/v1/playbook", json=ENTRY, headers=editor)).json()
    await http.post(f"/v1/playbook/{entry['id']}/submit", headers=editor)
    own = await http.post(f"/v1/playbook/{entry['id']}/review", json={"decision": "publish"}, headers=editor)
    assert own.status_code == 403


async def test_rejected_entries_go_back_to_the_author(tenant: Tenant) -> None:
    http, lea = tenant.http, tenant.as_("lea")
    entry = (await http.post("/v1/playbook", json=ENTRY, headers=lea)).json()
    await http.post(f"/v1/playbook/{entry['id']}/submit", headers=lea)
    rejected = await http.post(f"/v1/playbook/{entry['id']}/review", headers=tenant.as_("editor"),
                               json={"decision": "reject", "note": "Name the customer only with consent"})
    assert rejected.json()["status"] == "rejected"
    mine = await http.get("/v1/playbook", params={"status": "rejected"}, headers=lea)
    assert [e["review_note"] for e in mine.json()["items"]] == ["Name the customer only with consent"]
    assert (await http.get("/v1/playbook", headers=tenant.as_("sam"))).json()["items"] == []
    fixed = await http.patch(f"/v1/playbook/{entry['id']}", json={"body": "Anonymised story."},
                             headers={**lea, "If-Match": rejected.headers["etag"]})
    assert fixed.status_code == 200 and fixed.json()["body"] == "Anonymised story."


async def test_playbook_entries_need_a_title_and_body(tenant: Tenant) -> None:
    response = await tenant.http.post("/v1/playbook", json={"title": "", "platforms": ["fax"]},
                                      headers=tenant.as_("lea"))
    assert response.status_code == 422
    assert {"title", "body", "platforms[0]"} <= {e["field"] for e in response.json()["errors"]}
