"""Per-client token buckets in memory, and the RateLimit-* headers that describe them."""

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

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


@dataclass
class _Bucket:
    tokens: float
    updated: float


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

    def take(self, key: str) -> Decision:
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
