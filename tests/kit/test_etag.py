"""kit.etag on its own: one versioned resource, read and updated the way a client does."""

import re
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI, Request, Response
from pydantic import BaseModel

from kit.etag import check_if_match, etag, set_etag
from kit.problems import setup_problems
from tests.conftest import asgi_client

STRONG = re.compile(r'^"[0-9]+"$')  # no W/ prefix: a row version names exactly one representation


class Note(BaseModel):
    text: str


def note_app() -> FastAPI:
    app = FastAPI()
    setup_problems(app)
    state = {"version": 1, "text": "first"}

    @app.get("/note")
    async def read(response: Response) -> dict[str, object]:
        set_etag(response, int(state["version"]))
        return state

    @app.put("/note")
    async def update(body: Note, request: Request, response: Response) -> dict[str, object]:
        check_if_match(request, int(state["version"]))
        state.update(text=body.text, version=int(state["version"]) + 1)
        set_etag(response, int(state["version"]))
        return state

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with await asgi_client(note_app()) as http:
        yield http


async def put(client: httpx.AsyncClient, text: str, if_match: str | None = None) -> httpx.Response:
    return await client.put("/note", json={"text": text}, headers={"If-Match": if_match} if if_match else {})


def test_an_etag_is_the_quoted_version() -> None:
    assert etag(7) == '"7"' and STRONG.match(etag(7))


async def test_a_read_carries_a_strong_etag_and_each_write_a_new_one(client: httpx.AsyncClient) -> None:
    read = await client.get("/note")
    assert read.headers["etag"] == '"1"' and STRONG.match(read.headers["etag"])
    written = await put(client, "second", read.headers["etag"])
    assert written.status_code == 200 and written.json()["text"] == "second"
    assert written.headers["etag"] == '"2"' != read.headers["etag"]
    assert (await client.get("/note")).headers["etag"] == written.headers["etag"]


async def test_a_stale_if_match_is_a_412_problem_and_changes_nothing(client: httpx.AsyncClient) -> None:
    stale = (await client.get("/note")).headers["etag"]
    assert (await put(client, "mine", stale)).status_code == 200
    lost = await put(client, "theirs", stale)  # a second writer still holding the first version
    assert lost.status_code == 412
    assert lost.headers["content-type"] == "application/problem+json"
    problem = lost.json()
    assert problem["type"] == "https://netwise.dev/problems/precondition-failed" and problem["status"] == 412
    assert '"2"' in problem["detail"]  # says which version is current, so the client knows to re-fetch
    assert "etag" not in lost.headers
    assert (await client.get("/note")).json()["text"] == "mine"


@pytest.mark.parametrize("if_match", ['"1"', 'W/"1"', '"9", "1"', ' "1" ', "*"])
async def test_if_match_accepts_the_current_tag_in_any_form_a_client_sends(client: httpx.AsyncClient,
                                                                           if_match: str) -> None:
    """A list, whitespace and `*` are RFC 9110; `W/` is what a compressing proxy makes of our strong tag."""
    response = await put(client, "ok", if_match)
    assert response.status_code == 200, response.text
    assert response.headers["etag"] == '"2"'


@pytest.mark.parametrize("if_match", ['"2"', "1", '"1 "', 'W/"0", "3"', '""'])
async def test_if_match_refuses_any_other_tag(client: httpx.AsyncClient, if_match: str) -> None:
    assert (await put(client, "no", if_match)).status_code == 412
    assert (await client.get("/note")).json()["version"] == 1


async def test_without_if_match_the_last_write_wins(client: httpx.AsyncClient) -> None:
    """The kit's contract: `If-Match` is optional (no 428), so a client that never reads ETags still works."""
    assert (await put(client, "blind one")).status_code == 200
    blind = await put(client, "blind two")
    assert blind.status_code == 200 and blind.headers["etag"] == '"3"'
