"""Values read at most once per few seconds in this process: how late another replica's change may be seen."""

import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """Each key's value is read through `read` at most once per `ttl` seconds. `forget` drops a key (or every key)
    at once when this process hears of its change; a read under way when that happens is returned, not kept."""

    MAX_ENTRIES = 50_000

    def __init__(self, ttl: float, max_entries: int = MAX_ENTRIES) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._known: dict[K, tuple[V, float]] = {}  # key -> (value, kept until)
        self._forgotten = 0  # counts `forget` calls, so a read that raced one is not kept

    async def get(self, key: K, read: Callable[[], Awaitable[V]]) -> V:
        now = time.monotonic()
        known = self._known.get(key)
        if known is not None and known[1] > now:
            return known[0]
        forgotten = self._forgotten
        value = await read()
        if forgotten == self._forgotten:
            if len(self._known) >= self.max_entries:
                self._known = {k: v for k, v in self._known.items() if v[1] > now}
                if len(self._known) >= self.max_entries:
                    self._known.clear()
            self._known[key] = (value, now + self.ttl)
        return value

    def forget(self, key: K | None = None) -> None:
        """Drops `key`, or every key when none is named."""
        self._forgotten += 1
        if key is None:
            self._known.clear()
        else:
            self._known.pop(key, None)
