"""11. Demo data: Fjordline's programme is seeded once, with live posts, ambassadors, shares and clicks."""

import httpx
from fastapi import FastAPI

from kit.ids import new_id
from netwise_cli.seed import DEMO_PEOPLE, email_for
from services.advocacy.demo import seed_demo
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
