"""kit.pagination on its own: a tiny list endpoint over a bare table, seen the way a client sees it."""

import base64
import random
import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import Column, Integer, MetaData, String, Table, bindparam, insert
from sqlmodel import select

from kit.db import SessionDep
from kit.ids import new_id
from kit.pagination import MAX_LIMIT, Listing, Page, PageParams, PagerDep, page_of, page_params
from kit.problems import setup_problems
from tests.conftest import asgi_client
from tests.databases import bare_database

metadata = MetaData()
cards = Table("cards", metadata, Column("id", String(36), primary_key=True), Column("deck", String(8)),
              Column("rank", Integer))
NEXT_LINK = re.compile(r'^<(?P<url>[^>]+)>; rel="next"$')


class Card(BaseModel):
    id: str
    rank: int


def card_app() -> FastAPI:
    app = FastAPI()
    setup_problems(app)

    deck_of_cards = Listing(lambda: select(cards.c.id, cards.c.rank).where(cards.c.deck == bindparam("deck")),
                            cards.c.id)

    @app.get("/decks/{deck}/cards", response_model=Page[Card])
    async def list_cards(deck: str, session: SessionDep, pager: PagerDep) -> Page[Card]:
        rows, cursor = await pager.listed(session, deck_of_cards, (), {"deck": deck})
        return page_of(Card, rows, cursor)

    return app


# Every card of deck "ties" has the same rank, and they are inserted out of id order: only the key orders them.
TIES = sorted(new_id() for _ in range(7))
OTHERS = sorted(new_id() for _ in range(3))


@pytest.fixture(scope="module")
async def client(backend: str, module_tmp: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with bare_database(backend, module_tmp, metadata) as db:
        rows = [{"id": i, "deck": "ties", "rank": 1} for i in TIES] + [
            {"id": i, "deck": "others", "rank": n} for n, i in enumerate(OTHERS)]
        random.Random(7).shuffle(rows)
        async with db.transaction() as session:
            await session.execute(insert(cards), rows)
        app = card_app()
        app.state.db = db
        async with await asgi_client(app) as http:
            yield http


def encode(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode().rstrip("=")


def next_url(response: httpx.Response) -> str | None:
    link = response.headers.get("link")
    if link is None:
        return None
    match = NEXT_LINK.match(link)
    assert match, link
    return match["url"]


async def test_pages_follow_the_key_through_ties_and_the_last_has_no_next(client: httpx.AsyncClient) -> None:
    seen: list[str] = []
    sizes: list[int] = []
    url: str | None = "/decks/ties/cards?limit=3"
    while url is not None:
        response = await client.get(url)
        assert response.status_code == 200, response.text
        body = response.json()
        seen += [item["id"] for item in body["items"]]
        sizes.append(len(body["items"]))
        url = next_url(response)
        if url is None:
            assert body["next_cursor"] is None and "next_cursor" in body
        else:
            # The Link header and the body agree, and the link keeps the page size.
            query = httpx.URL(url).params
            assert query["cursor"] == body["next_cursor"] and query["limit"] == "3"
    assert sizes == [3, 3, 1]
    assert seen == TIES  # every card once, in key order, though all ranks tie


async def test_a_page_that_ends_exactly_at_the_last_row_has_no_next(client: httpx.AsyncClient) -> None:
    response = await client.get("/decks/ties/cards", params={"limit": len(TIES)})
    assert [c["id"] for c in response.json()["items"]] == TIES
    assert response.json()["next_cursor"] is None and "link" not in response.headers
    first = await client.get("/decks/ties/cards", params={"limit": len(TIES) - 1})
    assert first.json()["next_cursor"] and next_url(first)


async def test_the_cursor_carries_the_position_and_the_filters_stay_in_the_query(client: httpx.AsyncClient) -> None:
    first = await client.get("/decks/others/cards", params={"limit": 1})
    assert [c["id"] for c in first.json()["items"]] == OTHERS[:1]
    rest = await client.get("/decks/others/cards", params={"limit": 5, "cursor": first.json()["next_cursor"]})
    assert [c["id"] for c in rest.json()["items"]] == OTHERS[1:] and rest.json()["next_cursor"] is None


async def test_default_and_maximum_page_sizes(client: httpx.AsyncClient) -> None:
    assert len((await client.get("/decks/ties/cards")).json()["items"]) == len(TIES)  # default 50
    assert (await client.get("/decks/ties/cards", params={"limit": MAX_LIMIT})).status_code == 200
    assert (await client.get("/decks/ties/cards", params={"limit": 1})).status_code == 200


@pytest.mark.parametrize("limit", ["0", "-1", str(MAX_LIMIT + 1), "ten"])
async def test_a_limit_out_of_bounds_is_a_problem_naming_limit(client: httpx.AsyncClient, limit: str) -> None:
    response = await client.get("/decks/ties/cards", params={"limit": limit})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == ["limit"]


@pytest.mark.parametrize("cursor", [
    "not a cursor!",      # outside the base64url alphabet
    "abcde",              # a length no encoding produces
    encode(b"\xff\xfe"),  # decodes, but not to text
    encode(b"\x00"),      # decodes to a NUL, which PostgreSQL refuses in a text comparison
    encode(b"\x1b[2J"),   # decodes to control characters no id contains
    "A" * 201,            # longer than any cursor this API hands out
])
async def test_a_tampered_cursor_is_a_problem_naming_cursor(client: httpx.AsyncClient, cursor: str) -> None:
    response = await client.get("/decks/ties/cards", params={"cursor": cursor})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == ["cursor"]


async def test_a_cursor_is_a_position_not_a_permission(client: httpx.AsyncClient) -> None:
    """A well-formed cursor from another list only moves the start; the query's own filters still hold."""
    elsewhere = (await client.get("/decks/others/cards", params={"limit": 1})).json()["next_cursor"]
    response = await client.get("/decks/ties/cards", params={"cursor": elsewhere})
    assert response.status_code == 200
    assert [c["id"] for c in response.json()["items"]] == [i for i in TIES if i > OTHERS[0]]


async def test_page_params_decode_what_a_page_encodes() -> None:
    key = new_id()
    assert (await page_params(cursor=encode(key.encode()))).after == key
    assert await page_params() == PageParams(limit=50, after=None)
