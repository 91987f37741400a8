"""kit.etag on its own: one versioned resource, read and updated the way a client does."""

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from fastapi import FastAPI, Request, Response
from pydantic import BaseModel

from kit.etag import created, etag, matched, matched_revision, tagged
from kit.problems import setup_problems
from tests.conftest import asgi_client

STRONG = re.compile(r'^"[0-9]+"$')  # no W/ prefix: a row version names exactly one representation


class Note(BaseModel):
    text: str


@dataclass
class Row:
    """What a router answers: a row with an id, its version and, for content, its draft's revision."""

    id: str
    text: str
    version: int = 1
    revision: int = 1


def note_app() -> FastAPI:
    """One note (by `tagged`, `matched`, `created`) whose draft is changed by `matched_revision`."""
    app = FastAPI()
    setup_problems(app)
    note = Row(id="n1", text="first")

    @app.get("/note")
    async def read(response: Response) -> Row:
        return tagged(response, note)

    @app.put("/note")
    async def update(body: Note, request: Request, response: Response) -> Row:
        matched(request, note).text = body.text
        note.version += 1
        return tagged(response, note)

    @app.post("/notes", status_code=201)
    async def add(body: Note, response: Response) -> Row:
        return created(response, Row(id="n2", text=body.text), "/v1/notes")

    @app.put("/note/draft")
    async def draft(body: Note, request: Request) -> Row:
        matched_revision(request, note).text = body.text
        note.revision += 1
        return note

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


async def test_a_created_row_says_where_it_lives_and_its_version(client: httpx.AsyncClient) -> None:
    response = await client.post("/notes", json={"text": "new"})
    assert response.status_code == 201
    assert response.headers["location"] == "/v1/notes/n2" and response.headers["etag"] == '"1"'


async def test_a_draft_is_matched_by_its_revision_not_its_published_version(client: httpx.AsyncClient) -> None:
    assert (await client.put("/note/draft", json={"text": "d1"}, headers={"If-Match": '"1"'})).status_code == 200
    stale = await client.put("/note/draft", json={"text": "d2"}, headers={"If-Match": '"1"'})
    assert stale.status_code == 412 and '"2"' in stale.json()["detail"]
    assert (await client.put("/note/draft", json={"text": "d2"}, headers={"If-Match": '"2"'})).status_code == 200
    assert (await client.get("/note")).json() == {"id": "n1", "text": "d2", "version": 1, "revision": 3}
