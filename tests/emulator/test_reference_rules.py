"""Every rule of the API reference the emulator enforces: each violation is refused with a
400 in the error envelope naming the field and the rule, and nothing is stored.

The table in ``spec/README.md`` ("Rules of the reference") maps each rule to its line of the
reference, the overlay carrying it and the test here that sends the violation.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Api

ULID = "01ARZ3NDEKTSV4RRFFQ69G5FAV"


def body(app_id: str, identity: str, **fields: Any) -> dict[str, Any]:
    return {
        "app_id": app_id,
        "recipient": {
            "identified_by": {"channel_identities": [{"channel": "SMS", "identity": identity}]}
        },
        "message": {"text_message": {"text": "hi"}},
        **fields,
    }


def text(**more: Any) -> dict[str, Any]:
    return {"text_message": {"text": "hi"}, **more}


#: (rule, what to change in a good send, the field the answer names, words of the rule)
SEND_VIOLATIONS = [
    ("app_id ULID", {"app_id": "my-app"}, "app_id", "does not match"),
    (
        "no content kind",
        {"message": {"agent": {"display_name": "a", "type": "BOT"}}},
        "message",
        "exactly one of",
    ),
    (
        "two content kinds",
        {"message": text(media_message={"url": "https://x.test/a.png"})},
        "message",
        "exactly one of",
    ),
    (
        "explicit_channel_message key",
        {"message": text(explicit_channel_message={"FAX": "{}"})},
        "message.explicit_channel_message",
        "ConversationChannel",
    ),
    (
        "explicit_channel_omni_message key",
        {"message": text(explicit_channel_omni_message={"sms": {"text_message": {"text": "x"}}})},
        "message.explicit_channel_omni_message",
        "ConversationChannel",
    ),
    (
        "channel_specific_message key",
        {"message": text(channel_specific_message={"CHANNEL_UNSPECIFIED": {}})},
        "message.channel_specific_message",
        "ConversationChannel",
    ),
    (
        "channel_properties key",
        {"channel_properties": {"FLASH": "true"}},
        "channel_properties.FLASH",
        "ChannelPropertyKeys",
    ),
    (
        "channel_properties value length",
        {"channel_properties": {"SMS_SENDER": "x" * 1025}},
        "channel_properties.SMS_SENDER",
        "maxLength 1024",
    ),
    (
        "message_metadata length",
        {"message_metadata": "m" * 1025},
        "message_metadata",
        "maxLength 1024",
    ),
    (
        "conversation_metadata length",
        {"conversation_metadata": {"k": "v" * 2048}},
        "conversation_metadata",
        "2048",
    ),
    (
        "conversation_metadata is an object",
        {"conversation_metadata": "text"},
        "conversation_metadata",
        "not of type",
    ),
    ("correlation_id length", {"correlation_id": "c" * 129}, "correlation_id", "too long"),
    ("ttl under 3s", {"ttl": "2s"}, "ttl", "does not match"),
    ("ttl over 315576000000s", {"ttl": "315576000001s"}, "ttl", "does not match"),
    ("ttl form", {"ttl": "10"}, "ttl", "does not match"),
    ("callback_url form", {"callback_url": "ftp://host/x"}, "callback_url", "does not match"),
    (
        "channel_priority_order CHANNEL_UNSPECIFIED",
        {"channel_priority_order": ["CHANNEL_UNSPECIFIED"]},
        "channel_priority_order.0",
        "should not be valid",
    ),
    (
        "channel_priority_order not configured",
        {"channel_priority_order": ["TELEGRAM"]},
        "channel_priority_order",
        "not configured",
    ),
    ("queue enum", {"queue": "FAST"}, "queue", "is not one of"),
    (
        "processing_strategy enum",
        {"processing_strategy": "SOMETIMES"},
        "processing_strategy",
        "is not one of",
    ),
    (
        "message_content_type enum",
        {"message_content_type": "SPAM"},
        "message_content_type",
        "is not one of",
    ),
    (
        "update strategy in DISPATCH_ONLY",
        {
            "processing_strategy": "DISPATCH_ONLY",
            "conversation_metadata_update_strategy": "MERGE_PATCH",
        },
        "conversation_metadata_update_strategy",
        "only supported in CONVERSATION",
    ),
]


def refused(response: Any, field: str, words: str) -> None:
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT"
    assert words in error["message"], error["message"]
    violations = [v for d in error["details"] for v in d.get("field_violations", [])]
    assert [v["field"] for v in violations] == [field], error


def stored(api: Api, app_id: str) -> dict[str, int]:
    """What the project holds that a send could have created."""
    return {
        "contacts": len(api.ok("get", "/contacts", params={"page_size": 100})["contacts"]),
        "conversations": len(
            api.ok("get", "/conversations", params={"app_id": app_id})["conversations"]
        ),
        "messages": len(api.ok("get", "/messages", params={"app_id": app_id})["messages"]),
        "dispatch messages": len(
            api.ok(
                "get", "/messages", params={"app_id": app_id, "messages_source": "DISPATCH_SOURCE"}
            )["messages"]
        ),
    }


@pytest.mark.parametrize(
    ("rule", "change", "field", "words"), SEND_VIOLATIONS, ids=[v[0] for v in SEND_VIOLATIONS]
)
def test_send_violation_is_refused_and_nothing_is_stored(
    api: Api, rule: str, change: dict, field: str, words: str
):
    app = api.create_app("CONVERSATION")
    before = stored(api, app["id"])
    identity = f"+4670{abs(hash(rule)) % 10**7:07d}"
    refused(api.post("/messages:send", json=body(app["id"], identity) | change), field, words)
    assert stored(api, app["id"]) == before
    # the same send without the violation goes through (the test can fail)
    assert api.post("/messages:send", json=body(app["id"], identity)).status_code == 200
    assert stored(api, app["id"])["messages"] == before["messages"] + 1


def test_update_strategy_on_a_dispatch_app_is_refused(api: Api):
    app = api.create_app("DISPATCH")
    before = stored(api, app["id"])
    send = body(app["id"], "+46700000901", conversation_metadata_update_strategy="REPLACE")
    refused(
        api.post("/messages:send", json=send),
        "conversation_metadata_update_strategy",
        "only supported in CONVERSATION",
    )
    assert stored(api, app["id"]) == before
    del send["conversation_metadata_update_strategy"]
    assert api.post("/messages:send", json=send).status_code == 200


def test_dispatch_mode_requires_identified_by(api: Api):
    app = api.create_app("DISPATCH")
    contact = api.create_contact("+46700000902")
    before = stored(api, app["id"])
    send = {
        "app_id": app["id"],
        "recipient": {"contact_id": contact["id"]},
        "message": {"text_message": {"text": "hi"}},
    }
    refused(api.post("/messages:send", json=send), "recipient.identified_by", "identified_by")
    assert stored(api, app["id"]) == before


def test_required_send_fields(api: Api):
    app = api.create_app("CONVERSATION")
    before = stored(api, app["id"])
    for name in ("app_id", "recipient", "message"):
        send = body(app["id"], "+46700000903")
        del send[name]
        response = api.post("/messages:send", json=send)
        assert response.status_code == 400 and name in response.json()["error"]["message"]
    assert stored(api, app["id"]) == before


#: (rule, query, field, words) for the message list
LIST_VIOLATIONS = [
    (
        "only_recipient_originated with CONVERSATION_SOURCE",
        {"only_recipient_originated": "true"},
        "only_recipient_originated",
        "DISPATCH_SOURCE",
    ),
    (
        "start_time before end_time",
        {"start_time": "2024-02-01T00:00:00Z", "end_time": "2024-01-01T00:00:00Z"},
        "start_time",
        "before end_time",
    ),
    ("messages_source enum", {"messages_source": "ELSEWHERE"}, "messages_source", "is not one of"),
    ("view enum", {"view": "ALL"}, "view", "is not one of"),
    ("channel enum", {"channel": "PIGEON"}, "channel", "is not one of"),
    ("app_id ULID", {"app_id": "my-app"}, "app_id", "does not match"),
]


@pytest.mark.parametrize(
    ("rule", "query", "field", "words"), LIST_VIOLATIONS, ids=[v[0] for v in LIST_VIOLATIONS]
)
def test_list_violation_is_refused(api: Api, rule: str, query: dict, field: str, words: str):
    refused(api.get("/messages", params=query), field, words)


def test_only_recipient_originated_is_served_with_dispatch_source(api: Api):
    query = {"only_recipient_originated": "true", "messages_source": "DISPATCH_SOURCE"}
    assert api.get("/messages", params=query).status_code == 200


def test_unknown_app_and_app_of_another_region_are_404(api: Api, make_api):
    app = api.create_app("CONVERSATION")
    assert api.post("/messages:send", json=body(ULID, "+46700000904")).status_code == 404
    eu = make_api("eu")
    answer = eu.post("/messages:send", json=body(app["id"], "+46700000904"))
    assert answer.status_code == 404 and answer.json()["error"]["status"] == "NOT_FOUND"
    assert eu.ok("get", "/contacts")["contacts"] == [] or all(
        c["channel_identities"][0]["identity"] != "+46700000904"
        for c in eu.ok("get", "/contacts")["contacts"]
    )


def test_fetch_last_message_takes_one_list(api: Api):
    for wrong in ({}, {"channel_identities": ["1"], "contact_ids": [ULID]}, {"contact_ids": []}):
        answer = api.post("/messages:fetch-last-message", json=wrong)
        refused(answer, "body", "exactly one of channel_identities, contact_ids")


def test_page_sizes_have_their_documented_bounds(api: Api):
    app = api.create_app("CONVERSATION")
    refused(api.get("/contacts", params={"page_size": -1}), "page_size", "less than the minimum")
    refused(api.get("/events", params={"page_size": 21}), "page_size", "greater than the maximum")
    refused(
        api.get(f"/apps/{app['id']}/consents/OPT_OUT_ALL", params={"page_size": 51}),
        "page_size",
        "greater than the maximum",
    )


def test_consent_list_type_is_checked(api: Api):
    app = api.create_app("CONVERSATION")
    refused(api.get(f"/apps/{app['id']}/consents/AAA"), "list_type", "is not one of")


def test_webhook_rules(api: Api):
    app = api.create_app("CONVERSATION")
    hook = {"app_id": app["id"], "target": "https://hooks.test/x", "triggers": ["MESSAGE_DELIVERY"]}
    refused(api.post("/webhooks", json=hook | {"target": ""}), "target", "")
    refused(
        api.post("/webhooks", json=hook | {"triggers": ["UNSPECIFIED_TRIGGER"]}),
        "triggers.0",
        "should not be valid",
    )
    assert api.ok("get", f"/apps/{app['id']}/webhooks")["webhooks"] == []
