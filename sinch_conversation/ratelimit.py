"""Client-side token-bucket rate limiting.

Projects are limited to 800 requests per second across all apps; staying under the limit on the
client side avoids 429 answers (and the retries they cause) when one process sends in bulk.
One :class:`RateLimiter` may be shared by several clients, threads and event loops. Without
one, each client paces itself with an :class:`AdaptiveRateLimiter` once the server says 429.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import deque

__all__ = ["PROJECT_REQUESTS_PER_SECOND", "AdaptiveRateLimiter", "RateLimiter"]

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


class AdaptiveRateLimiter:
    """Paces requests to what the server grants, learnt from its 429 answers.

    Idle until the first 429: a client that stays under the limit pays nothing. On the first
    429 it starts pacing at a little under the rate the server accepted over the last
    second; every later 429 (at most one per ``cooldown`` seconds, since a burst of
    rejections is one signal) cuts the rate by ``decrease``; each accepted request raises it
    by ``increase`` (about +5 % per second at any rate), so the pace climbs back when the
    server has room again. This is additive-increase / multiplicative-decrease, as TCP does.
    """

    def __init__(
        self,
        *,
        floor: float = 5.0,
        decrease: float = 0.8,
        increase: float = 0.05,
        cooldown: float = 1.0,
        window: float = 1.0,
    ) -> None:
        if floor <= 0 or not 0 < decrease < 1 or increase < 0 or window <= 0:
            raise ValueError("floor and window must be positive, decrease within (0, 1)")
        self.floor = floor
        self.decrease = decrease
        self.increase = increase
        self.cooldown = cooldown
        self.window = window
        self.throttles = 0  # 429 answers seen, for monitoring
        self._bucket: RateLimiter | None = None
        self._accepted: deque[float] = deque()
        self._last_cut = -math.inf
        self._lock = threading.Lock()

    @property
    def rate(self) -> float | None:
        """Requests per second currently allowed, or ``None`` before the first 429."""
        bucket = self._bucket
        return None if bucket is None else bucket.rate

    def accepted(self) -> None:
        """A request went through (any answer but 429)."""
        now = time.monotonic()
        with self._lock:
            accepted = self._accepted
            accepted.append(now)
            horizon = now - self.window
            while accepted[0] < horizon:
                accepted.popleft()
            bucket = self._bucket
            if bucket is not None:
                bucket.rate += self.increase

    def throttled(self) -> None:
        """The server answered 429."""
        now = time.monotonic()
        with self._lock:
            self.throttles += 1
            if now - self._last_cut < self.cooldown:
                return
            self._last_cut = now
            bucket = self._bucket
            if bucket is None:
                horizon = now - self.window
                granted = sum(1 for t in self._accepted if t >= horizon) / self.window
                rate = max(self.floor, granted * 0.9)
                self._bucket = RateLimiter(rate, burst=1.0)
            else:
                bucket.rate = max(self.floor, bucket.rate * self.decrease)

    def acquire(self) -> None:
        bucket = self._bucket
        if bucket is not None:
            bucket.acquire()

    async def acquire_async(self) -> None:
        bucket = self._bucket
        if bucket is not None:
            await bucket.acquire_async()

    def __repr__(self) -> str:
        rate = self.rate
        pace = "idle" if rate is None else f"rate={rate:g}"
        return f"AdaptiveRateLimiter({pace}, throttles={self.throttles})"
