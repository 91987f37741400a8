"""Forwarding: which paths, which headers go each way, request ids, URL rewriting and body limits."""

import gzip
from collections.abc import AsyncIterator

import pytest

from tests.gateway.conftest import Gateway, MakeGateway, assert_problem


async def test_forwards_method_path_query_and_body(gateway: Gateway) -> None:
    response = await gateway.http.put("/curriculum/v1/echo/tracks/t1?locale=sv-SE&x=a%20b", content=b"hello",
                                      headers=gateway.auth())
    assert response.status_code == 200
    assert response.json() == {"method": "PUT", "path": "/v1/echo/tracks/t1", "query": "locale=sv-SE&x=a%20b",
                               "size": 5}
    assert gateway.upstreams.last("curriculum")["body"] == b"hello"


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
async def test_every_method_is_forwarded(gateway: Gateway, method: str) -> None:
    response = await gateway.http.request(method, "/analytics/v1/echo/x", headers=gateway.auth())
    assert response.status_code == 200
    assert response.json()["method"] == method


async def test_forwarded_headers(gateway: Gateway) -> None:
    headers = {**gateway.auth(), "Connection": "keep-alive, X-Hop", "X-Hop": "secret", "Keep-Alive": "timeout=5",
               "Proxy-Authorization": "Basic eA==", "X-Forwarded-Prefix": "/spoofed", "If-Match": '"v1"'}
    response = await gateway.http.get("/curriculum/v1/echo/x", headers=headers)
    assert response.status_code == 200
    seen = gateway.upstreams.last("curriculum")["headers"]
    assert seen["authorization"] == headers["Authorization"]  # services verify tokens too
    assert seen["if-match"] == '"v1"'
    assert seen["host"] == "curriculum.test"
    assert seen["x-forwarded-prefix"] == "/curriculum"
    assert seen["x-forwarded-host"] == "gateway.test"
    assert seen["x-forwarded-proto"] == "http"
    assert seen["x-forwarded-for"] == "127.0.0.1"
    for hop_by_hop in ("x-hop", "keep-alive", "proxy-authorization"):
        assert hop_by_hop not in seen


async def test_every_connection_line_names_hop_by_hop_headers(gateway: Gateway) -> None:
    """A client may split `Connection` over several lines (RFC 9110 §5.3): each names headers for this hop only."""
    headers = [*gateway.auth().items(), ("Connection", "keep-alive"), ("Connection", "X-Hop"), ("X-Hop", "secret")]
    response = await gateway.http.get("/curriculum/v1/echo/x", headers=headers)
    assert response.status_code == 200
    assert "x-hop" not in gateway.upstreams.last("curriculum")["headers"]


async def test_request_id_is_made_propagated_and_echoed(gateway: Gateway) -> None:
    response = await gateway.http.get("/curriculum/v1/echo/x", headers=gateway.auth())
    request_id = response.headers["x-request-id"]
    assert len(request_id) == 32
    assert response.headers.get_list("x-request-id") == [request_id]  # the upstream's echo is not doubled
    assert gateway.upstreams.last("curriculum")["headers"]["x-request-id"] == request_id


async def test_incoming_request_id_is_kept(gateway: Gateway) -> None:
    response = await gateway.http.get("/curriculum/v1/echo/x", headers={**gateway.auth(), "X-Request-ID": "lms-42"})
    assert response.headers.get_list("x-request-id") == ["lms-42"]
    assert gateway.upstreams.last("curriculum")["headers"]["x-request-id"] == "lms-42"


async def test_link_header_points_through_the_gateway(gateway: Gateway) -> None:
    response = await gateway.http.get("/curriculum/v1/tracks", headers=gateway.auth())
    assert response.status_code == 200
    assert response.headers["link"] == (
        '<https://api.example.org/curriculum/v1/tracks?cursor=abc&limit=2>; rel="next", '
        '</curriculum/v1/tracks?limit=2>; rel="first", <https://elsewhere.example/x>; rel="about"')
    assert response.json()["items"][0]["id"] == "t1"


async def test_location_header_points_through_the_gateway(gateway: Gateway) -> None:
    created = await gateway.http.post("/curriculum/v1/tracks", headers=gateway.auth(), json={})
    assert created.status_code == 201
    assert created.headers["location"] == "https://api.example.org/curriculum/v1/tracks/t2"
    assert created.headers["etag"] == '"v1"'
    moved = await gateway.http.get("/curriculum/v1/moved", headers=gateway.auth())
    assert moved.status_code == 303
    assert moved.headers["location"] == "/curriculum/v1/tracks/t2"


async def test_compressed_body_passes_through_once(gateway: Gateway) -> None:
    response = await gateway.http.get("/curriculum/v1/gzipped", headers=gateway.auth())
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) == len(gzip.compress(b'{"zipped": true}'))
    assert response.json() == {"zipped": True}


@pytest.mark.parametrize("path", [
    "/curriculum/internal/events",
    "/curriculum/healthz",
    "/curriculum/metrics",
    "/curriculum/openapi.json",
    "/curriculum/v2/tracks",
    "/curriculum/v1/%2E%2E/internal/events",  # what `v1/../internal/events` looks like once encoded
    "/identity/.well-known/openid-configuration",
    "/curriculum/r/abc",
    "/nowhere/v1/tracks",
])
async def test_only_the_public_api_is_forwarded(gateway: Gateway, path: str) -> None:
    for method in ("GET", "POST"):
        response = await gateway.http.request(method, path, headers=gateway.auth())
        assert_problem(response, 404)
    assert all(not seen for seen in gateway.upstreams.seen.values())


async def test_body_over_the_limit_by_content_length(make_gateway: MakeGateway) -> None:
    gateway = await make_gateway(max_body_bytes=16)
    response = await gateway.http.post("/curriculum/v1/echo/x", content=b"x" * 17, headers=gateway.auth())
    assert_problem(response, 413, "at most 16 bytes")
    assert gateway.upstreams.seen["curriculum"] == []
    ok = await gateway.http.post("/curriculum/v1/echo/x", content=b"x" * 16, headers=gateway.auth())
    assert ok.json()["size"] == 16


async def test_body_over_the_limit_while_streaming(make_gateway: MakeGateway) -> None:
    gateway = await make_gateway(max_body_bytes=16)

    async def chunks(count: int) -> AsyncIterator[bytes]:
        for _ in range(count):
            yield b"12345678"

    response = await gateway.http.post("/curriculum/v1/echo/x", content=chunks(3), headers=gateway.auth())
    assert_problem(response, 413)
    assert gateway.upstreams.seen["curriculum"] == []
    ok = await gateway.http.post("/curriculum/v1/echo/x", content=chunks(2), headers=gateway.auth())
    assert ok.status_code == 200
    assert gateway.upstreams.last("curriculum")["body"] == b"1234567812345678"


async def test_malformed_content_length_is_a_bad_request(gateway: Gateway) -> None:
    request = gateway.http.build_request("POST", "/curriculum/v1/echo/x", content=b"abc", headers=gateway.auth())
    request.headers["Content-Length"] = "three"
    assert_problem(await gateway.http.send(request), 400)


async def test_gateway_health(gateway: Gateway) -> None:
    assert (await gateway.http.get("/healthz")).json() == {"status": "ok"}
    assert (await gateway.http.get("/readyz")).json() == {"status": "ready"}
    metrics = await gateway.http.get("/metrics")
    assert metrics.status_code == 200
    assert "http_requests_total" in metrics.text


async def test_non_preflight_options_is_not_forwarded(gateway: Gateway) -> None:
    response = await gateway.http.options("/curriculum/v1/echo/x", headers=gateway.auth())
    assert_problem(response, 405)
    assert gateway.upstreams.seen["curriculum"] == []

