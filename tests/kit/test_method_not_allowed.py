"""405 answers say every method the resource serves (RFC 9110 §15.5.6), across routes and included routers."""

from fastapi import APIRouter, FastAPI

from kit.problems import setup_problems
from tests.conftest import asgi_client


def make_app() -> FastAPI:
    app = FastAPI()
    setup_problems(app)
    people = APIRouter(prefix="/v1/people")

    @people.get("")
    async def list_people() -> list[str]:
        return []

    @people.post("")
    async def create_person() -> dict[str, str]:
        return {}

    @people.post("/import")  # before /{person_id}, which would match it too
    async def import_people() -> dict[str, str]:
        return {}

    @people.get("/{person_id}")
    async def get_person(person_id: str) -> dict[str, str]:
        return {}

    @people.delete("/{person_id}")
    async def delete_person(person_id: str) -> None:
        return None

    app.include_router(people)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {}

    return app


async def test_405_lists_the_methods_of_every_route_of_the_resource() -> None:
    async with await asgi_client(make_app()) as client:
        for method, path, allow in (("DELETE", "/v1/people", "GET, POST"), ("PUT", "/v1/people/x", "DELETE, GET"),
                                    ("POST", "/healthz", "GET"), ("OPTIONS", "/v1/people", "GET, POST")):
            response = await client.request(method, path)
            assert response.status_code == 405, (method, path)
            assert response.headers["allow"] == allow, (method, path)
            assert response.headers["content-type"] == "application/problem+json"
            assert response.json()["status"] == 405


async def test_a_fixed_path_is_its_own_resource_even_where_a_template_matches_it() -> None:
    async with await asgi_client(make_app()) as client:
        response = await client.options("/v1/people/import")
        assert response.status_code == 405 and response.headers["allow"] == "POST"


async def test_a_404_has_no_allow_header() -> None:
    async with await asgi_client(make_app()) as client:
        response = await client.delete("/v1/nowhere")
        assert response.status_code == 404 and "allow" not in response.headers
