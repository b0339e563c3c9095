"""Retry decisions for faults the emulator cannot produce (502/504, HTTP-date Retry-After,
errors after the request was sent). A mock transport stands in for the network here only."""

import email.utils
import time

import httpx
import pytest

from sinch_conversation import (
    APIConnectionError,
    ConversationClient,
    RetryPolicy,
    ServerError,
    models,
)
from sinch_conversation.retry import AsyncRetryTransport, RetryTransport, parse_retry_after


@pytest.fixture
def sleeps(monkeypatch):
    recorded = []
    monkeypatch.setattr(RetryTransport, "_sleep", staticmethod(recorded.append))

    async def asleep(delay):
        recorded.append(delay)

    monkeypatch.setattr(AsyncRetryTransport, "_sleep", staticmethod(asleep))
    return recorded


def mock_client(handler, **kwargs):
    def route(request):
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return handler(request)

    return ConversationClient("p", "k", "s", transport=httpx.MockTransport(route), **kwargs)


def send_body():
    return models.SendMessageRequest.from_dict(
        {
            "app_id": "A",
            "recipient": {"contact_id": "C"},
            "message": {"text_message": {"text": "x"}},
        }
    )


def test_parse_retry_after():
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after("0.5") == 0.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after(email.utils.formatdate(time.time() - 60, usegmt=True)) == 0.0
    future = parse_retry_after(email.utils.formatdate(time.time() + 30, usegmt=True))
    assert 25 < future <= 30


def test_backoff_is_full_jitter_and_capped():
    policy = RetryPolicy(backoff_base=1.0, backoff_max=4.0)
    for n in range(8):
        assert 0.0 <= policy.backoff(n) <= min(4.0, 2**n)
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)


@pytest.mark.parametrize("status", [502, 504])
def test_gateway_errors_retried_for_get(status, sleeps):
    calls = []

    def handler(request):
        calls.append(request)
        return (
            httpx.Response(status, text="gateway")
            if len(calls) < 3
            else httpx.Response(200, json={"contacts": []})
        )

    with mock_client(handler, retry=RetryPolicy(max_attempts=4)) as client:
        assert client.contacts.list_contacts().contacts == []
    assert len(calls) == 3 and len(sleeps) == 2


def test_http_date_retry_after_is_honoured(sleeps):
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    calls = []

    def handler(request):
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(503, headers={"retry-after": when})
        return httpx.Response(200, json={"contacts": []})

    with mock_client(handler) as client:
        client.contacts.list_contacts()
    assert len(sleeps) == 1 and 3 < sleeps[0] <= 5


def test_retry_after_beyond_budget_is_not_waited_for(sleeps):
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(503, headers={"retry-after": "120"})

    with (
        mock_client(handler, retry=RetryPolicy(max_elapsed=10)) as client,
        pytest.raises(ServerError),
    ):
        client.contacts.list_contacts()
    assert len(calls) == 1 and sleeps == []


def test_read_error_after_send_not_retried_for_send_message(sleeps):
    calls = []

    def handler(request):
        calls.append(request)
        raise httpx.ReadError("connection reset", request=request)

    with mock_client(handler) as client, pytest.raises(APIConnectionError):
        client.messages.send_message(body=send_body())
    assert len(calls) == 1


def test_read_error_retried_for_get(sleeps):
    calls = []

    def handler(request):
        calls.append(request)
        raise httpx.ReadError("connection reset", request=request)

    with (
        mock_client(handler, retry=RetryPolicy(max_attempts=3)) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.contacts.list_contacts()
    assert len(calls) == 3 and len(sleeps) == 2
    assert isinstance(info.value.__cause__, httpx.ReadError)


def test_aiohttp_disconnect_is_not_mistaken_for_connect_failure():
    import aiohttp

    from sinch_conversation.retry import _never_sent

    disconnected = httpx.ConnectTimeout("Server disconnected")
    disconnected.__cause__ = aiohttp.ServerDisconnectedError()
    refused = httpx.ConnectError("refused")
    assert not _never_sent(disconnected)
    assert _never_sent(refused)
    assert not _never_sent(httpx.ReadTimeout("slow"))


def test_opt_in_retries_non_idempotent_after_5xx(sleeps):
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(
            500, json={"error": {"code": 500, "message": "x", "status": "INTERNAL"}}
        )

    with (
        mock_client(handler, retry=RetryPolicy(max_attempts=3, retry_non_idempotent=True)) as c,
        pytest.raises(ServerError),
    ):
        c.messages.send_message(body=send_body())
    assert len(calls) == 3
