"""13. Demo content: a realistic curriculum, seeded once, that assigns role tracks when people arrive."""

import httpx
from fastapi import FastAPI

from kit.ids import new_id
from services.curriculum.demo import MODULES, TRACKS, seed_demo
from services.curriculum.models import CurriculumTable
from tests import tokens
from tests.curriculum.conftest import make_tenant, my_learning
from tests.locales import SEED_LOCALES, localised_texts_in


async def test_demo_seed_is_idempotent_and_assigns_by_job_function(client: httpx.AsyncClient,
                                                                   app: FastAPI,
                                                                   issuer: tokens.TestIssuer) -> None:
    tenant = await make_tenant(client, issuer, default_locale="sv-SE")
    org = {"id": tenant.org_id, "name": "Fjordline"}
    for _ in range(2):
        await seed_demo(app.state.db, app.state.outbox, org, [], [])
    tracks = await client.get("/v1/tracks", params={"limit": 100}, headers=tenant.as_("lea"))
    titles = {t["title"] for t in tracks.json()["items"]}
    assert len(tracks.json()["items"]) == 12  # seeded once
    # a Swedish organisation reads the Swedish variant of every track
    assert {"Ambassadör i sociala medier", "Känsliga ämnen", "Social selling", "Att leda i sociala medier",
            "Grunderna i sociala medier"} <= titles
    certified = {t["certification"]["key"] for t in tracks.json()["items"] if t["certification"]}
    assert certified == {"social-media-ambassador", "sensitive-topics"}
    foundations = next(t for t in tracks.json()["items"] if t["phase"] == "foundations")
    assert foundations["required"] is False
    policies = await client.get("/v1/policies", headers=tenant.as_("lea"))
    assert [p["version"] for p in policies.json()["items"]] == ["1.0"]

    await tenant.person("new-seller", job_function="sales", unit="Sales", person_id=new_id())
    learning = await my_learning(tenant, "new-seller")
    assert {i["title"] for i in learning["items"]} == {"Social selling", "Fjordline i sociala medier"}
    assert learning["next"] is not None


async def test_every_seeded_text_is_in_every_locale(client: httpx.AsyncClient, app: FastAPI,
                                                   issuer: tokens.TestIssuer) -> None:
    """Modules, quizzes, tracks and the policy: sv, nb, da, nl and en readers each get their own language."""
    tenant = await make_tenant(client, issuer, default_locale="sv-SE")
    await seed_demo(app.state.db, app.state.outbox, {"id": tenant.org_id, "name": "F"}, [], [])
    async with app.state.db.transaction() as session:
        texts, problems = await localised_texts_in(session, CurriculumTable.metadata, tenant.org_id)
    assert problems == []
    # the walk reached every module and its published version, every question and option, track and the policy
    quiz_texts = sum(1 + len(q.texts["en"][1]) for m in MODULES for q in m.quiz)
    assert texts >= 2 * len(MODULES) + quiz_texts + len(TRACKS) + 1

    expected = {"sv": ("Grunderna i sociala medier", "Fjordlines policy för sociala medier"),
                "nb": ("Grunnleggende om sosiale medier", "Fjordlines retningslinjer for sosiale medier"),
                "da": ("Grundlæggende om sociale medier", "Fjordlines retningslinjer for sociale medier"),
                "nl": ("De basis van sociale media", "Socialemediabeleid van Fjordline"),
                "en": ("Foundations of social media", "Fjordline social media policy")}
    assert set(expected) == set(SEED_LOCALES)
    for locale, (foundations, policy_title) in expected.items():
        reader = tenant.as_("lea", **{"Accept-Language": locale})
        tracks = (await client.get("/v1/tracks", params={"limit": 100}, headers=reader)).json()["items"]
        assert next(t for t in tracks if t["phase"] == "foundations")["title"] == foundations
        policy = (await client.get("/v1/policies", headers=reader)).json()["items"][0]
        assert (policy["locale"], policy["title"]) == (locale, policy_title)
        modules = (await client.get("/v1/modules", params={"limit": 100}, headers=reader)).json()["items"]
        with_quiz = next(m for m in modules if m["has_quiz"])
        quiz = await client.get(f"/v1/modules/{with_quiz['id']}/quiz", headers=reader)
        assert quiz.status_code == 200 and quiz.headers["Content-Language"] == locale
