"""kit.idempotency on its own: a POST that writes an effect, retried the way an integration retries it."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

import httpx
import pytest
from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Column, Integer, MetaData, String, Table, func, insert, select

from kit.auth import Principal
from kit.db import Database, SessionDep
from kit.idempotency import idempotency_table, idempotent
from kit.ids import new_id
from kit.problems import ServiceUnavailable, setup_problems
from tests.conftest import asgi_client
from tests.databases import bare_database

metadata = MetaData()
keys = idempotency_table(metadata)
orders = Table("orders", metadata, Column("id", String(36), primary_key=True), Column("org", String(64)),
               Column("item", String(64)), Column("qty", Integer))


class Order(BaseModel):
    item: str
    qty: int


async def caller(x_org: Annotated[str, Header()] = "org-1", x_sub: Annotated[str, Header()] = "p-1") -> Principal:
    """Stands in for token verification: the test names the org and subject in plain headers."""
    return Principal(org=x_org, subject=x_sub)


def order_app(db: Database) -> FastAPI:
    app = FastAPI()
    setup_problems(app)
    app.state.db = db
    app.state.fail_next = False
    app.state.gate = None  # an asyncio.Barrier that holds `produce` until concurrent requests all reach it

    async def place(path_kind: str, body: Order, request: Request, principal: Principal, session: SessionDep
                    ) -> JSONResponse:
        async def produce() -> dict[str, object]:
            if app.state.gate is not None:
                await asyncio.wait_for(app.state.gate.wait(), 10)
            if app.state.fail_next:
                app.state.fail_next = False
                raise ServiceUnavailable("the warehouse did not answer; retry")
            order_id = new_id()
            await session.execute(insert(orders).values(id=order_id, org=principal.org, item=body.item,
                                                        qty=body.qty))
            return {"id": order_id, "kind": path_kind, **body.model_dump()}

        return await idempotent(session, keys, request, principal, body, produce, status_code=201)

    @app.post("/orders")
    async def create_order(body: Order, request: Request, principal: Annotated[Principal, Depends(caller)],
                           session: SessionDep) -> JSONResponse:
        return await place("order", body, request, principal, session)

    @app.post("/returns")
    async def create_return(body: Order, request: Request, principal: Annotated[Principal, Depends(caller)],
                            session: SessionDep) -> JSONResponse:
        return await place("return", body, request, principal, session)

    return app


@pytest.fixture(scope="module")
async def app(backend: str, module_tmp: Path) -> AsyncIterator[FastAPI]:
    async with bare_database(backend, module_tmp, metadata) as db:
        yield order_app(db)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with await asgi_client(app) as http:
        yield http


@pytest.fixture
def org() -> str:
    """A fresh organisation per test, so counts of effects start at zero."""
    return new_id()


async def order(client: httpx.AsyncClient, org: str, key: str | None, body: object = None, *,
                sub: str = "p-1", path: str = "/orders") -> httpx.Response:
    headers = {"X-Org": org, "X-Sub": sub} | ({"Idempotency-Key": key} if key is not None else {})
    return await client.post(path, json=body or {"item": "mug", "qty": 2}, headers=headers)


async def effects(app: FastAPI, org: str) -> int:
    async with app.state.db.transaction() as session:
        return int((await session.execute(select(func.count()).where(orders.c.org == org))).scalar_one())


async def test_without_a_key_every_post_has_its_effect(app: FastAPI, client: httpx.AsyncClient, org: str) -> None:
    first, second = await order(client, org, None), await order(client, org, None)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"] and "idempotent-replayed" not in second.headers
    assert await effects(app, org) == 2


async def test_the_same_key_and_body_replay_the_first_response(app: FastAPI, client: httpx.AsyncClient,
                                                               org: str) -> None:
    first = await order(client, org, "k-1")
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    again = await order(client, org, "k-1")
    assert again.status_code == 201 and again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    # The same body in another key order and spacing is the same request.
    reordered = await client.post("/orders", content=b'{ "qty": 2,  "item": "mug" }', headers={
        "X-Org": org, "X-Sub": "p-1", "Idempotency-Key": "k-1", "Content-Type": "application/json"})
    assert reordered.status_code == 201 and reordered.json() == first.json()
    assert await effects(app, org) == 1


@pytest.mark.parametrize("other", [{"body": {"item": "mug", "qty": 3}}, {"path": "/returns"}])
async def test_the_same_key_for_another_request_is_a_422_naming_the_header(
        app: FastAPI, client: httpx.AsyncClient, org: str, other: dict[str, Any]) -> None:
    first = await order(client, org, "k-2")
    reused = await order(client, org, "k-2", **other)
    assert reused.status_code == 422
    assert reused.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in reused.json()["errors"]] == ["Idempotency-Key"]
    assert await effects(app, org) == 1
    assert (await order(client, org, "k-2")).json() == first.json()  # the first request still replays


async def test_a_key_belongs_to_one_caller_in_one_org(app: FastAPI, client: httpx.AsyncClient, org: str) -> None:
    other_org = new_id()
    mine = await order(client, org, "shared-key")
    colleague = await order(client, org, "shared-key", sub="p-2")
    stranger = await order(client, other_org, "shared-key")
    assert mine.status_code == colleague.status_code == stranger.status_code == 201
    assert len({mine.json()["id"], colleague.json()["id"], stranger.json()["id"]}) == 3
    assert "idempotent-replayed" not in colleague.headers and "idempotent-replayed" not in stranger.headers
    assert await effects(app, org) == 2 and await effects(app, other_org) == 1


@pytest.mark.parametrize("key", ["", "k" * 256])
async def test_a_key_outside_1_to_255_characters_is_refused(app: FastAPI, client: httpx.AsyncClient, org: str,
                                                            key: str) -> None:
    response = await order(client, org, key)
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "Idempotency-Key", "message": "must be 1 to 255 characters"}]
    assert await effects(app, org) == 0


async def test_the_longest_key_is_kept(app: FastAPI, client: httpx.AsyncClient, org: str) -> None:
    first = await order(client, org, "k" * 255)
    again = await order(client, org, "k" * 255)
    assert first.status_code == 201 and again.json() == first.json() and await effects(app, org) == 1


async def test_a_failed_attempt_is_not_stored_so_the_retry_runs(app: FastAPI, client: httpx.AsyncClient,
                                                                org: str) -> None:
    app.state.fail_next = True
    failed = await order(client, org, "k-3")
    assert failed.status_code == 503 and await effects(app, org) == 0
    retried = await order(client, org, "k-3")
    assert retried.status_code == 201 and "idempotent-replayed" not in retried.headers
    assert await effects(app, org) == 1


async def test_concurrent_first_uses_of_a_key_have_one_effect(app: FastAPI, client: httpx.AsyncClient,
                                                              org: str) -> None:
    """Both requests find no stored key before either writes: the loser is a 409, and its effect is undone."""
    app.state.gate = asyncio.Barrier(2)
    try:
        responses = await asyncio.gather(order(client, org, "k-4"), order(client, org, "k-4"))
    finally:
        app.state.gate = None
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201, 409], [r.text for r in responses]
    won = next(r for r in responses if r.status_code == 201)
    lost = next(r for r in responses if r.status_code == 409)
    assert lost.headers["content-type"] == "application/problem+json"
    assert await effects(app, org) == 1
    replay = await order(client, org, "k-4")  # the retry of the loser gets the winner's response
    assert replay.json() == won.json() and replay.headers["idempotent-replayed"] == "true"
