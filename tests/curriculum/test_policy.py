"""8. Social media policy: versions, acknowledgement per major version, who has not acknowledged by unit."""

import httpx

from tests import tokens
from tests.curriculum.conftest import Tenant, make_tenant

POLICY = {"content": {"en": {"title": "Social media policy", "body": "Speak for yourself; flag sensitive topics."},
                      "sv-SE": {"title": "Policy för sociala medier", "body": "Tala för dig själv."}},
          "default_locale": "en"}


async def new_policy(tenant: Tenant) -> dict:  # type: ignore[type-arg]
    created = await tenant.http.post("/v1/policies", json=POLICY, headers=tenant.as_("editor"))
    assert created.status_code == 201, created.text
    return dict(created.json())


async def test_a_new_major_version_asks_for_acknowledgement_again(tenant: Tenant) -> None:
    http, lea = tenant.http, tenant.as_("lea")
    policy = await new_policy(tenant)
    assert policy["version"] == "1.0" and policy["requires_acknowledgement"] is True
    ack = await http.post(f"/v1/policies/{policy['id']}/acknowledgements", json={"version": "1.0"}, headers=lea)
    assert ack.status_code == 201 and ack.json()["major"] == 1
    again = await http.post(f"/v1/policies/{policy['id']}/acknowledgements", json={"version": "1.0"}, headers=lea)
    assert again.status_code == 200 and again.json()["acknowledged_at"] == ack.json()["acknowledged_at"]

    editor = tenant.as_("editor")
    minor = await http.post(f"/v1/policies/{policy['id']}/versions", headers=editor,
                            json={**POLICY, "change": "minor", "change_summary": "Typos"})
    assert minor.json()["version"] == "1.1"
    assert (await http.get(f"/v1/policies/{policy['id']}", headers=lea)).json()["requires_acknowledgement"] is False
    major = await http.post(f"/v1/policies/{policy['id']}/versions", headers=editor,
                            json={**POLICY, "change": "major", "change_summary": "New rules for private networks"})
    assert major.json()["version"] == "2.0"
    current = await http.get(f"/v1/policies/{policy['id']}", headers=lea)
    assert current.json()["requires_acknowledgement"] is True and current.json()["acknowledged_at"] is None
    stale = await http.post(f"/v1/policies/{policy['id']}/acknowledgements", json={"version": "1.1"}, headers=lea)
    assert stale.status_code == 422 and stale.json()["errors"][0]["field"] == "version"
    history = await http.get(f"/v1/policies/{policy['id']}/versions", headers=lea)
    assert [v["version"] for v in history.json()["items"]] == ["1.0", "1.1", "2.0"]


async def test_policy_is_served_in_the_readers_locale(tenant: Tenant) -> None:
    policy = await new_policy(tenant)
    response = await tenant.http.get(f"/v1/policies/{policy['id']}",
                                     headers=tenant.as_("lea", **{"Accept-Language": "sv-SE,en;q=0.5"}))
    assert response.json()["title"] == "Policy för sociala medier"
    assert response.headers["content-language"] == "sv-SE" and response.json()["locale"] == "sv-SE"


async def test_only_editors_publish_policy(tenant: Tenant) -> None:
    assert (await tenant.http.post("/v1/policies", json=POLICY, headers=tenant.as_("lea"))).status_code == 403


async def test_report_by_unit_suppresses_small_groups(client: httpx.AsyncClient, issuer: tokens.TestIssuer) -> None:
    tenant = await make_tenant(client, issuer, min_group_size=3)
    await tenant.unit("Support", parent="HQ")
    for i in range(3):
        await tenant.person(f"cs{i}", job_function="customer_service", unit="Support", manager="manager")
    await tenant.person("solo", job_function="it")  # no unit, alone: suppressed
    policy = await new_policy(tenant)
    for key in ("cs0", "lea"):
        await client.post(f"/v1/policies/{policy['id']}/acknowledgements", json={"version": "1.0"},
                          headers=tenant.as_(key))

    report = await client.get(f"/v1/policies/{policy['id']}/acknowledgement-report", headers=tenant.as_("analyst"))
    assert report.status_code == 200
    body = report.json()
    units = {u["unit_name"]: (u["people"], u["acknowledged"], u["not_acknowledged"]) for u in body["units"]}
    assert units == {"HQ": (3, 0, 3), "Support": (3, 1, 2)}
    assert body["suppressed_groups"] == 2 and body["min_group_size"] == 3  # Sales (2 people) and no unit (1)
    assert "person_id" not in report.text

    managed = await client.get(f"/v1/policies/{policy['id']}/acknowledgement-report", headers=tenant.as_("manager"))
    assert {u["unit_name"] for u in managed.json()["units"]} == {"HQ", "Support"}
    for key in ("lea", "editor"):
        refused = await client.get(f"/v1/policies/{policy['id']}/acknowledgement-report", headers=tenant.as_(key))
        assert refused.status_code == 403
