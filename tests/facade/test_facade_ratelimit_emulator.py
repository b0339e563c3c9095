"""The client-side limiter keeps a bulk sender under the project limit of a real emulator."""

import asyncio

import pytest

from sinch_conversation import RateLimiter, RateLimitError, RetryPolicy
from sinch_emulator.testing import run_emulator

from .conftest import make_async_client


@pytest.fixture(scope="module")
def limited_emu():
    with run_emulator(rate_limit=50) as server:  # 50 requests/s, bursts of 50
        yield server


async def burst(client, count):
    results = await asyncio.gather(
        *(client.contacts.list_contacts(page_size=1) for _ in range(count)),
        return_exceptions=True,
    )
    return [r for r in results if isinstance(r, RateLimitError)]


@pytest.mark.anyio
async def test_without_limiter_the_burst_is_rejected(limited_emu):
    limited_emu.reset()
    async with make_async_client(limited_emu, retry=RetryPolicy.disabled()) as client:
        rejected = await burst(client, 100)
    assert rejected and rejected[0].retry_after >= 1


@pytest.mark.anyio
async def test_limiter_keeps_the_burst_under_the_limit(limited_emu):
    limited_emu.reset()
    limiter = RateLimiter(rate=40, burst=5)
    async with make_async_client(
        limited_emu, retry=RetryPolicy.disabled(), rate_limit=limiter
    ) as client:
        rejected = await burst(client, 100)
    assert rejected == []
    assert client.recorder.api_requests == 100
