"""Browsers from the listed origins may call the API with credentials; others get no CORS grant."""

import pytest

from gateway.app import create_app
from gateway.settings import GatewaySettings
from tests.gateway.conftest import ORIGIN, Gateway

PREFLIGHT = {"Access-Control-Request-Method": "POST",
             "Access-Control-Request-Headers": "authorization, content-type, idempotency-key, if-match"}


async def test_preflight_from_a_listed_origin(gateway: Gateway) -> None:
    response = await gateway.http.options("/curriculum/v1/tracks", headers={"Origin": ORIGIN, **PREFLIGHT})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert response.headers["access-control-allow-credentials"] == "true"
    assert "POST" in response.headers["access-control-allow-methods"]
    allowed = response.headers["access-control-allow-headers"].lower()
    for header in ("authorization", "content-type", "idempotency-key", "if-match", "x-request-id"):
        assert header in allowed
    assert gateway.upstreams.seen["curriculum"] == []  # answered by the gateway itself


async def test_preflight_from_another_origin(gateway: Gateway) -> None:
    response = await gateway.http.options("/curriculum/v1/tracks",
                                          headers={"Origin": "https://evil.example", **PREFLIGHT})
    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers


async def test_preflight_for_an_unlisted_header(gateway: Gateway) -> None:
    response = await gateway.http.options("/curriculum/v1/tracks", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-secret"})
    assert response.status_code == 400


async def test_actual_request_exposes_headers(gateway: Gateway) -> None:
    response = await gateway.http.get("/curriculum/v1/tracks", headers={"Origin": ORIGIN, **gateway.auth()})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ORIGIN
    exposed = {h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")}
    assert {"etag", "link", "location", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset",
            "retry-after", "x-request-id"} <= exposed


async def test_errors_carry_cors_headers_too(gateway: Gateway) -> None:
    response = await gateway.http.get("/curriculum/v1/tracks", headers={"Origin": ORIGIN})
    assert response.status_code == 401  # a browser can read why
    assert response.headers["access-control-allow-origin"] == ORIGIN


def test_wildcard_origin_is_refused() -> None:
    with pytest.raises(ValueError, match="must list origins"):
        create_app(GatewaySettings(cors_origins=["*"]))
