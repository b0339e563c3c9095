"""Failures that matter for sends, end to end against the emulator: an answer lost after the
send was stored is never re-sent (no duplicate), reads recover from transient faults, 429s
are retried on their own budget, and failures name the right URL with the right type."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from sinch_conversation import (
    AdaptiveRateLimiter,
    APIConnectionError,
    APITimeoutError,
    AsyncConversationClient,
    ConfigurationError,
    ConversationClient,
    MemoryNonceStore,
    NonceStore,
    RateLimitError,
    ReplayedWebhookError,
    RetryPolicy,
    ServerError,
    verify_signature,
)
from sinch_conversation.webhooks import (
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    compute_signature,
)

from .conftest import make_async_client, make_client
from .test_facade_client import create_app, text_message


@pytest.fixture
def sleeps(monkeypatch):
    """Retry waits recorded instead of slept."""
    from sinch_conversation.retry import AsyncRetryTransport, RetryTransport

    recorded: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(RetryTransport, "_sleep", staticmethod(recorded.append))
    monkeypatch.setattr(AsyncRetryTransport, "_sleep", staticmethod(fake_async_sleep))
    return recorded


def stored_for(client: ConversationClient, app_id: str) -> int:
    return len(list(client.paginate(client.messages.list_messages, app_id=app_id, page_size=100)))


def fault(header: str) -> dict[str, str]:
    return {"X-Emulator-Fault": header}


def test_send_whose_answer_is_lost_is_stored_once(emu, sleeps):
    with make_client(emu) as setup:
        app = create_app(setup)
        for header, error in (("after=drop", APIConnectionError), ("after=500", ServerError)):
            policy = RetryPolicy(max_attempts=4)
            with (
                make_client(emu, retry=policy, headers=fault(header)) as client,
                pytest.raises(error),
            ):
                client.messages.send_message(**text_message(client, app.id, "46711"))
            assert client.recorder.api_requests == 1, header  # not re-sent
        assert stored_for(setup, app.id) == 2  # each handled once, answers lost


@pytest.mark.anyio
async def test_async_dropped_connection_is_a_connection_error_like_sync(emu, sleeps):
    with make_client(emu) as setup:
        app = create_app(setup)
    async with make_async_client(
        emu, retry=RetryPolicy(max_attempts=4), headers=fault("after=drop")
    ) as client:
        with pytest.raises(APIConnectionError) as info:
            await client.messages.send_message(**text_message(client, app.id, "46712"))
        assert not isinstance(info.value, APITimeoutError)
        assert client.recorder.api_requests == 1
    with make_client(emu) as setup:
        assert stored_for(setup, app.id) == 1


@pytest.mark.anyio
async def test_async_read_timeout_is_a_timeout_like_sync(emu, sleeps):
    with make_client(emu) as setup:
        app = create_app(setup)
    async with make_async_client(
        emu, timeout=0.3, retry=RetryPolicy(max_attempts=3), headers=fault("latency_ms=2000")
    ) as client:
        with pytest.raises(APITimeoutError):
            await client.messages.send_message(**text_message(client, app.id, "46713"))
        assert client.recorder.api_requests == 1  # a send that may have landed: not re-sent


@pytest.mark.parametrize("header", ["status=503; times=2", "after=drop; times=2", "drop; times=1"])
def test_reads_recover_from_faults_on_the_first_attempts(emu, sleeps, header):
    with make_client(emu, retry=RetryPolicy(max_attempts=4), headers=fault(header)) as client:
        client.contacts.list_contacts(page_size=1)
        assert client.recorder.api_requests == int(header[-1]) + 1


def test_times_counts_attempts_per_request(emu, sleeps):
    headers = fault("status=503; times=1; id=counting")
    with make_client(emu, retry=RetryPolicy.disabled(), headers=headers) as client:
        with pytest.raises(ServerError):
            client.contacts.list_contacts(page_size=1)
        client.contacts.list_contacts(page_size=1)  # the second attempt passes
        assert client.recorder.api_requests == 2


def test_rate_limit_budget_is_bounded_in_time(sleeps):
    calls = []

    def always_429(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(429, headers={"retry-after": "1"})

    policy = RetryPolicy(rate_limit_retries=100, rate_limit_max_wait=20.0)
    with (
        ConversationClient(
            "p",
            "k",
            "s",
            auth="basic",
            base_url="http://127.0.0.1:9",
            retry=policy,
            transport=httpx.MockTransport(always_429),
        ) as client,
        pytest.raises(RateLimitError),
    ):
        client.messages.send_message(**text_message(client, "01ARZ3NDEKTSV4RRFFQ69G5FAV", "1"))
    assert sum(sleeps) <= 20.0 and len(sleeps) >= 8  # many retries, bounded wait
    assert all(s >= 1.0 for s in sleeps)  # Retry-After is a floor
    assert len(set(sleeps)) == len(sleeps)  # jittered, not in lockstep
    assert len(calls) == len(sleeps) + 1


def test_adaptive_limiter_starts_at_the_granted_rate_and_backs_off():
    pacer = AdaptiveRateLimiter(cooldown=0.5)
    assert pacer.rate is None
    for _ in range(400):
        pacer.accepted()
    pacer.throttled()
    assert pacer.rate == pytest.approx(360, rel=0.05)  # 90 % of the 400/s granted
    pacer.throttled()  # the same wave of rejections: ignored
    assert pacer.rate == pytest.approx(360, rel=0.05)
    pacer._last_cut -= 1.0
    pacer.throttled()
    assert pacer.rate == pytest.approx(360 * 0.8, rel=0.05)
    for _ in range(100):
        pacer.accepted()
    assert pacer.rate == pytest.approx(360 * 0.8 + 5, rel=0.05)


def test_token_endpoint_failure_names_the_token_url(emu, sleeps):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/oauth2/token"
    with (
        ConversationClient(
            emu.project_id,
            emu.key_id,
            emu.key_secret,
            base_url=emu.base_url_template,
            auth_url=dead,
            retry=RetryPolicy(max_attempts=2),
        ) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.contacts.list_contacts()
    assert info.value.url == dead and "token endpoint" in str(info.value)

    async def run() -> None:
        async with AsyncConversationClient(
            emu.project_id,
            emu.key_id,
            emu.key_secret,
            base_url=emu.base_url_template,
            auth_url=dead,
            retry=RetryPolicy(max_attempts=2),
        ) as aclient:
            with pytest.raises(APIConnectionError) as ainfo:
                await aclient.contacts.list_contacts()
            assert ainfo.value.url == dead

    asyncio.run(run())


def _signed(secret: str, body: bytes, nonce: str, timestamp: int) -> dict[str, str]:
    return {
        SIGNATURE_HEADER: compute_signature(secret, body, nonce, timestamp),
        NONCE_HEADER: nonce,
        TIMESTAMP_HEADER: str(timestamp),
    }


def test_verify_signature_refuses_empty_secret_and_replays():
    body, now = b'{"app_id":"a"}', 1_700_000_000
    headers = _signed("", body, "n-1", now)
    with pytest.raises(ConfigurationError):
        verify_signature("", body, headers, now=now)
    nonces = MemoryNonceStore(max_entries=3, clock=lambda: now)
    assert isinstance(nonces, NonceStore)
    headers = _signed("whsec", body, "n-1", now)
    verify_signature("whsec", body, headers, now=now, nonces=nonces)
    with pytest.raises(ReplayedWebhookError):
        verify_signature("whsec", body, headers, now=now, nonces=nonces)
    verify_signature("whsec", body, headers, now=now)  # without a store: no memory
    for i in range(10):  # bounded memory
        verify_signature(
            "whsec", body, _signed("whsec", body, f"x{i}", now), now=now, nonces=nonces
        )
    assert len(nonces) == 3
