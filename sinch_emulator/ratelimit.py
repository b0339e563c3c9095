"""Per-project token bucket: the documented 800 requests per second, answered 429 past it."""

from __future__ import annotations

import math
import time


class RateLimiter:
    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self._buckets: dict[str, list[float]] = {}  # project -> [tokens, last refill]

    def reset(self) -> None:
        """Every project's bucket full again."""
        self._buckets.clear()

    def acquire(self, project_id: str) -> float | None:
        """Take one token; returns None if allowed, else the seconds until one is available."""
        rate = self.rate
        if rate is None:
            return None
        now = time.monotonic()
        bucket = self._buckets.get(project_id)
        if bucket is None:
            bucket = self._buckets[project_id] = [rate, now]
        tokens = min(rate, bucket[0] + (now - bucket[1]) * rate)
        bucket[1] = now
        if tokens >= 1.0:
            bucket[0] = tokens - 1.0
            return None
        bucket[0] = tokens
        return (1.0 - tokens) / rate

    @staticmethod
    def retry_after(wait: float) -> str:
        return str(max(1, math.ceil(wait)))
