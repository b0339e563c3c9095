"""Operations end to end against the emulator: typed models in and out, typed errors,
retries, pagination, regions."""

import asyncio
import inspect

import httpx
import pytest

from sinch_conversation import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    models,
)
from sinch_conversation.retry import AsyncRetryTransport, RetryTransport

from ._support import Recorder
from .conftest import make_async_client, make_client

UNKNOWN_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV"  # a well-formed ULID nothing has


def body_for(operation, data):
    """The keyword arguments of ``operation`` for the body ``data`` (its top-level fields)."""
    fields = inspect.signature(operation).parameters
    assert set(data) <= set(fields), set(data) - set(fields)
    return data


def create_app(client, **extra):
    data = {
        "display_name": "facade tests",
        "processing_mode": "CONVERSATION",
        "channel_credentials": [
            {"channel": "SMS", "static_bearer": {"claimed_identity": "12345", "token": "t"}}
        ],
        **extra,
    }
    return client.apps.create_app(**body_for(client.apps.create_app, data))


def text_message(client, app_id, identity, text="Hello from the facade"):
    return body_for(
        client.messages.send_message,
        {
            "app_id": app_id,
            "recipient": {
                "identified_by": {"channel_identities": [{"channel": "SMS", "identity": identity}]}
            },
            "message": {"text_message": {"text": text}},
        },
    )


@pytest.fixture
def sleeps(monkeypatch):
    recorded = []
    monkeypatch.setattr(RetryTransport, "_sleep", staticmethod(recorded.append))

    async def asleep(delay):
        recorded.append(delay)

    monkeypatch.setattr(AsyncRetryTransport, "_sleep", staticmethod(asleep))
    return recorded


# -- typed models --------------------------------------------------------------------------


def test_send_message_returns_typed_model(client):
    app = create_app(client)
    assert isinstance(app, models.App) and app.id
    sent = client.messages.send_message(**text_message(client, app.id, "46700000001"))
    assert type(sent).__name__ == "SendMessageResponse" and sent.message_id
    message = client.messages.get_message(sent.message_id)
    assert isinstance(message, models.ConversationMessage)
    assert message.app_message.text_message.text == "Hello from the facade"


@pytest.mark.anyio
async def test_async_operations_are_coroutines(aclient):
    coroutine = aclient.apps.list_apps()
    assert inspect.iscoroutine(coroutine)
    apps = await coroutine
    assert isinstance(apps, models.ListAppsResponse)


# -- typed errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (501, ServerError),
        (503, ServerError),
    ],
)
def test_each_error_class_from_the_emulator(emu, status, cls):
    with (
        make_client(
            emu, retry=RetryPolicy.disabled(), headers={"X-Emulator-Fault": f"status={status}"}
        ) as client,
        pytest.raises(cls) as info,
    ):
        client.contacts.list_contacts()
    error = info.value
    assert error.status_code == status and error.code == status
    assert error.status and error.message
    assert error.method == "GET" and error.url.endswith(f"/v1/projects/{emu.project_id}/contacts")
    if status == 429:
        assert error.retry_after == 1.0


def test_real_not_found_and_bad_request(client):
    with pytest.raises(NotFoundError) as info:
        client.contacts.get_contact(UNKNOWN_ID)
    assert info.value.status == "NOT_FOUND" and UNKNOWN_ID in info.value.message
    with pytest.raises(BadRequestError) as info:
        client.contacts.get_contact("not-a-ulid")
    assert info.value.status == "INVALID_ARGUMENT"


def test_wrong_project_is_permission_denied(emu):
    from sinch_conversation import ConversationClient

    with (
        ConversationClient(
            "someone-elses-project",
            emu.key_id,
            emu.key_secret,
            base_url=emu.base_url_template,
            auth_url=emu.auth_url,
        ) as other,
        pytest.raises(PermissionDeniedError) as info,
    ):
        other.contacts.list_contacts()
    assert not info.value.billing_blocked


def test_connection_refused_is_api_connection_error(sleeps):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from sinch_conversation import ConversationClient

    with (
        ConversationClient(
            "p",
            "k",
            "s",
            auth="basic",
            base_url=f"http://127.0.0.1:{port}",
            retry=RetryPolicy(max_attempts=3),
        ) as client,
        pytest.raises(APIConnectionError),
    ):
        client.contacts.list_contacts()
    assert len(sleeps) == 2  # connect failures are retried, even for POST


# -- retries -------------------------------------------------------------------------------


def test_retry_after_is_honoured_then_succeeds(emu, sleeps):
    recorder = Recorder()
    recorder.faults = ["status=503; retry_after=2", "status=429; retry_after=1"]
    with make_client(emu, recorder, retry=RetryPolicy(max_attempts=4)) as client:
        result = client.contacts.list_contacts()
    assert isinstance(result, models.ListContactsResponse)
    assert recorder.api_requests == 3
    # a 503's Retry-After is honoured as is; a 429's is a floor with jitter on top
    assert sleeps[0] == 2.0 and 1.0 <= sleeps[1] <= 1.5 and len(sleeps) == 2


@pytest.mark.anyio
async def test_async_retry_after_is_honoured(emu, sleeps):
    recorder = Recorder()
    recorder.faults = ["status=503; retry_after=2"]
    async with make_async_client(emu, recorder, retry=RetryPolicy(max_attempts=4)) as client:
        await client.contacts.list_contacts()
    assert recorder.api_requests == 2 and sleeps == [2.0]


def test_retries_are_bounded(emu, sleeps):
    with (
        make_client(
            emu, retry=RetryPolicy(max_attempts=3), headers={"X-Emulator-Fault": "status=500"}
        ) as client,
        pytest.raises(ServerError),
    ):
        client.contacts.list_contacts()
    assert client.recorder.api_requests == 3 and len(sleeps) == 2


def test_send_message_not_retried_after_500(emu, sleeps):
    with make_client(emu) as setup:
        app = create_app(setup)
    recorder = Recorder()
    recorder.faults = ["status=500"]
    with (
        make_client(emu, recorder, retry=RetryPolicy(max_attempts=4)) as client,
        pytest.raises(ServerError),
    ):
        client.messages.send_message(**text_message(client, app.id, "46700000002"))
    assert recorder.api_requests == 1 and sleeps == []


def test_send_message_not_retried_after_dropped_connection(emu, sleeps):
    with make_client(emu) as setup:
        app = create_app(setup)
    recorder = Recorder()
    recorder.faults = ["drop"]
    with (
        make_client(emu, recorder, retry=RetryPolicy(max_attempts=4)) as client,
        pytest.raises(APIConnectionError),
    ):
        client.messages.send_message(**text_message(client, app.id, "46700000003"))
    assert recorder.api_requests == 1


def test_send_message_retried_after_429(emu, sleeps):
    with make_client(emu) as setup:
        app = create_app(setup)
    recorder = Recorder()
    recorder.faults = ["status=429; retry_after=1"]
    with make_client(emu, recorder, retry=RetryPolicy(max_attempts=4)) as client:
        sent = client.messages.send_message(**text_message(client, app.id, "46700000004"))
    assert sent.message_id and recorder.api_requests == 2
    assert len(sleeps) == 1 and 1.0 <= sleeps[0] <= 1.5  # Retry-After plus jitter


def test_send_message_retried_after_500_when_opted_in(emu, sleeps):
    with make_client(emu) as setup:
        app = create_app(setup)
    recorder = Recorder()
    recorder.faults = ["status=500"]
    policy = RetryPolicy(max_attempts=4, retry_non_idempotent=True)
    with make_client(emu, recorder, retry=policy) as client:
        client.messages.send_message(**text_message(client, app.id, "46700000005"))
    assert recorder.api_requests == 2


# -- pagination ----------------------------------------------------------------------------


def create_contacts(client, count, prefix):
    ids = set()
    for n in range(count):
        contact = client.contacts.create_contact(
            **body_for(
                client.contacts.create_contact,
                {
                    "channel_identities": [{"channel": "SMS", "identity": f"{prefix}{n:03d}"}],
                    "display_name": f"contact {n}",
                    "language": "EN_US",
                },
            )
        )
        ids.add(contact.id)
    return ids


def test_paginate_across_pages(emu):
    with make_client(emu, region="br") as client:
        created = create_contacts(client, 7, "4670555")
        pages = list(client.pages(client.contacts.list_contacts, page_size=3))
        seen = [c.id for c in client.paginate(client.contacts.list_contacts, page_size=3)]
    assert len(pages) >= 3
    assert created <= set(seen) and len(seen) == len(set(seen))
    assert client.recorder.counts["api"] >= 7 + 2 * 3


@pytest.mark.anyio
async def test_async_paginate_across_pages(emu):
    with make_client(emu, region="eu") as setup:
        created = create_contacts(setup, 5, "4670666")
    async with make_async_client(emu, region="eu") as client:
        seen = [c.id async for c in client.paginate(client.contacts.list_contacts, page_size=2)]
        pages = [p async for p in client.pages(client.contacts.list_contacts, page_size=2)]
    assert created <= set(seen) and len(seen) == len(set(seen))
    assert len(pages) >= 3


def test_paginate_rejects_non_list_operations(client):
    with pytest.raises(TypeError, match="page_token"):
        list(client.paginate(client.contacts.get_contact, UNKNOWN_ID))


# -- regions -------------------------------------------------------------------------------


@pytest.mark.parametrize("region", ["us", "eu", "br"])
def test_each_region_is_addressed(emu, region):
    with make_client(emu, region=region) as client:
        assert client.base_url == emu.base_url(region)
        app = create_app(client, display_name=f"in {region}")
        client.apps.get_app(app.id)
        sent = [r for r in client.recorder.requests if not r.url.path.endswith("/oauth2/token")]
        assert all(r.url.path.startswith(f"/{region}/v1/") for r in sent)
    # The app exists only in its own region.
    other = {"us": "eu", "eu": "br", "br": "us"}[region]
    with make_client(emu, region=other) as client, pytest.raises(NotFoundError):
        client.apps.get_app(app.id)


def test_custom_http_client_is_used_as_is(emu):
    seen = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    from sinch_conversation import ConversationClient

    with ConversationClient(
        emu.project_id,
        emu.key_id,
        emu.key_secret,
        http_client=http,
        base_url=emu.base_url_template,
        auth_url=emu.auth_url,
    ) as client:
        client.apps.list_apps()
    assert not http.is_closed  # the caller owns it
    assert [r.url.path for r in seen][-1].endswith("/apps")
    http.close()


def test_timeout_is_api_timeout_error_and_send_is_not_retried(emu, sleeps):
    from sinch_conversation import APITimeoutError

    with make_client(emu) as setup:
        app = create_app(setup)
    recorder = Recorder()
    recorder.faults = ["latency_ms=2000"]
    with (
        make_client(emu, recorder, timeout=0.3, retry=RetryPolicy(max_attempts=3)) as client,
        pytest.raises(APITimeoutError),
    ):
        client.messages.send_message(**text_message(client, app.id, "46700000006"))
    assert recorder.api_requests == 1 and sleeps == []


@pytest.mark.anyio
async def test_async_timeout_on_get_is_retried(emu, sleeps):
    recorder = Recorder()
    recorder.faults = ["latency_ms=2000"]
    async with make_async_client(emu, recorder, timeout=0.3) as client:
        result = await client.contacts.list_contacts()
    assert isinstance(result, models.ListContactsResponse)
    assert recorder.api_requests == 2 and len(sleeps) == 1


@pytest.mark.anyio
async def test_custom_async_http_client_is_used_as_is(emu):
    from httpx_aiohttp import AiohttpTransport

    from sinch_conversation import AsyncConversationClient

    seen = []

    async def hook(request):
        seen.append(request)

    http = httpx.AsyncClient(transport=AiohttpTransport(), event_hooks={"request": [hook]})
    async with AsyncConversationClient(
        emu.project_id,
        emu.key_id,
        emu.key_secret,
        http_client=http,
        base_url=emu.base_url_template,
        auth_url=emu.auth_url,
    ) as client:
        await client.apps.list_apps()
    assert not http.is_closed
    assert seen[-1].url.path.endswith("/apps")
    await http.aclose()


@pytest.mark.anyio
async def test_default_async_transport_against_emulator(emu):
    from sinch_conversation import AsyncConversationClient
    from sinch_conversation._aiohttp import BufferedAiohttpTransport

    async with AsyncConversationClient(
        emu.project_id,
        emu.key_id,
        emu.key_secret,
        base_url=emu.base_url_template,
        auth_url=emu.auth_url,
    ) as client:
        assert isinstance(client.transport._transport, BufferedAiohttpTransport)
        results = await asyncio.gather(*(client.apps.list_apps() for _ in range(20)))
    assert all(isinstance(r, models.ListAppsResponse) for r in results)
