"""Per-client rate limits, in memory (one gateway) or in Redis (replicas share them), and the RateLimit-* headers
that describe them."""

import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from limits import RateLimitItemPerSecond
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string

log = logging.getLogger("netwise.gateway.ratelimit")

Clock = Callable[[], float]


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int  # until the bucket is full again
    retry_after_seconds: int  # until the next request may pass; 0 when this one did

    def headers(self) -> dict[str, str]:
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_seconds),
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.retry_after_seconds)
        return headers

    def raw_headers(self) -> list[tuple[bytes, bytes]]:
        """`headers()` as an ASGI response carries them."""
        headers = [(b"ratelimit-limit", b"%d" % self.limit), (b"ratelimit-remaining", b"%d" % self.remaining),
                   (b"ratelimit-reset", b"%d" % self.reset_seconds)]
        if not self.allowed:
            headers.append((b"retry-after", b"%d" % self.retry_after_seconds))
        return headers


@dataclass
class _Bucket:
    tokens: float
    updated: float


class Limiter(Protocol):
    async def take(self, key: str) -> Decision: ...


class RateLimiter:
    """`burst` requests at once, refilled at `per_minute`; memory stays bounded by `max_clients`.

    A bucket left alone long enough to refill is the same as no bucket, so idle buckets are dropped as we go;
    past `max_clients` the least recently seen client is forgotten (it merely gets a full bucket back).
    """

    def __init__(self, per_minute: int, burst: int, *, clock: Clock = time.monotonic,
                 max_clients: int = 100_000) -> None:
        if per_minute <= 0 or burst <= 0:
            raise ValueError("rate_limit_per_minute and rate_limit_burst must be positive")
        self.capacity = burst
        self.rate = per_minute / 60.0  # tokens per second
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    async def take(self, key: str) -> Decision:
        return self.take_now(key)

    def take_now(self, key: str) -> Decision:
        now = self.clock()
        self._evict_idle(now)
        bucket = self._buckets.pop(key, None) or _Bucket(tokens=float(self.capacity), updated=now)
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        allowed = bucket.tokens >= 1
        if allowed:
            bucket.tokens -= 1
        self._buckets[key] = bucket  # re-inserted last: the dict stays ordered by last use
        if len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return Decision(
            allowed=allowed,
            limit=self.capacity,
            remaining=math.floor(bucket.tokens),
            reset_seconds=math.ceil((self.capacity - bucket.tokens) / self.rate),
            retry_after_seconds=0 if allowed else max(1, math.ceil((1 - bucket.tokens) / self.rate)),
        )

    def _evict_idle(self, now: float) -> None:
        refill_all = self.capacity / self.rate
        while self._buckets:
            key, oldest = next(iter(self._buckets.items()))
            if now - oldest.updated < refill_all:
                break
            del self._buckets[key]

    def __len__(self) -> int:
        return len(self._buckets)


class SharedRateLimiter:
    """The same budget kept in Redis (the `limits` library's sliding window counter), so that every gateway
    replica counts against one limit: `burst` requests in any `burst / per_minute` minutes, which is `per_minute`
    sustained. If Redis cannot answer, requests pass (a limit is protection, not a reason to go down) and the
    failure is logged."""

    def __init__(self, storage_url: str, per_minute: int, burst: int, *, key_prefix: str = "netwise-gateway") -> None:
        if per_minute <= 0 or burst <= 0:
            raise ValueError("rate_limit_per_minute and rate_limit_burst must be positive")
        url = storage_url if storage_url.startswith("async+") else f"async+{storage_url}"
        self.storage = storage_from_string(url, key_prefix=key_prefix, wrap_exceptions=True)
        self.strategy = SlidingWindowCounterRateLimiter(self.storage)
        self.item = RateLimitItemPerSecond(burst, max(1, math.ceil(burst * 60 / per_minute)))
        self.burst = burst
        self._warned_at = -math.inf

    async def take(self, key: str) -> Decision:
        try:
            allowed = await self.strategy.hit(self.item, key)
            stats = await self.strategy.get_window_stats(self.item, key)
        except Exception as error:  # the storage's errors are wrapped in limits.errors.StorageError
            if time.monotonic() - self._warned_at > 60:  # once a minute, not once a request
                self._warned_at = time.monotonic()
                log.warning("rate limits not counted: the shared store did not answer (%s)", error)
            return Decision(allowed=True, limit=self.burst, remaining=self.burst, reset_seconds=0,
                            retry_after_seconds=0)
        wait = max(0, math.ceil(stats.reset_time - time.time()))
        return Decision(allowed=allowed, limit=self.burst, remaining=max(0, stats.remaining),
                        reset_seconds=wait, retry_after_seconds=0 if allowed else max(1, wait))
