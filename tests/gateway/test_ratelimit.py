"""Token buckets per client: RateLimit-* headers on every proxied response, 429 with Retry-After when empty."""

from gateway.ratelimit import RateLimiter
from tests.gateway.conftest import Gateway, MakeGateway, assert_problem


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
    assert [limiter.take("k").remaining for _ in range(3)] == [2, 1, 0]
    assert not limiter.take("k").allowed
    clock.now += 0.5
    assert limiter.take("k").allowed
    clock.now += 3600
    decision = limiter.take("k")
    assert (decision.remaining, decision.reset_seconds) == (2, 1)


def test_idle_buckets_are_forgotten() -> None:
    clock = FakeClock()
    limiter = RateLimiter(60, 5, clock=clock)
    for key in ("a", "b", "c"):
        limiter.take(key)
    assert len(limiter) == 3
    clock.now += 5  # long enough for every bucket to be full again
    limiter.take("d")
    assert len(limiter) == 1


def test_memory_is_bounded() -> None:
    limiter = RateLimiter(60, 5, clock=FakeClock(), max_clients=100)
    for n in range(1000):
        limiter.take(f"client-{n}")
    assert len(limiter) == 100
