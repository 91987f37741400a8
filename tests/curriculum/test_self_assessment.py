"""9. Self-assessment: my own ratings; gap aggregates by unit and job function, small groups suppressed."""

import httpx

from tests import tokens
from tests.curriculum.conftest import make_tenant


async def test_people_rate_themselves_and_see_their_own(client: httpx.AsyncClient, issuer: tokens.TestIssuer) -> None:
    tenant = await make_tenant(client, issuer)
    lea = tenant.as_("lea")
    first = await client.put("/v1/me/self-assessment", json={"ratings": {"social-selling": 2, "linkedin": 4}},
                             headers=lea)
    assert first.status_code == 200
    await client.put("/v1/me/self-assessment", json={"ratings": {"social-selling": 3}}, headers=lea)
    mine = await client.get("/v1/me/self-assessment", headers=lea)
    assert {r["competency"]: r["level"] for r in mine.json()["ratings"]} == {"social-selling": 3, "linkedin": 4}
    assert (await client.get("/v1/me/self-assessment", headers=tenant.as_("sam"))).json()["ratings"] == []
    bad = await client.put("/v1/me/self-assessment", json={"ratings": {"linkedin": 6, "Bad Key": 3}}, headers=lea)
    assert bad.status_code == 422
    assert {"ratings.linkedin", "ratings.Bad Key.[key]"} & {e["field"] for e in bad.json()["errors"]}


async def test_gaps_are_aggregates_that_hide_small_groups(client: httpx.AsyncClient, issuer: tokens.TestIssuer) -> None:
    tenant = await make_tenant(client, issuer, min_group_size=3)
    for i, level in enumerate((1, 2, 4)):
        await tenant.person(f"s{i}", job_function="sales", unit="Sales", manager="manager")
        await client.put("/v1/me/self-assessment", json={"ratings": {"social-selling": level}},
                         headers=tenant.as_(f"s{i}"))
    await client.put("/v1/me/self-assessment", json={"ratings": {"social-selling": 5}}, headers=tenant.as_("editor"))

    by_unit = await client.get("/v1/self-assessment/gaps", headers=tenant.as_("analyst"))
    assert by_unit.status_code == 200
    assert by_unit.json()["gaps"] == [{"group": tenant.units["Sales"], "group_name": "Sales",
                                       "competency": "social-selling", "people": 3, "average_level": 2.33,
                                       "below_target": 2}]
    assert by_unit.json()["suppressed_groups"] == 1  # HQ: only the editor rated
    by_function = await client.get("/v1/self-assessment/gaps", params={"group_by": "job_function"},
                                   headers=tenant.as_("manager"))
    assert [(g["group"], g["people"]) for g in by_function.json()["gaps"]] == [("sales", 3)]
    assert (await client.get("/v1/self-assessment/gaps", headers=tenant.as_("lea"))).status_code == 403
