"""``log_drift=True``: the client logs, once per location, answer fields and enum values its
generated models do not know; off by default; nothing from an emulator answering per spec."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from sinch_conversation import AsyncConversationClient, ConversationClient, models
from sinch_conversation.drift import DriftLog
from tests.drifting_server import PROJECT
from tests.stub_server import free_port, start_server


@pytest.fixture(scope="module")
def drifting_url() -> Iterator[str]:
    yield from start_server("tests.drifting_server", free_port())


def settings(url: str) -> dict[str, str]:
    return {
        "project_id": PROJECT,
        "key_id": "k",
        "key_secret": "s",
        "base_url": url,
        "auth_url": f"{url}/oauth2/token",
    }


def drift_messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "sinch_conversation.drift"]


def test_each_undocumented_location_is_logged_once(drifting_url, caplog):
    caplog.set_level(logging.WARNING, "sinch_conversation.drift")
    with ConversationClient(**settings(drifting_url), log_drift=True) as client:
        first = client.contacts.get_contact(contact_id="c1")
        client.contacts.get_contact(contact_id="c2")
    assert first.additional_properties == {"nickname": "ada-l"}  # the caller still gets it
    messages = drift_messages(caplog)
    assert len(messages) == 3, messages
    assert any("field 'nickname' in Contact" in m for m in messages)
    assert any("field 'verified' in ChannelIdentity" in m for m in messages)
    assert any("enum value 'TLH' in ContactLanguage" in m for m in messages)
    assert all("GET /v1/projects/{project_id}/contacts/{contact_id}" in m for m in messages)
    assert not any("ada-l" in m or "+4670" in m for m in messages)  # names, never values


def test_off_by_default(drifting_url, caplog):
    caplog.set_level(logging.WARNING, "sinch_conversation.drift")
    with ConversationClient(**settings(drifting_url)) as client:
        client.contacts.get_contact(contact_id="c1")
    assert drift_messages(caplog) == []


@pytest.mark.anyio
async def test_the_async_client_logs_too(drifting_url, caplog):
    caplog.set_level(logging.WARNING, "sinch_conversation.drift")
    async with AsyncConversationClient(**settings(drifting_url), log_drift=True) as client:
        await client.contacts.get_contact(contact_id="c1")
    assert len(drift_messages(caplog)) == 3


def test_an_emulator_answering_per_spec_logs_nothing(emu, caplog):
    caplog.set_level(logging.WARNING, "sinch_conversation.drift")
    with ConversationClient(
        project_id=emu.project_id,
        key_id=emu.key_id,
        key_secret=emu.key_secret,
        base_url=emu.base_url("us"),
        auth_url=emu.auth_url,
        log_drift=True,
    ) as client:
        contact = client.contacts.create_contact(
            body=models.ContactCreateRequest.from_dict(
                {"channel_identities": [{"channel": "SMS", "identity": "+46700000031"}]}
            )
        )
        client.contacts.get_contact(contact_id=contact.id)
        client.contacts.list_contacts()
        client.apps.list_apps()
    assert drift_messages(caplog) == []


def test_answers_from_the_batch_host_are_read_as_the_batch_apis(caplog):
    """The Batch API's paths are the Conversation API's: an answer is read as the model of the
    API whose host sent it (a batch status, an array of them), not of the other one."""
    caplog.set_level(logging.WARNING, "sinch_conversation.drift")
    log = DriftLog(batch_base_url="http://h/batch")
    status = {"batch_id": "b1", "status": "PROCESSED", "shade": 1}
    one = httpx.Request("GET", "http://h/batch/v1/projects/p/messages/b1")
    log.observe(httpx.Response(200, json=status, request=one))
    many = httpx.Request("GET", "http://h/batch/v1/projects/p/messages?metadataKey=k")
    log.observe(httpx.Response(200, json=[{**status, "hue": 2}], request=many))
    # the same path on the Conversation host is a message
    message = httpx.Request("GET", "http://h/v1/projects/p/messages/m1")
    log.observe(httpx.Response(200, json={"id": "m1", "tint": 3}, request=message))
    found = drift_messages(caplog)
    assert len(found) == 3, found
    assert any(
        "GET /v1/projects/{project_id}/messages/{batch_id}" in m
        and "field 'shade' in BatchStatus" in m
        for m in found
    )
    assert any("field 'hue' in BatchStatus" in m for m in found)
    assert any(
        "GET /v1/projects/{project_id}/messages/{message_id}" in m
        and "field 'tint' in ConversationMessage" in m
        for m in found
    )
