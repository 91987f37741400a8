"""13. Demo content: a realistic curriculum, seeded once, that assigns role tracks when people arrive."""

import httpx
from fastapi import FastAPI

from kit.ids import new_id
from services.curriculum.demo import seed_demo
from tests import tokens
from tests.curriculum.conftest import make_tenant, my_learning


async def test_demo_seed_is_idempotent_and_assigns_by_job_function(client: httpx.AsyncClient,
                                                                   curriculum_app: FastAPI,
                                                                   issuer: tokens.TestIssuer) -> None:
    tenant = await make_tenant(client, issuer, default_locale="sv-SE")
    org = {"id": tenant.org_id, "name": "Fjordline"}
    for _ in range(2):
        await seed_demo(curriculum_app.state.db, curriculum_app.state.outbox, org, [], [])
    tracks = await client.get("/v1/tracks", params={"limit": 100}, headers=tenant.as_("lea"))
    titles = {t["title"] for t in tracks.json()["items"]}
    assert len(tracks.json()["items"]) == 12  # seeded once
    assert {"Social media ambassador", "Sensitive topics", "Social selling", "Leading on social media"} <= titles
    assert "Grunderna i sociala medier" in titles  # a Swedish organisation reads the Swedish variant
    certified = {t["certification"]["key"] for t in tracks.json()["items"] if t["certification"]}
    assert certified == {"social-media-ambassador", "sensitive-topics"}
    foundations = next(t for t in tracks.json()["items"] if t["phase"] == "foundations")
    assert foundations["required"] is False
    policies = await client.get("/v1/policies", headers=tenant.as_("lea"))
    assert [p["version"] for p in policies.json()["items"]] == ["1.0"]

    await tenant.person("new-seller", job_function="sales", unit="Sales", person_id=new_id())
    learning = await my_learning(tenant, "new-seller")
    assert {i["title"] for i in learning["items"]} == {"Social selling", "Fjordline on social media"}
    assert learning["next"] is not None
