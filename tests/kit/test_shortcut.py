"""kit.routing.shortcut: a route's usual request answered from the Lane, everything else by the route itself."""

from typing import Any

import pytest
from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response
from pydantic import BaseModel

from kit.inputs import reject_nul
from kit.pagination import only_paging
from kit.problems import NotFound, setup_problems
from kit.routing import serve_plain_first, shortcut
from tests.conftest import asgi_client


class Greeting(BaseModel):
    name: str
    shout: bool
    note: str | None = None


def greeting_app() -> tuple[FastAPI, dict[str, int]]:
    """`GET /hello/{name}`: the route counts its calls, the shortcut its own; both answer alike."""
    calls = {"route": 0, "shortcut": 0}
    router = APIRouter()

    def greet(name: str, shout: bool, response: Response) -> Greeting:
        if name == "nobody":
            raise NotFound("no such person")
        response.headers["ETag"] = '"1"'
        return Greeting(name=name.upper() if shout else name, shout=shout)

    @router.get("/hello/{name}", response_model=Greeting, response_model_exclude_none=True)
    async def hello(name: str, response: Response, shout: bool = Query(False)) -> Greeting:
        calls["route"] += 1
        return greet(name, shout, response)

    @shortcut(hello, takes=lambda scope: not scope["query_string"] and "\0" not in scope["path"])
    async def hello_plainly(request: Request, response: Response) -> Greeting:
        calls["shortcut"] += 1
        return greet(request.path_params["name"], False, response)

    app = FastAPI(dependencies=[Depends(reject_nul)])
    setup_problems(app)
    app.include_router(router)
    serve_plain_first(app, [router])
    return app, calls


async def test_the_shortcut_answers_the_usual_request_as_the_route_would() -> None:
    app, calls = greeting_app()
    async with await asgi_client(app) as http:
        by_shortcut = await http.get("/hello/ada")
        by_route = await http.get("/hello/ada?shout=false")
        assert calls == {"route": 1, "shortcut": 1}
        assert by_shortcut.status_code == by_route.status_code == 200
        assert by_shortcut.content == by_route.content == b'{"name":"ada","shout":false}'  # the route's exclusions
        assert by_shortcut.headers.multi_items() == by_route.headers.multi_items()
        missing, missing_by_route = await http.get("/hello/nobody"), await http.get("/hello/nobody?shout=false")
        assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
        assert missing.content == missing_by_route.content


async def test_what_the_shortcut_does_not_take_goes_to_the_route() -> None:
    app, calls = greeting_app()
    async with await asgi_client(app) as http:
        shouted = await http.get("/hello/ada?shout=true")
        assert shouted.json() == {"name": "ADA", "shout": True}
        invalid = await http.get("/hello/ada?shout=maybe")
        assert invalid.status_code == 422 and "shout" in invalid.text
        nul = await http.get("/hello/a%00da")
        assert nul.status_code == 422 and nul.json()["errors"][0]["field"] == "name"
        posted = await http.post("/hello/ada")
        assert posted.status_code == 405 and posted.headers["allow"] == "GET"
    assert calls == {"route": 1, "shortcut": 0}  # the invalid ones were refused before the endpoint


def test_a_shortcut_needs_its_routes_response_model() -> None:
    router = APIRouter()

    @router.get("/raw")
    async def raw() -> Response:
        return Response(b"raw")

    async def fast(request: Request, response: Response) -> Any:
        return None

    shortcut(raw, takes=lambda scope: True)(fast)
    app = FastAPI()
    app.include_router(router)
    with pytest.raises(TypeError, match="/raw: a shortcut needs the route's response model"):
        serve_plain_first(app, [router])


@pytest.mark.parametrize("query, taken", [
    ("", True), ("limit=20", True), ("cursor=MDFh", True), ("limit=200&cursor=", True), ("cursor=" + "a" * 200, True),
    ("limit=0", False), ("limit=201", False), ("limit=020", False), ("limit=", False), ("limit=%2B2", False),
    ("limit=2&limit=3", False), ("cursor=" + "a" * 201, False), ("cursor=%00", False), ("status=active", False),
    ("limit=20&status=active", False),
])
def test_a_lists_shortcut_takes_only_paging_that_fastapi_would_accept_as_such(query: str, taken: bool) -> None:
    assert only_paging({"type": "http", "path": "/v1/people", "query_string": query.encode()}) is taken


def test_a_path_with_nul_goes_to_the_route() -> None:
    assert only_paging({"type": "http", "path": "/v1/units/a\0b/people", "query_string": b""}) is False
