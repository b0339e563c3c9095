"""The key secret and access tokens never show up in reprs, logs or exception text."""

import base64
import logging

import pytest

from sinch_conversation import (
    AsyncConversationClient,
    AuthenticationError,
    ConversationClient,
    NotFoundError,
    RetryPolicy,
)

from .conftest import make_client

SECRET = "s3cr3t-key-value"


def test_reprs_mask_the_secret():
    for mode in ("oauth", "basic"):
        client = ConversationClient("proj", "key-id", SECRET, auth=mode)
        text = repr(client) + repr(client.auth) + str(vars(client.auth)) + repr(vars(client))
        assert SECRET not in text
        encoded = base64.b64encode(f"key-id:{SECRET}".encode()).decode()
        assert encoded not in text
        assert "proj" in repr(client)
        client.close()
    aclient = AsyncConversationClient("proj", "key-id", SECRET)
    assert SECRET not in repr(aclient) + repr(aclient.auth)


def test_token_not_in_repr_or_logs(emu, caplog):
    caplog.set_level(logging.DEBUG)
    with make_client(emu, retry=RetryPolicy(max_attempts=2, backoff_base=0.01)) as client:
        client.contacts.list_contacts()
        token = client.auth._token.header.removeprefix("Bearer ")
        assert token not in repr(client.auth) and token not in repr(client.auth._token)
        client.recorder.faults = ["status=503; retry_after=0"]
        client.contacts.list_contacts()  # logs a retry
        with pytest.raises(NotFoundError) as info:
            client.contacts.get_contact("01ARZ3NDEKTSV4RRFFQ69G5FAV")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "fetched access token" in logged and "retrying GET" in logged
    for secret in (token, emu.key_secret):
        assert secret not in logged
        assert secret not in str(info.value) and secret not in repr(info.value)
        assert secret not in str(info.value.headers)


def test_rejected_key_error_does_not_leak(emu, caplog):
    caplog.set_level(logging.DEBUG)
    with (
        ConversationClient(
            emu.project_id,
            emu.key_id,
            SECRET,
            base_url=emu.base_url_template,
            auth_url=emu.auth_url,
        ) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.contacts.list_contacts()
    text = str(info.value) + repr(info.value) + info.value.body + str(info.value.headers)
    assert SECRET not in text
    assert SECRET not in "\n".join(r.getMessage() for r in caplog.records)


def test_credentials_in_base_url_are_stripped_from_errors(emu):
    url = emu.base_url_template.replace("http://", f"http://user:{SECRET}@")
    with (
        ConversationClient(
            emu.project_id, emu.key_id, emu.key_secret, base_url=url, auth_url=emu.auth_url
        ) as client,
        pytest.raises(NotFoundError) as info,
    ):
        client.contacts.get_contact("01ARZ3NDEKTSV4RRFFQ69G5FAV")
    assert SECRET not in str(info.value) and SECRET not in info.value.url
