"""kit.problems on its own: every way a tiny app can fail leaves as RFC 9457 problem+json."""

import logging
from collections.abc import AsyncIterator
from typing import Annotated, Any

import httpx
import pytest
from fastapi import FastAPI, Header, HTTPException, Query
from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError

from kit.problems import (
    PROBLEM_JSON,
    Conflict,
    NotFound,
    Problem,
    Unauthorized,
    Unprocessable,
    field_path,
    setup_problems,
)

BASE = "https://netwise.dev/problems/"


class Person(BaseModel):
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")


class Import(BaseModel):
    name: str = Field(min_length=1)
    people: list[Person]


def failing_app() -> FastAPI:
    app = FastAPI()
    setup_problems(app)

    @app.get("/cards/{card_id}")
    async def card(card_id: str) -> None:
        raise NotFound(f"no card {card_id} in this organisation")

    @app.post("/people")
    async def check_email(email: str) -> None:
        raise Unprocessable.field("email", "is already taken by another person")

    @app.get("/secret")
    async def secret() -> None:
        raise Unauthorized("a bearer token is required")

    @app.get("/retitled")
    async def retitled() -> None:
        raise Conflict(title="Already Published")

    @app.post("/imports")
    async def create_import(body: Import, limit: Annotated[int, Query(ge=1)] = 10,
                            x_batch: Annotated[int | None, Header()] = None) -> Import:
        return body

    @app.get("/teapot")
    async def teapot() -> None:
        raise HTTPException(599, "the kettle is not a teapot", headers={"Retry-After": "5"})

    @app.get("/race")
    async def race() -> None:
        raise IntegrityError("INSERT INTO people (email) VALUES (?)", ("x@y.se",),
                             Exception("UNIQUE constraint failed: people.email"))

    @app.get("/bug")
    async def bug() -> None:
        raise RuntimeError("password=hunter2 in /srv/netwise/secret_module.py")

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    # raise_app_exceptions=False: Starlette re-raises a 500 after sending it; a client sees only the response.
    transport = httpx.ASGITransport(app=failing_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM_JSON
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"].startswith(BASE)
    return dict(body)


async def test_a_raised_problem_has_every_member_and_no_empty_ones(client: httpx.AsyncClient) -> None:
    body = problem(await client.get("/cards/c-9"), 404)
    assert body == {"type": f"{BASE}not-found", "title": "Not Found", "status": 404,
                    "detail": "no card c-9 in this organisation", "instance": "/cards/c-9"}


async def test_a_field_problem_names_the_field_and_the_rule(client: httpx.AsyncClient) -> None:
    body = problem(await client.post("/people", params={"email": "a@b.se"}), 422)
    assert body["type"] == f"{BASE}validation-error" and body["title"] == "Unprocessable Content"
    assert body["errors"] == [{"field": "email", "message": "is already taken by another person"}]
    assert body["detail"] == "email: is already taken by another person"


async def test_a_problem_keeps_its_headers_and_its_own_title(client: httpx.AsyncClient) -> None:
    unauthorized = await client.get("/secret")
    assert problem(unauthorized, 401)["type"] == f"{BASE}unauthorized"
    assert unauthorized.headers["www-authenticate"] == 'Bearer realm="netwise"'
    retitled = problem(await client.get("/retitled"), 409)
    assert retitled["title"] == "Already Published" and retitled["type"] == f"{BASE}conflict"
    assert "detail" not in retitled


async def test_fastapi_validation_names_each_field_without_its_source(client: httpx.AsyncClient) -> None:
    response = await client.post("/imports", params={"limit": 0}, headers={"X-Batch": "many"},
                                 json={"name": "", "people": [{"email": "a@b.se"}, {"email": "nope"}, {}]})
    body = problem(response, 422)
    fields = [e["field"] for e in body["errors"]]
    assert sorted(fields) == sorted(["name", "people[1].email", "people[2].email", "limit", "x-batch"])
    assert all(e["message"] for e in body["errors"])
    assert "people[1].email: String should match pattern" in str(body["detail"])
    assert body["instance"] == "/imports"


@pytest.mark.parametrize("content", [b'{"name": "x", "people": [', b""])
async def test_a_body_that_is_not_json_or_missing_is_a_problem_naming_the_body(client: httpx.AsyncClient,
                                                                               content: bytes) -> None:
    response = await client.post("/imports", content=content, headers={"Content-Type": "application/json"})
    assert [e["field"] for e in problem(response, 422)["errors"]] == ["body"]


async def test_routing_errors_are_problems_too(client: httpx.AsyncClient) -> None:
    missing = problem(await client.get("/nowhere"), 404)
    assert missing["type"] == f"{BASE}not-found" and missing["instance"] == "/nowhere"
    wrong_method = await client.delete("/cards/c-1")
    assert problem(wrong_method, 405) == {"type": f"{BASE}http-405", "title": "Method Not Allowed", "status": 405,
                                          "detail": "Method Not Allowed", "instance": "/cards/c-1"}
    assert wrong_method.headers["allow"] == "GET"


async def test_an_http_exception_of_an_unnamed_status_keeps_detail_and_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/teapot")
    assert problem(response, 599) == {"type": f"{BASE}http-599", "title": "Error", "status": 599,
                                      "detail": "the kettle is not a teapot", "instance": "/teapot"}
    assert response.headers["retry-after"] == "5"


async def test_an_integrity_race_is_a_409_without_the_statement(client: httpx.AsyncClient) -> None:
    response = await client.get("/race")
    assert problem(response, 409)["type"] == f"{BASE}conflict"
    assert "INSERT" not in response.text and "UNIQUE" not in response.text and "x@y.se" not in response.text


async def test_a_bug_is_a_bare_500_problem_and_the_trace_goes_to_the_log(client: httpx.AsyncClient,
                                                                         caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="netwise.problems"):
        response = await client.get("/bug")
    assert problem(response, 500) == {"type": f"{BASE}internal-error", "title": "Internal Server Error",
                                      "status": 500, "detail": "an unexpected error occurred; it has been logged",
                                      "instance": "/bug"}
    for leak in ("hunter2", "secret_module", "RuntimeError", "Traceback", 'File "'):
        assert leak not in response.text
    logged = [r for r in caplog.records if r.name == "netwise.problems"]
    assert logged and logged[0].exc_info and "hunter2" in str(logged[0].exc_info[1])


@pytest.mark.parametrize(("loc", "field"), [
    (("body", "people", 0, "email"), "people[0].email"),
    (("query", "limit"), "limit"),
    (("header", "x-batch"), "x-batch"),
    (("body",), "body"),
    (("body", "tags", 2), "tags[2]"),
    (["path", "card_id"], "card_id"),
    (("meta", "owner"), "meta.owner"),  # a location that is not a request source stays in
])
def test_field_path_reads_like_the_json_it_points_at(loc: tuple[object, ...], field: str) -> None:
    assert field_path(loc) == field


def test_the_base_problem_is_a_500_with_a_message() -> None:
    assert Problem().body().model_dump(exclude_none=True) == {
        "type": f"{BASE}internal-error", "title": "Internal Server Error", "status": 500}
    assert str(Problem()) == "Internal Server Error" and str(NotFound("gone")) == "gone"


@pytest.mark.parametrize(("prefix", "instance"), [
    ("/identity", "/identity/cards/c-9"),  # behind the gateway: the path the client called
    ("", "/cards/c-9"),  # straight to the service's port
    ("/identity/../x", "/cards/c-9"),  # not a prefix the gateway sets: ignored
])
async def test_instance_is_the_path_the_client_called(client: httpx.AsyncClient, prefix: str, instance: str) -> None:
    headers = {"X-Forwarded-Prefix": prefix} if prefix else {}
    assert problem(await client.get("/cards/c-9", headers=headers), 404)["instance"] == instance
