"""Token buckets per client: RateLimit-* headers on every proxied response, 429 with Retry-After when empty;
with a shared store, every gateway replica counts against one limit."""

import os
import socket
import uuid
from urllib.parse import urlsplit

import pytest

from gateway.ratelimit import RateLimiter, SharedRateLimiter
from tests.gateway.conftest import Gateway, MakeGateway, assert_problem

REDIS_URL = os.environ.get("NETWISE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def limited_gateway(make_gateway: MakeGateway, clock: FakeClock) -> Gateway:
    gateway = await make_gateway(rate_limit_burst=2, rate_limit_per_minute=60)
    gateway.app.state.rate_limiter = RateLimiter(60, 2, clock=clock)
    return gateway


async def test_burst_then_429_then_refill(make_gateway: MakeGateway) -> None:
    clock = FakeClock()
    gateway = await limited_gateway(make_gateway, clock)
    auth = gateway.auth()

    first = await gateway.http.get("/curriculum/v1/echo/x", headers=auth)
    assert first.status_code == 200
    assert (first.headers["ratelimit-limit"], first.headers["ratelimit-remaining"]) == ("2", "1")
    assert first.headers["ratelimit-reset"] == "1"
    assert "retry-after" not in first.headers

    second = await gateway.http.get("/curriculum/v1/echo/x", headers=auth)
    assert second.headers["ratelimit-remaining"] == "0"
    assert second.headers["ratelimit-reset"] == "2"

    third = await gateway.http.get("/curriculum/v1/echo/x", headers=auth)
    assert_problem(third, 429)
    assert third.headers["ratelimit-limit"] == "2"
    assert third.headers["ratelimit-remaining"] == "0"
    assert third.headers["ratelimit-reset"] == "2"
    assert third.headers["retry-after"] == "1"
    assert len(gateway.upstreams.seen["curriculum"]) == 2  # the refused one was not forwarded

    clock.now += 1
    again = await gateway.http.get("/curriculum/v1/echo/x", headers=auth)
    assert again.status_code == 200
    assert again.headers["ratelimit-remaining"] == "0"


async def test_clients_have_their_own_buckets(make_gateway: MakeGateway) -> None:
    gateway = await limited_gateway(make_gateway, FakeClock())
    for _ in range(2):
        await gateway.http.get("/curriculum/v1/echo/x", headers=gateway.auth(sub="a"))
    assert_problem(await gateway.http.get("/curriculum/v1/echo/x", headers=gateway.auth(sub="a")), 429)
    # another person, and the same person id in another organisation, still have their burst
    other = await gateway.http.get("/curriculum/v1/echo/x", headers=gateway.auth(sub="b"))
    assert other.headers["ratelimit-remaining"] == "1"
    other_org = await gateway.http.get("/curriculum/v1/echo/x", headers=gateway.auth(sub="a", org="org-2"))
    assert other_org.headers["ratelimit-remaining"] == "1"


async def test_public_paths_are_limited_by_ip(make_gateway: MakeGateway) -> None:
    gateway = await limited_gateway(make_gateway, FakeClock())
    for _ in range(2):
        assert (await gateway.http.get("/advocacy/r/abc")).status_code == 307
    refused = await gateway.http.get("/identity/.well-known/jwks.json")
    assert_problem(refused, 429)
    assert refused.headers["retry-after"] == "1"


async def test_upstream_errors_carry_the_headers_too(gateway: Gateway) -> None:
    response = await gateway.http.get("/curriculum/v1/no-such-thing", headers=gateway.auth())
    assert response.status_code == 404  # the service's own 404, passed through
    assert response.headers["ratelimit-limit"] == "100"
    assert response.headers["ratelimit-remaining"] == "99"


def test_bucket_refills_fractionally_and_caps_at_burst() -> None:
    clock = FakeClock()
    limiter = RateLimiter(120, 3, clock=clock)  # 2 tokens a second
    assert [limiter.take_now("k").remaining for _ in range(3)] == [2, 1, 0]
    assert not limiter.take_now("k").allowed
    clock.now += 0.5
    assert limiter.take_now("k").allowed
    clock.now += 3600
    decision = limiter.take_now("k")
    assert (decision.remaining, decision.reset_seconds) == (2, 1)


def test_idle_buckets_are_forgotten() -> None:
    clock = FakeClock()
    limiter = RateLimiter(60, 5, clock=clock)
    for key in ("a", "b", "c"):
        limiter.take_now(key)
    assert len(limiter) == 3
    clock.now += 5  # long enough for every bucket to be full again
    limiter.take_now("d")
    assert len(limiter) == 1


def test_memory_is_bounded() -> None:
    limiter = RateLimiter(60, 5, clock=FakeClock(), max_clients=100)
    for n in range(1000):
        limiter.take_now(f"client-{n}")
    assert len(limiter) == 100


@pytest.fixture
def redis_url() -> str:
    address = urlsplit(REDIS_URL)
    try:
        socket.create_connection((address.hostname or "127.0.0.1", address.port or 6379), timeout=2).close()
    except OSError:
        pytest.skip(f"no Redis answers at {REDIS_URL} (set NETWISE_TEST_REDIS_URL)")
    return REDIS_URL


async def test_replicas_share_one_limit_through_redis(make_gateway: MakeGateway, redis_url: str) -> None:
    replicas = [await make_gateway(rate_limit_storage_url=redis_url, rate_limit_burst=2, rate_limit_per_minute=60)
                for _ in range(2)]
    assert all(isinstance(r.app.state.rate_limiter, SharedRateLimiter) for r in replicas)
    person = str(uuid.uuid4())  # a client no earlier run has counted
    first = await replicas[0].http.get("/curriculum/v1/echo/x", headers=replicas[0].auth(sub=person))
    second = await replicas[1].http.get("/curriculum/v1/echo/x", headers=replicas[1].auth(sub=person))
    assert (first.status_code, second.status_code) == (200, 200)
    assert (first.headers["ratelimit-limit"], first.headers["ratelimit-remaining"]) == ("2", "1")
    assert second.headers["ratelimit-remaining"] == "0"
    refused = await replicas[0].http.get("/curriculum/v1/echo/x", headers=replicas[0].auth(sub=person))
    assert_problem(refused, 429)
    assert 1 <= int(refused.headers["retry-after"]) <= 2
    other = await replicas[1].http.get("/curriculum/v1/echo/x", headers=replicas[1].auth(sub=str(uuid.uuid4())))
    assert other.status_code == 200  # another client keeps its own budget


async def test_requests_pass_when_the_shared_store_is_down(make_gateway: MakeGateway) -> None:
    gateway = await make_gateway(rate_limit_storage_url="redis://127.0.0.1:9/0", rate_limit_burst=1)
    for _ in range(3):  # past the burst: nothing is counted while the store is away, and nothing fails
        response = await gateway.http.get("/curriculum/v1/echo/x", headers=gateway.auth())
        assert response.status_code == 200
        assert response.headers["ratelimit-limit"] == "1"
