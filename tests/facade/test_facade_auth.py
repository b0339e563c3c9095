"""OAuth2 token fetch, reuse, expiry and refresh, concurrency, Basic auth, bad credentials,
missing credentials: against the emulator's token endpoint and its expiry rules."""

import asyncio
import concurrent.futures
import math
import threading
import time

import pytest

from sinch_conversation import (
    AuthenticationError,
    ConfigurationError,
    ConversationClient,
)

from ._support import Recorder, RecordingTransport
from .conftest import make_async_client, make_client


def test_token_fetched_once_and_reused(client):
    for _ in range(3):
        client.contacts.list_contacts()
    assert client.recorder.token_requests == 1
    assert client.recorder.api_requests == 3
    token_request = client.recorder.requests[0]
    assert token_request.method == "POST" and token_request.url.path.endswith("/oauth2/token")
    assert token_request.content == b"grant_type=client_credentials"
    assert token_request.headers["authorization"].startswith("Basic ")
    api_request = client.recorder.requests[1]
    assert api_request.headers["authorization"].startswith("Bearer ")


def test_token_refreshed_when_it_runs_out(short_ttl_emu):
    with make_client(short_ttl_emu) as client:
        client.contacts.list_contacts()
        assert client.recorder.token_requests == 1
        time.sleep(1.05)  # the token's whole one-second lifetime
        client.contacts.list_contacts()
        assert client.recorder.token_requests == 2
        assert client.recorder.api_requests == 2  # refreshed ahead of time: no 401 round trip


def test_expired_401_refreshes_and_resends_once(short_ttl_emu):
    with make_client(short_ttl_emu) as client:
        client.contacts.list_contacts()
        # Simulate a client clock running behind the server's: the cached token still looks
        # fresh here while the server already considers it expired.
        client.auth._token.refresh_at = math.inf
        time.sleep(1.05)
        client.contacts.list_contacts()
        assert client.recorder.token_requests == 2
        assert client.recorder.api_requests == 3  # the 401 and the re-sent request


def test_fifty_threads_share_one_token_request(emu):
    with make_client(emu) as client:
        barrier = threading.Barrier(50)

        def call(_):
            barrier.wait()
            return client.contacts.list_contacts()

        with concurrent.futures.ThreadPoolExecutor(50) as pool:
            results = list(pool.map(call, range(50)))
        assert len(results) == 50
        assert client.recorder.token_requests == 1
        assert client.recorder.api_requests == 50


@pytest.mark.anyio
async def test_fifty_tasks_share_one_token_request(emu):
    async with make_async_client(emu) as client:
        results = await asyncio.gather(*(client.contacts.list_contacts() for _ in range(50)))
        assert len(results) == 50
        assert client.recorder.token_requests == 1
        assert client.recorder.api_requests == 50


@pytest.mark.anyio
async def test_async_refresh_after_expiry(short_ttl_emu):
    async with make_async_client(short_ttl_emu) as client:
        await client.contacts.list_contacts()
        client.auth._token.refresh_at = math.inf
        await asyncio.sleep(1.05)
        await asyncio.gather(*(client.contacts.list_contacts() for _ in range(10)))
        # ten requests hit the expiry together; exactly one of them refreshes
        assert client.recorder.token_requests == 2


def test_basic_auth_sends_key_with_every_request(emu):
    with make_client(emu, auth="basic") as client:
        client.contacts.list_contacts()
        client.contacts.list_contacts()
        assert client.recorder.token_requests == 0
        assert all(
            r.headers["authorization"].startswith("Basic ") for r in client.recorder.requests
        )


def test_bad_secret_is_one_authentication_error(emu):
    recorder = Recorder()
    with (
        ConversationClient(
            emu.project_id,
            emu.key_id,
            "wrong-secret",
            base_url=emu.base_url_template,
            auth_url=emu.auth_url,
            transport=RecordingTransport(recorder),
        ) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.contacts.list_contacts()
    assert recorder.token_requests == 1  # no retry loop
    assert recorder.api_requests == 0
    assert info.value.status == "invalid_client"
    assert "wrong-secret" not in str(info.value)


def test_bad_secret_with_basic_auth(emu):
    with (
        ConversationClient(
            emu.project_id,
            emu.key_id,
            "wrong-secret",
            auth="basic",
            base_url=emu.base_url_template,
        ) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.contacts.list_contacts()
    assert info.value.status_code == 401 and info.value.status == "UNAUTHENTICATED"


@pytest.mark.parametrize(
    ("missing", "argument", "env"),
    [
        ("project_id", "project_id", "SINCH_PROJECT_ID"),
        ("key_id", "key_id", "SINCH_KEY_ID"),
        ("key_secret", "key_secret", "SINCH_KEY_SECRET"),
    ],
)
def test_missing_credentials_are_named(missing, argument, env):
    settings = {"project_id": "p", "key_id": "k", "key_secret": "s"}
    settings[missing] = None
    with pytest.raises(ConfigurationError, match=argument) as info:
        ConversationClient(**settings)
    assert env in str(info.value)

    environ = {"SINCH_PROJECT_ID": "p", "SINCH_KEY_ID": "k", "SINCH_KEY_SECRET": "s"}
    del environ[env]
    with pytest.raises(ConfigurationError, match=env):
        ConversationClient.from_env(environ)


def test_from_env_reads_every_setting(emu):
    environ = {
        "SINCH_PROJECT_ID": emu.project_id,
        "SINCH_KEY_ID": emu.key_id,
        "SINCH_KEY_SECRET": emu.key_secret,
        "SINCH_REGION": "eu",
        "SINCH_CONVERSATION_BASE_URL": emu.base_url_template,
        "SINCH_AUTH_URL": emu.auth_url,
    }
    with ConversationClient.from_env(environ) as client:
        assert client.base_url == emu.base_url("eu")
        assert client.auth.token_url == emu.auth_url
        assert client.contacts.list_contacts() is not None


def test_unknown_auth_mode():
    with pytest.raises(ConfigurationError, match="oauth"):
        ConversationClient("p", "k", "s", auth="digest")
