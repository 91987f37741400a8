"""The demo seed fills a quarter of realistic data once, and the reports read it."""

import httpx
from fastapi import FastAPI

from kit.ids import new_id
from services.analytics.demo import seed_demo
from services.analytics.models import AnalyticsTable
from tests.analytics.conftest import count_entries, issuer
from tests.locales import localised_texts_in
from tests.support import org_unit_data, organisation_data, person_data


async def test_the_demo_seed_is_realistic_and_runs_once(app: FastAPI, client: httpx.AsyncClient) -> None:
    org = organisation_data(new_id(), name="Fjordline", slug="fjordline", default_locale="sv-SE")
    units = [org_unit_data(new_id(), name) for name in ("Customer Service", "Marketing & Communications")]
    people = [person_data(new_id(), f"p{i}@fjordline.example", f"Person {i}",
                          job_function="customer_service" if i % 2 else "marketing", org_unit_id=units[i % 2]["id"],
                          roles=["learner", "admin"] if i == 0 else ["learner"]) for i in range(12)]
    await seed_demo(app.state.db, app.state.outbox, org, units, people)
    seeded = await count_entries(app, org["id"])
    assert seeded > 12 * 40
    await seed_demo(app.state.db, app.state.outbox, org, units, people)
    assert await count_entries(app, org["id"]) == seeded

    admin = issuer.headers(org=org["id"], subject=people[0]["id"], roles=["admin"])
    report = (await client.get("/v1/reports/time-use", params={"group_by": ["unit", "category"],
                                                                "from": "2000-01-01", "to": "2002-12-31"},
                               headers=admin))
    assert report.status_code == 200
    caps = (await client.get("/v1/caps", headers=admin)).json()["items"]
    assert {c["name"] for c in caps} >= {"Customer service on Facebook, 30 minutes a day"}
    studies = (await client.get("/v1/studies", headers=admin)).json()["items"]
    assert [s["status"] for s in studies] == ["closed"]
    objectives = (await client.get("/v1/objectives", headers=admin)).json()["items"]
    assert len(objectives) == 3 and all(o["current"] is not None for o in objectives[:2])
    ratio = (await client.get("/v1/reports/investment-ratio", params={"from": studies[0]["starts_on"]},
                              headers=admin)).json()
    assert ratio["total_minutes"] > 0 and ratio["items"][0]["target_percent"] == 20

    async with app.state.db.transaction() as session:  # localised texts the seed wrote, if any
        _, problems = await localised_texts_in(session, AnalyticsTable.metadata, org["id"])
    assert problems == []
