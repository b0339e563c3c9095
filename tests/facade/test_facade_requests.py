"""Requests written as keyword arguments: checked before sending, answers typed to the end,
per-call options and raw answers, on the real emulator (a mock transport only for an answer the
emulator cannot give: a 2xx that does not parse)."""

from __future__ import annotations

import json

import httpx
import pytest

from sinch_conversation import (
    APIResponseValidationError,
    ConversationClient,
    RawResponse,
    RequestValidationError,
    RetryPolicy,
    SinchError,
    models,
)

from .test_facade_client import create_app


def recipient(identity: str) -> dict:
    return {"identified_by": {"channel_identities": [{"channel": "SMS", "identity": identity}]}}


def test_keyword_send_reaches_the_server_as_json(client):
    app = create_app(client)
    sent = client.messages.send_message(
        app_id=app.id,
        recipient=recipient("46700000101"),
        message={"text_message": {"text": "keyword style"}},
        channel_priority_order=[models.ConversationChannel.SMS],  # a member
    )
    assert sent.message_id
    body = json.loads(client.recorder.requests[-1].content)
    assert body["message"] == {"text_message": {"text": "keyword style"}}
    assert body["channel_priority_order"] == ["SMS"]
    stored = client.messages.get_message(sent.message_id, messages_source="CONVERSATION_SOURCE")
    assert stored.app_message.text_message.text == "keyword style"


@pytest.mark.parametrize(
    ("message", "recipient_", "path", "suggestion"),
    [
        ({"text_mesage": {"text": "x"}}, None, "message.text_mesage", "text_message"),
        ({"text_message": {"txt": "x"}}, None, "message.text_message.txt", "text"),
        (
            {"text_message": {"text": "x"}},
            {"identified_by": {"channel_identities": [{"channel": "SMSS", "identity": "1"}]}},
            "recipient.identified_by.channel_identities[0].channel",
            "SMS",
        ),
        ({"text_message": {"text": 5}}, None, "message.text_message.text", None),
        ({"text_message": {}}, None, "message.text_message.text", None),
    ],
)
def test_a_mistake_is_refused_before_sending_with_a_suggestion(
    client, message, recipient_, path, suggestion
):
    before = client.recorder.counts["api"]
    with pytest.raises(RequestValidationError) as info:
        client.messages.send_message(
            app_id="app", recipient=recipient_ or recipient("1"), message=message
        )
    error = info.value
    assert isinstance(error, SinchError) and not isinstance(error, KeyError)
    assert error.path == path and error.suggestion == suggestion
    assert path in str(error) and "nothing was sent" in str(error)
    if suggestion:
        assert f"did you mean {suggestion!r}" in str(error)
    assert client.recorder.counts["api"] == before  # nothing sent


def test_a_model_body_from_json_is_checked_too(client):
    body = models.SendMessageRequest.from_dict(
        {"app_id": "a", "recipient": {"contact_id": "c"}, "message": {"text_mesage": {}}}
    )
    with pytest.raises(RequestValidationError, match="did you mean 'text_message'"):
        client.messages.send_message(body=body)
    with pytest.raises(TypeError, match="not both"):
        client.messages.send_message(body=body, app_id="a")


def test_query_enums_take_strings_and_refuse_unknown_values(client):
    app = create_app(client)
    page = client.messages.list_messages(app_id=app.id, messages_source="DISPATCH_SOURCE")
    assert page.messages == [] or isinstance(page.messages, list)
    with pytest.raises(RequestValidationError, match="did you mean 'DISPATCH_SOURCE'"):
        client.messages.list_messages(messages_source="dispatch_source")


def test_answers_stay_lenient():
    answer = {"id": "a", "display_name": "x", "brand_new_field": 1, "processing_mode": "NEWMODE"}
    app = models.App.from_dict(answer)
    assert app.additional_properties == {"brand_new_field": 1}
    assert app.processing_mode == "NEWMODE"


def test_empty_answers_are_none_and_pages_yield_items(client):
    app = create_app(client)
    assert client.apps.delete_app(app.id) is None
    contact = client.contacts.create_contact(
        channel_identities=[{"channel": "SMS", "identity": "46700000102"}], language="EN_US"
    )
    items = list(client.paginate(client.contacts.list_contacts, page_size=1))
    assert contact.id in {c.id for c in items}
    assert all(isinstance(c, models.Contact) for c in items)


def test_with_options_shares_the_pool_and_token(client):
    app = create_app(client)
    tokens = client.recorder.counts["token"]
    other = client.with_options(timeout=5, retry=RetryPolicy(max_attempts=1), headers={"X-T": "1"})
    assert other.transport is not client.transport
    assert other._network is client._network  # one pool
    assert other.timeout == httpx.Timeout(5) and other.retry.max_attempts == 1
    assert other.apps.get_app(app.id).id == app.id
    assert client.recorder.requests[-1].headers["x-t"] == "1"
    assert client.recorder.counts["token"] == tokens  # the token is shared
    other.close()  # leaves the pool to the client it came from
    assert client.apps.get_app(app.id).id == app.id
    assert "x-t" not in client.recorder.requests[-1].headers


def test_with_raw_response_gives_status_headers_and_model(client):
    app = create_app(client)
    raw = client.apps.with_raw_response.get_app(app.id)
    assert isinstance(raw, RawResponse) and raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parsed, models.App) and raw.parse().id == app.id


@pytest.mark.anyio
async def test_async_raw_response_and_options(aclient):
    apps = await aclient.apps.list_apps()
    raw = await aclient.with_options(timeout=3).apps.with_raw_response.list_apps()
    assert raw.status_code == 200 and type(raw.parsed) is type(apps)


def test_an_unparsable_2xx_answer_is_an_error_of_the_family():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(200, json={"accepted_time": "now"}, headers={"x-request-id": "r1"})

    with (
        ConversationClient(
            "p", "k", "s", auth_url="http://auth/token", transport=httpx.MockTransport(handler)
        ) as client,
        pytest.raises(APIResponseValidationError) as info,
    ):
        client.messages.send_message(
            app_id="a", recipient={"contact_id": "c"}, message={"text_message": {"text": "x"}}
        )
    error = info.value
    assert error.status_code == 200 and error.headers["x-request-id"] == "r1"
    assert "accepted_time" in error.body and "accepted the request" in str(error)


def test_with_options_on_a_given_http_client_keeps_its_timeout_unless_told():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "a"})

    with httpx.Client(transport=httpx.MockTransport(handler), timeout=7) as http:
        client = ConversationClient("p", "k", "s", auth="basic", http_client=http)
        client.apps.get_app("a")
        assert seen[-1].extensions["timeout"]["read"] == 7
        client.with_options(timeout=2, headers={"X-T": "1"}).apps.get_app("a")
        assert seen[-1].extensions["timeout"]["read"] == 2 and seen[-1].headers["x-t"] == "1"
        assert seen[-1].headers["user-agent"].startswith("sinch-conversation-python/")
