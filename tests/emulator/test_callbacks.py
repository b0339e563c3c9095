"""Signed callbacks reach a local receiver: deliveries, inbound messages, capability, opt-ins."""

from __future__ import annotations

import base64
import hashlib
import hmac

import jsonschema

from .conftest import SPEC, Api, Receiver, wait_for

CALLBACK = SPEC.component_schema("CallbackEvent", request=False)


def expected_signature(secret: str, entry: dict) -> str:
    h = entry["headers"]
    signed = (
        entry["raw"]
        + b"."
        + h["x-sinch-webhook-signature-nonce"].encode()
        + b"."
        + h["x-sinch-webhook-signature-timestamp"].encode()
    )
    return base64.b64encode(hmac.new(secret.encode(), signed, hashlib.sha256).digest()).decode()


def check_shape(body: dict) -> None:
    """Every callback body fits the spec's CallbackEvent (spec/overlays/06-callbacks.yaml)."""
    jsonschema.Draft4Validator(CALLBACK).validate(body)


def hook(api: Api, app_id: str, receiver: Receiver, triggers: list[str], secret="s3cret"):
    return api.ok(
        "post",
        "/webhooks",
        json={"app_id": app_id, "target": receiver.url, "triggers": triggers, "secret": secret},
    )


def test_signed_delivery_callbacks_in_order(api: Api, receiver: Receiver):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["MESSAGE_DELIVERY"])
    sent = api.send(app["id"], identity="+46900", message_metadata="m", correlation_id="c-1")

    def report(status):
        return receiver.wait(
            lambda e: (
                e["body"].get("message_delivery_report", {}).get("status") == status
                and e["body"]["message_delivery_report"]["message_id"] == sent["message_id"]
            )
        )

    queued, delivered = report("QUEUED_ON_CHANNEL"), report("DELIVERED")
    assert receiver.received.index(queued) < receiver.received.index(delivered)
    for entry in (queued, delivered):
        h = entry["headers"]
        assert h["x-sinch-webhook-signature-algorithm"] == "HmacSHA256"
        assert h["x-sinch-webhook-signature"] == expected_signature("s3cret", entry)
        body = entry["body"]
        check_shape(body)
        assert body["app_id"] == app["id"] and body["project_id"] == api.emu.project_id
        assert body["message_metadata"] == "m" and body["correlation_id"] == "c-1"
        assert {"accepted_time", "event_time"} <= set(body)
        rep = body["message_delivery_report"]
        assert rep["processing_mode"] == "CONVERSATION"
        assert rep["conversation_id"] and rep["contact_id"]
        assert rep["channel_identity"] == {"channel": "SMS", "identity": "+46900"}
    log = wait_for(
        lambda: (
            [
                e
                for e in api.emu.callbacks(app_id=app["id"], trigger="MESSAGE_DELIVERY")
                if e["delivered"]
            ]
            if len(api.emu.callbacks(app_id=app["id"])) == 2
            and all(e["delivered"] for e in api.emu.callbacks(app_id=app["id"]))
            else None
        )
    )
    assert [e["body"]["message_delivery_report"]["status"] for e in log] == [
        "QUEUED_ON_CHANNEL",
        "DELIVERED",
    ]


def test_failed_deliveries_are_retried(api: Api):
    flaky = Receiver(fail_first=2)
    try:
        app = api.create_app("DISPATCH")
        hook(api, app["id"], flaky, ["MESSAGE_DELIVERY"])
        sent = api.send(app["id"], identity="+46901")
        flaky.wait(
            lambda e: e["body"]["message_delivery_report"]["message_id"] == sent["message_id"]
        )
        entries = wait_for(
            lambda: [e for e in api.emu.callbacks(app_id=app["id"]) if e["delivered"]]
        )
        assert entries[0]["attempts"] == 3
    finally:
        flaky.close()


def test_webhooks_only_get_their_triggers(api: Api, receiver: Receiver):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["MESSAGE_INBOUND"])
    api.send(app["id"], identity="+46902")
    stored = api.emu.inbound(app["id"], "SMS", "+46902", text="reply")
    entry = receiver.wait(lambda e: "message" in e["body"])
    check_shape(entry["body"])
    assert entry["body"]["message"]["id"] == stored["id"]
    assert entry["body"]["message"]["contact_message"] == {"text_message": {"text": "reply"}}
    assert entry["body"]["message"]["direction"] == "TO_APP"
    assert all("message_delivery_report" not in e["body"] for e in receiver.received)
    listed = api.ok("get", "/messages", params={"app_id": app["id"]})["messages"]
    assert listed[0]["id"] == stored["id"] and listed[0]["direction"] == "TO_APP"
    assert listed[0]["conversation_id"] == listed[1]["conversation_id"]


def test_capability_answers_at_once_then_calls_back(api: Api, receiver: Receiver):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["CAPABILITY"])
    contact = api.create_contact("+46903")
    answer = api.ok(
        "post",
        "/capability:query",
        json={"app_id": app["id"], "recipient": {"contact_id": contact["id"]}},
    )
    assert answer["request_id"] and answer["app_id"] == app["id"]
    entry = receiver.wait(lambda e: "capability_notification" in e["body"])
    note = entry["body"]["capability_notification"]
    assert note["request_id"] == answer["request_id"] and note["contact_id"] == contact["id"]
    check_shape(entry["body"])


def test_opt_in_and_opt_out_call_back(api: Api, receiver: Receiver):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["OPT_IN", "OPT_OUT"])
    recipient = {
        "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "+46904"}]}
    }
    opt_in = api.ok(
        "post",
        "/optins:register",
        json={"app_id": app["id"], "channels": ["SMS"], "recipient": recipient},
    )
    assert opt_in["opt_in"]["app_id"] == app["id"]
    opt_out = api.ok(
        "post",
        "/optouts:register",
        params={"request_id": "r-1"},
        json={"app_id": app["id"], "channels": ["SMS"], "recipient": recipient},
    )
    assert opt_out["request_id"] == "r-1"
    receiver.wait(
        lambda e: e["body"].get("opt_in_notification", {}).get("status") == "OPT_IN_SUCCEEDED"
    )
    out = receiver.wait(lambda e: "opt_out_notification" in e["body"])
    assert out["body"]["opt_out_notification"]["identity"] == "+46904"


def test_events_send_delivers_receipts(api: Api, receiver: Receiver):
    app = api.create_app("DISPATCH")
    hook(api, app["id"], receiver, ["EVENT_DELIVERY"])
    answer = api.ok(
        "post",
        "/events:send",
        json={
            "app_id": app["id"],
            "event": {"composing_event": {}},
            "recipient": {
                "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "+46905"}]}
            },
        },
    )
    receiver.wait(
        lambda e: e["body"].get("event_delivery_report", {}).get("event_id") == answer["event_id"]
    )


def test_contact_events_reach_every_app(api: Api, receiver: Receiver):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["CONTACT_CREATE", "CONVERSATION_START"])
    api.send(app["id"], identity="+46906")
    receiver.wait(
        lambda e: (
            e["body"]
            .get("contact_create_notification", {})
            .get("contact", {})
            .get("channel_identities", [{}])[0]
            .get("identity")
            == "+46906"
        )
    )
    receiver.wait(lambda e: "conversation_start_notification" in e["body"])
