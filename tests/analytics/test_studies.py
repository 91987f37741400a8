"""Study periods demand channel and activity, report per unit and category, and close once."""

import httpx
from fastapi import FastAPI

from tests.analytics.conftest import Tenant
from tests.support import emitted_data


async def test_a_study_demands_detail_reports_per_unit_and_closes_once(client: httpx.AsyncClient, tenant: Tenant,
                                                                       app: FastAPI) -> None:
    ada = tenant.headers("ada")
    created = await client.post("/v1/studies", headers=ada, json={
        "name": "Communication study, spring", "starts_on": "2024-03-04", "ends_on": "2024-03-17",
        "unit_ids": [tenant.units["sales"]], "person_ids": [tenant.people["cai"]]})
    assert created.status_code == 201 and created.json()["status"] == "ended"
    study = created.json()
    integration = tenant.client("time:write")
    vague = await client.post("/v1/time-entries/bulk", headers=integration, json={"entries": [
        {"person_id": tenant.people["sam"], "date": "2024-03-05", "minutes": 30},
        {"person_id": tenant.people["cora"], "date": "2024-03-05", "minutes": 30}]})
    assert vague.status_code == 422
    assert {e["field"] for e in vague.json()["errors"]} == {"entries[0].channel", "entries[0].activity"}

    rows = [(who, ch, act, m) for who in ("sam", "sia", "sol") for ch, act, m in
            (("email", "customer_service", 30), ("phone", "social_selling", 90))] + [
        ("cai", "facebook", "customer_service", 60), ("cora", "facebook", "customer_service", 60)]
    response = await client.post("/v1/time-entries/bulk", headers=integration, json={"entries": [
        {"person_id": tenant.people[who], "date": "2024-03-06", "minutes": m, "channel": ch, "activity": act}
        for who, ch, act, m in rows]})
    assert response.status_code == 201
    await client.post("/v1/cost-rates", headers=ada, json={"subject_kind": "job_function", "subject": "sales",
                                                         "effective_from": "2024-01-01", "hourly_minor": 60000})
    report = await client.get(f"/v1/studies/{study['id']}/report", headers=ada)
    assert report.status_code == 200
    body = report.json()
    assert [(r["unit_name"], r["channel"], r["activity"], r["minutes"], r["share_percent"], r["cost_minor"])
            for r in body["rows"]] == [("Sales", "email", "customer_service", 90, 25.0, 90000),
                                       ("Sales", "phone", "social_selling", 270, 75.0, 270000)]
    assert body["suppression"]["suppressed_groups"] == 1  # cai alone in Service; cora is not a participant
    exported = await client.get(f"/v1/studies/{study['id']}/report", params={"format": "csv"}, headers=ada)
    assert exported.text.splitlines()[0].startswith("org_unit_id,unit_name,channel")

    for _ in range(2):
        closed = await client.post(f"/v1/studies/{study['id']}/close", headers=ada)
        assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert await emitted_data(app, tenant.org_id, "netwise.analytics.study.closed") == [{
        "study_id": study["id"], "name": "Communication study, spring", "starts_on": "2024-03-04",
        "ends_on": "2024-03-17"}]
    after = await client.post("/v1/time-entries", headers=tenant.headers("sam"),
                              json={"date": "2024-03-07", "minutes": 10})
    assert after.status_code == 201  # a closed study no longer asks for detail
    assert (await client.post("/v1/studies", headers=tenant.headers("mona"), json={
        "name": "x", "starts_on": "2024-01-01", "ends_on": "2024-01-02",
        "unit_ids": [tenant.units["sales"]]})).status_code == 403
    no_one = await client.post("/v1/studies", headers=ada, json={"name": "x", "starts_on": "2024-01-01",
                                                                 "ends_on": "2024-01-02"})
    assert no_one.status_code == 422
