"""11. Demo data: Fjordline's programme is seeded once, with live posts, ambassadors, shares and clicks."""

import httpx
from fastapi import FastAPI

from kit.ids import new_id
from netwise_cli.seed import DEMO_PEOPLE, email_for
from services.advocacy.demo import LOCALES, POSTS, seed_demo
from services.advocacy.digests import PHRASES
from tests.advocacy.conftest import deliver, event, issuer


async def test_demo_seed_is_realistic_and_runs_once(client: httpx.AsyncClient, advocacy_app: FastAPI) -> None:
    org = {"id": new_id(), "name": "Fjordline", "slug": "fjordline", "currency": "SEK",
           "timezone": "Europe/Stockholm", "default_locale": "sv-SE", "min_group_size": 5, "version": 1}
    people = [{"id": new_id(), "email": email_for(name), "name": name, "job_function": function.value,
               "org_unit_id": None, "manager_id": None, "roles": ["learner", *[r.value for r in roles]],
               "status": "active", "locale": None, "version": 1}
              for function, members in DEMO_PEOPLE.values() for name, roles in members]
    await deliver(client, event("netwise.identity.organisation.created", org["id"], org))
    for person in people:
        await deliver(client, event("netwise.identity.person.created", org["id"], person))
    for _ in range(2):
        await seed_demo(advocacy_app.state.db, advocacy_app.state.outbox, org, [], people)

    johan = next(p for p in people if p["name"] == "Johan Berg")
    headers = issuer.headers(org=org["id"], subject=johan["id"], roles=johan["roles"])
    topics = (await client.get("/v1/topics", headers=headers)).json()["items"]
    assert len(topics) == 6 and any(t["sensitive"] for t in topics)
    live = (await client.get("/v1/posts", headers=headers)).json()["items"]
    assert len(live) == 10 and all(p["locale"] == "sv-SE" for p in live)
    assert (await client.get("/v1/ambassadors/me", headers=headers)).json()["status"] == "active"
    assert (await client.get("/v1/stats/me", headers=headers)).json()["totals"]["shares"] >= 1
    board = (await client.get("/v1/leaderboard", headers=headers)).json()["items"]
    assert board and all(e["name"] for e in board)
    analyst = issuer.headers(org=org["id"], subject=new_id(), roles=["analyst"])
    assert (await client.get("/v1/stats/topics", headers=analyst)).json()["items"]


async def test_every_seeded_text_is_in_all_five_locales(client: httpx.AsyncClient, advocacy_app: FastAPI) -> None:
    """A Norwegian, Danish or Dutch reader gets seeded posts and digest words in their language, never Swedish."""
    languages = {"sv", "nb", "da", "nl", "en"}
    assert {tag.split("-")[0] for tag in LOCALES} == languages == set(PHRASES)
    assert all(set(words) == set(PHRASES["en"]) and all(words.values()) for words in PHRASES.values())
    for _slug, _path, title, _priority, texts, _age, _state in POSTS:
        for network, by_locale in texts.items():
            assert len(by_locale) == len(LOCALES) and all(t.strip() for t in by_locale), (title, network)
            assert len(set(by_locale)) > 1 or network == "instagram", (title, network)  # translated, not copied

    org = {"id": new_id(), "name": "Fjordline", "slug": "fjordline-locales", "currency": "SEK",
           "timezone": "Europe/Stockholm", "default_locale": "sv-SE", "min_group_size": 5, "version": 1}
    reader = {"id": new_id(), "email": "reader@fjordline.example", "name": "Reader", "job_function": "sales",
              "org_unit_id": None, "manager_id": None, "roles": ["learner"], "status": "active", "locale": None,
              "version": 1}
    await deliver(client, event("netwise.identity.organisation.created", org["id"], org))
    await deliver(client, event("netwise.identity.person.created", org["id"], reader))
    people = [{"id": new_id(), "email": email_for(name), "name": name, "job_function": function.value,
               "org_unit_id": None, "manager_id": None, "roles": ["learner", *[r.value for r in roles]],
               "status": "active", "locale": None, "version": 1}
              for function, members in DEMO_PEOPLE.values() for name, roles in members]
    for person in people:
        await deliver(client, event("netwise.identity.person.created", org["id"], person))
    await seed_demo(advocacy_app.state.db, advocacy_app.state.outbox, org, [], people)
    headers = issuer.headers(org=org["id"], subject=reader["id"], roles=["learner"])
    for tag in LOCALES:
        live = (await client.get("/v1/posts", headers={**headers, "Accept-Language": tag})).json()["items"]
        assert live and {p["locale"] for p in live} == {tag}
        assert all(v["locale"] == tag for p in live for v in p["variants"])
