"""11. Demo data: Fjordline's programme is seeded once, with live posts, ambassadors, shares and clicks."""

from typing import Any

import httpx
from fastapi import FastAPI

from kit.ids import new_id
from netwise_cli.seed import DEMO_PEOPLE, email_for
from services.advocacy.demo import LOCALES, POSTS, seed_demo
from services.advocacy.digests import PHRASES
from tests.advocacy.conftest import issuer
from tests.support import deliver, organisation_data, person_data


def demo_people() -> list[dict[str, Any]]:
    return [person_data(new_id(), email_for(name), name, job_function=function.value,
                        roles=["learner", *[r.value for r in roles]])
            for function, members in DEMO_PEOPLE.values() for name, roles in members]


async def test_demo_seed_is_realistic_and_runs_once(client: httpx.AsyncClient, app: FastAPI) -> None:
    org = organisation_data(new_id(), name="Fjordline", slug="fjordline", default_locale="sv-SE")
    people = demo_people()
    await deliver(client, "netwise.identity.organisation.created", org["id"], org)
    for person in people:
        await deliver(client, "netwise.identity.person.created", org["id"], person)
    for _ in range(2):
        await seed_demo(app.state.db, app.state.outbox, org, [], people)

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


async def test_every_seeded_text_is_in_all_five_locales(client: httpx.AsyncClient, app: FastAPI) -> None:
    """A Norwegian, Danish or Dutch reader gets seeded posts and digest words in their language, never Swedish."""
    languages = {"sv", "nb", "da", "nl", "en"}
    assert {tag.split("-")[0] for tag in LOCALES} == languages == set(PHRASES)
    assert all(set(words) == set(PHRASES["en"]) and all(words.values()) for words in PHRASES.values())
    for _slug, _path, title, _priority, texts, _age, _state in POSTS:
        for network, by_locale in texts.items():
            assert len(by_locale) == len(LOCALES) and all(t.strip() for t in by_locale), (title, network)
            assert len(set(by_locale)) > 1 or network == "instagram", (title, network)  # translated, not copied

    org = organisation_data(new_id(), name="Fjordline", slug="fjordline-locales", default_locale="sv-SE")
    reader = person_data(new_id(), "reader@fjordline.example", "Reader")
    await deliver(client, "netwise.identity.organisation.created", org["id"], org)
    await deliver(client, "netwise.identity.person.created", org["id"], reader)
    people = demo_people()
    for person in people:
        await deliver(client, "netwise.identity.person.created", org["id"], person)
    await seed_demo(app.state.db, app.state.outbox, org, [], people)
    headers = issuer.headers(org=org["id"], subject=reader["id"], roles=["learner"])
    for tag in LOCALES:
        live = (await client.get("/v1/posts", headers={**headers, "Accept-Language": tag})).json()["items"]
        assert live and {p["locale"] for p in live} == {tag}
        assert all(v["locale"] == tag for p in live for v in p["variants"])
