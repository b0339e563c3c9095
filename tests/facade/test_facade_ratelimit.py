"""Token-bucket bookkeeping (no wall-clock assertions: a slow rate makes refill negligible)."""

import asyncio

import pytest

from sinch_conversation import RateLimiter


def test_burst_then_reservation():
    limiter = RateLimiter(rate=1.0, burst=3)
    waits = [limiter._reserve() for _ in range(5)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    # The 4th and 5th callers are queued one and two token-intervals out.
    assert 0.9 < waits[3] <= 1.0
    assert 1.9 < waits[4] <= 2.0


def test_invalid_settings():
    with pytest.raises(ValueError):
        RateLimiter(rate=0)
    with pytest.raises(ValueError):
        RateLimiter(rate=10, burst=0.5)


@pytest.mark.anyio
async def test_async_acquire_within_burst_does_not_wait():
    limiter = RateLimiter(rate=1.0, burst=10)
    await asyncio.wait_for(asyncio.gather(*(limiter.acquire_async() for _ in range(10))), 5)
    assert limiter._reserve() > 0.0
