"""The Batch API's group goes to the batch host, even on the paths it shares with the
Conversation API; ``batch_base_url`` / ``SINCH_BATCH_BASE_URL`` choose that host, and a
``base_url`` alone serves both APIs (the Batch API under ``/batch``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sinch_conversation import APIResponseValidationError, ConversationClient
from sinch_conversation.regions import HostRouter, resolve_batch_base_url

from .test_facade_template_host import HostServer


@pytest.fixture
def hosts() -> Iterator[tuple[HostServer, HostServer]]:
    conversation, batch = HostServer(), HostServer()
    yield conversation, batch
    conversation.close()
    batch.close()


def test_region_hosts_and_overrides():
    assert resolve_batch_base_url("eu") == "https://eu.conversationbatch.api.sinch.com"
    assert resolve_batch_base_url("br", "http://proxy/{region}/") == "http://proxy/br"
    # only the Conversation base URL given: the same server, under /batch
    assert resolve_batch_base_url("us", None, "http://127.0.0.1:9/{region}") == (
        "http://127.0.0.1:9/us/batch"
    )
    assert resolve_batch_base_url("us", "http://b", "http://c") == "http://b"
    router = HostRouter("http://c", "http://t", "http://b")
    path = "/v1/projects/p/messages"
    assert router.url(path) == "http://c" + path
    assert router.for_batch().url(path) == "http://b" + path


def test_from_env_reads_the_batch_base_url():
    client = ConversationClient.from_env(
        {
            "SINCH_PROJECT_ID": "p",
            "SINCH_KEY_ID": "k",
            "SINCH_KEY_SECRET": "s",
            "SINCH_REGION": "eu",
            "SINCH_BATCH_BASE_URL": "http://batch.example/{region}",
        }
    )
    assert client.batch_base_url == "http://batch.example/eu"
    assert client.urls.batch == "http://batch.example/eu"
    assert ConversationClient("p", "k", "s", region="br").urls.batch == (
        "https://br.conversationbatch.api.sinch.com"
    )


def test_shared_paths_reach_the_right_host(hosts):
    conversation, batch = hosts
    with ConversationClient(
        "p",
        "k",
        "s",
        auth="basic",
        base_url=conversation.url,
        batch_base_url=batch.url,
    ) as client:
        # GET /v1/projects/p/messages/{id} exists on both APIs
        client.messages.get_message("01JAAAAAAAAAAAAAAAAAAAAAAA")
        # the stand-in answers {}: not a BatchStatus, and not the array the statuses are
        with pytest.raises(APIResponseValidationError, match="not a BatchStatus"):
            client.batch.get_batch_status("01JAAAAAAAAAAAAAAAAAAAAAAA")
        with pytest.raises(APIResponseValidationError, match="not an array of BatchStatus"):
            client.batch.get_batch_statuses_by_metadata(metadata_key="k", metadata_value="v")
    assert conversation.paths == ["GET /v1/projects/p/messages/01JAAAAAAAAAAAAAAAAAAAAAAA"]
    assert batch.paths == [
        "GET /v1/projects/p/messages/01JAAAAAAAAAAAAAAAAAAAAAAA",
        "GET /v1/projects/p/messages?metadataKey=k&metadataValue=v",
    ]
