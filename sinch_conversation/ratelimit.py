"""Client-side token-bucket rate limiting.

Projects are limited to 800 requests per second across all apps; staying under the limit on the
client side avoids 429 answers (and the retries they cause) when one process sends in bulk.
One :class:`RateLimiter` may be shared by several clients, threads and event loops.
"""

from __future__ import annotations

import asyncio
import threading
import time

__all__ = ["PROJECT_REQUESTS_PER_SECOND", "RateLimiter"]

PROJECT_REQUESTS_PER_SECOND = 800.0


class RateLimiter:
    """A token bucket refilled at ``rate`` tokens per second, holding at most ``burst``.

    Each request takes one token. A caller that finds the bucket empty *reserves* the next
    token (the balance goes negative) and then sleeps outside the lock, so waiting callers
    are served in arrival order without holding the lock while they wait.
    """

    def __init__(self, rate: float = PROJECT_REQUESTS_PER_SECOND, burst: float | None = None):
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = float(rate)
        self.burst = float(burst) if burst is not None else max(1.0, self.rate / 10)
        if self.burst < 1:
            raise ValueError("burst must be at least 1")
        self._tokens = self.burst
        self._updated = time.monotonic()
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        """Take a token; return how long the caller must wait before using it."""
        with self._lock:
            now = time.monotonic()
            tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            tokens -= 1.0
            self._tokens = tokens
        return 0.0 if tokens >= 0 else -tokens / self.rate

    def acquire(self) -> None:
        """Block the calling thread until a request may be sent."""
        delay = self._reserve()
        if delay > 0:
            time.sleep(delay)

    async def acquire_async(self) -> None:
        """Suspend the calling task until a request may be sent."""
        delay = self._reserve()
        if delay > 0:
            await asyncio.sleep(delay)

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate:g}, burst={self.burst:g})"
