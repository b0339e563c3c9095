"""Fixtures: real emulators on loopback (one per configuration, per worker) and clients wired
to them through counting transports."""

from __future__ import annotations

import httpx
import pytest

from sinch_conversation import AsyncConversationClient, ConversationClient, RetryPolicy
from sinch_emulator.testing import run_emulator

from ._support import AsyncRecordingTransport, Recorder, RecordingTransport


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="session")
def emu(emulator):
    """The session's emulator (tests/conftest.py): default credentials, rate limit off.
    State is shared, so tests create their own apps and contacts."""
    return emulator


@pytest.fixture(scope="session")
def short_ttl_emu():
    """An emulator whose tokens live one second."""
    with run_emulator(rate_limit=None, token_ttl=1) as server:
        yield server


# Fast retries against the emulator: the waits themselves are covered by unit tests.
FAST_RETRY = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.05)


def make_client(server, recorder=None, **kwargs):
    recorder = recorder if recorder is not None else Recorder()
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("region", "us")
    client = ConversationClient(
        server.project_id,
        server.key_id,
        server.key_secret,
        base_url=server.base_url_template,
        auth_url=server.auth_url,
        transport=RecordingTransport(recorder),
        **kwargs,
    )
    client.recorder = recorder
    return client


def make_async_client(
    server, recorder=None, inner: httpx.AsyncBaseTransport | None = None, **kwargs
):
    recorder = recorder if recorder is not None else Recorder()
    kwargs.setdefault("retry", FAST_RETRY)
    client = AsyncConversationClient(
        server.project_id,
        server.key_id,
        server.key_secret,
        base_url=server.base_url_template,
        auth_url=server.auth_url,
        transport=AsyncRecordingTransport(recorder, inner),
        **kwargs,
    )
    client.recorder = recorder
    return client


@pytest.fixture
def client(emu):
    with make_client(emu) as c:
        yield c


@pytest.fixture
async def aclient(emu):
    async with make_async_client(emu) as c:
        yield c
