"""The merged OpenAPI document: every service's public API under its prefix, names that cannot collide."""

import copy
import json
import re
from typing import Any

import httpx
import pytest

from gateway.app import create_app
from gateway.openapi import merge_specs
from netwise_cli.contract import build_spec
from tests.gateway.conftest import Gateway, MakeGateway
from tests.support import free_port


def all_refs(node: Any) -> list[str]:
    if isinstance(node, list):
        return [ref for item in node for ref in all_refs(item)]
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in all_refs(value)]
    return []


def resolves(document: dict[str, Any], ref: str) -> bool:
    node: Any = document
    for token in ref.removeprefix("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or token not in node:
            return False
        node = node[token]
    return True


async def test_merged_document_from_the_running_services(gateway: Gateway) -> None:
    response = await gateway.http.get("/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"] == "3.1.0"
    paths = document["paths"]
    assert {"/curriculum/v1/tracks", "/identity/v1/oauth/token", "/identity/.well-known/jwks.json",
            "/advocacy/r/{code}", "/analytics/v1/tracks", "/healthz"} <= set(paths)
    service_paths = [p for p in paths if p.count("/") > 1]
    assert not [p for p in service_paths if "/internal/" in p or p.endswith(("/healthz", "/readyz", "/metrics"))]
    schemas = document["components"]["schemas"]
    assert {"ProblemDetail", "curriculum.ProblemDetail", "identity.ProblemDetail", "curriculum.Track",
            "curriculum.TrackPage", "curriculum.FieldError"} <= set(schemas)
    listing = paths["/curriculum/v1/tracks"]["get"]
    assert listing["operationId"].startswith("curriculum-")
    assert listing["tags"] == ["curriculum: tracks"]  # grouped by service in the docs
    assert listing["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/curriculum.TrackPage"}
    assert schemas["curriculum.TrackPage"]["properties"]["items"]["items"] == {
        "$ref": "#/components/schemas/curriculum.Track"}
    refs = all_refs(document)
    assert refs and all(resolves(document, ref) for ref in refs)
    assert "Incomplete" not in document["info"]["description"]


async def test_unreachable_service_is_left_out_and_named(make_gateway: MakeGateway) -> None:
    gateway = await make_gateway(analytics_url=f"http://127.0.0.1:{free_port()}")
    document = (await gateway.http.get("/openapi.json")).json()
    assert not [p for p in document["paths"] if p.startswith("/analytics/")]
    assert not [name for name in document["components"]["schemas"] if name.startswith("analytics.")]
    assert "/curriculum/v1/tracks" in document["paths"]
    assert "analytics is unavailable" in document["info"]["description"]


async def test_service_specs_are_cached(gateway: Gateway) -> None:
    first = (await gateway.http.get("/openapi.json")).json()
    gateway.transport.failures["curriculum.test"] = httpx.ConnectError("gone")
    second = (await gateway.http.get("/openapi.json")).json()
    assert second == first


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_pages_load_everything_from_the_platform(gateway: Gateway, page: str) -> None:
    """No CDN: every script, style and icon the page names is served by the gateway itself."""
    response = await gateway.http.get(page)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "'/openapi.json'" in response.text or '"/openapi.json"' in response.text
    assets = re.findall(r'(?:src|href)="([^"]+)"', response.text)
    assert assets and all(url.startswith("/docs/assets/") for url in assets), assets
    for url in assets:
        asset = await gateway.http.get(url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 1000 or url.endswith(".png"), url


async def test_swagger_ui_reads_openapi_3_1(gateway: Gateway) -> None:
    """Our specs are OpenAPI 3.1, which Swagger UI renders from version 5 on."""
    bundle = (await gateway.http.get("/docs/assets/swagger-ui-bundle.js")).text
    major = re.search(r'PACKAGE_VERSION:"(\d+)\.', bundle)
    assert major is not None and int(major.group(1)) >= 5


def service_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "curriculum", "version": "0.1.0"},
        "servers": [{"url": "http://127.0.0.1:8002"}],
        "tags": [{"name": "tracks", "description": "Learning tracks"}],
        "paths": {
            "/v1/tracks/{track_id}": {
                "parameters": [{"$ref": "#/components/parameters/TrackId"}],
                "get": {"operationId": "tracks-get", "tags": ["tracks"], "responses": {"200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}}},
            },
            "/internal/events": {"post": {"operationId": "events-receive", "responses": {"202": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CloudEvent"}}}}}}},
            "/healthz": {"get": {"operationId": "health-healthz", "responses": {}}},
            "/readyz": {"get": {"operationId": "health-readyz", "responses": {}}},
            "/metrics": {"get": {"operationId": "health-metrics", "responses": {}}},
        },
        "components": {
            "schemas": {
                "Item": {"oneOf": [{"$ref": "#/components/schemas/Module"}, {"$ref": "#/components/schemas/Quiz"}],
                         "discriminator": {"propertyName": "kind", "mapping": {
                             "module": "#/components/schemas/Module", "quiz": "#/components/schemas/Quiz"}}},
                "Module": {"type": "object", "properties": {"kind": {"const": "module"}}},
                "Quiz": {"type": "object", "properties": {"kind": {"const": "quiz"},
                                                          "pages": {"$ref": "#/components/schemas/Page~1Quiz"}}},
                "Page/Quiz": {"type": "object"},
                "CloudEvent": {"type": "object"},
                "ProblemDetail": {"type": "object"},
            },
            "parameters": {"TrackId": {"name": "track_id", "in": "path", "required": True,
                                       "schema": {"type": "string"}}},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
        },
    }


GATEWAY_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "netwise", "version": "0.1.0", "description": "the gateway"},
    "paths": {"/healthz": {"get": {"operationId": "health-healthz", "responses": {"default": {
        "description": "problem", "content": {"application/problem+json": {"schema": {
            "$ref": "#/components/schemas/ProblemDetail"}}}}}}}},
    "components": {"schemas": {"ProblemDetail": {"type": "object", "title": "gateway's"}},
                   "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
}


def test_merge_prefixes_renames_and_rewrites() -> None:
    merged = merge_specs(GATEWAY_SPEC, {"curriculum": service_spec()})
    assert list(merged["paths"]) == ["/curriculum/v1/tracks/{track_id}", "/healthz"]
    item = merged["paths"]["/curriculum/v1/tracks/{track_id}"]
    assert item["parameters"] == [{"$ref": "#/components/parameters/curriculum.TrackId"}]
    assert item["get"]["operationId"] == "curriculum-tracks-get"
    assert merged["paths"]["/healthz"]["get"]["operationId"] == "health-healthz"
    schemas = merged["components"]["schemas"]
    assert schemas["ProblemDetail"] == {"type": "object", "title": "gateway's"}
    assert schemas["curriculum.Item"]["discriminator"]["mapping"] == {
        "module": "#/components/schemas/curriculum.Module", "quiz": "#/components/schemas/curriculum.Quiz"}
    assert schemas["curriculum.Quiz"]["properties"]["pages"] == {
        "$ref": "#/components/schemas/curriculum.Page~1Quiz"}
    assert "curriculum.Page/Quiz" in schemas
    # schemas only the left-out routes use are left out with them
    assert "curriculum.CloudEvent" not in schemas
    assert "curriculum.ProblemDetail" not in schemas
    assert {"name": "curriculum: tracks", "description": "Learning tracks"} in merged["tags"]
    assert {"name": "curriculum", "tags": ["curriculum: tracks"]} in merged["x-tagGroups"]
    titles = [s["title"] for s in schemas.values() if "title" in s]
    assert len(titles) == len(set(titles))  # generated clients name classes by title
    assert "servers" not in merged
    assert all(resolves(merged, ref) for ref in all_refs(merged))


def test_merge_is_pure_and_deterministic() -> None:
    specs = {"curriculum": service_spec(), "advocacy": service_spec()}
    before = copy.deepcopy(specs), copy.deepcopy(GATEWAY_SPEC)
    first = merge_specs(GATEWAY_SPEC, specs)
    assert (specs, GATEWAY_SPEC) == before
    shuffled = {"advocacy": service_spec(), "curriculum": service_spec()}
    shuffled["advocacy"]["components"]["schemas"] = dict(reversed(shuffled["advocacy"]["components"]["schemas"]
                                                                  .items()))
    assert json.dumps(merge_specs(GATEWAY_SPEC, shuffled)) == json.dumps(first)
    assert {"/advocacy/v1/tracks/{track_id}", "/curriculum/v1/tracks/{track_id}"} <= set(first["paths"])


def test_build_spec_needs_no_network() -> None:
    specs = {"curriculum": service_spec()}
    built = build_spec(specs)
    assert built == merge_specs(create_app().openapi(), specs)
    assert json.dumps(built, sort_keys=True) == json.dumps(build_spec(specs), sort_keys=True)
    assert "/curriculum/v1/tracks/{track_id}" in built["paths"]
    assert {"/healthz", "/readyz", "/metrics"} <= set(built["paths"])
    assert built["info"]["title"] == "netwise"


async def test_swagger_ui_signs_people_in_as_the_registered_app_with_pkce(make_gateway: MakeGateway) -> None:
    gateway = await make_gateway(docs_sign_in_client_id="app_5f0c7a522f4e4d0e9a571f1c")
    page = (await gateway.http.get("/docs")).text
    assert '"clientId": "app_5f0c7a522f4e4d0e9a571f1c"' in page and '"usePkceWithAuthorizationCodeGrant": true' in page
    assert "'/docs/oauth2-redirect'" in page or '"/docs/oauth2-redirect"' in page
    redirect = await gateway.http.get("/docs/oauth2-redirect")
    assert redirect.status_code == 200 and "oauth2" in redirect.text.lower()
