"""Channel-specific bodies the SDKs send reach the emulator's store unchanged; bad ones get a 400.

The bodies are the fixture test's built instances (tests/fixtures_map/built.json), each taken
from an official SDK's field facts.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import Api

BUILT = Path(__file__).resolve().parents[1] / "fixtures_map" / "built.json"
CHANNEL = {
    "FLOWS": "WHATSAPP",
    "ORDER_DETAILS": "WHATSAPP",
    "ORDER_STATUS": "WHATSAPP",
    "COMMERCE": "KAKAOTALK",
    "CAROUSEL_COMMERCE": "KAKAOTALK",
    "NOTIFICATION_MESSAGE_TEMPLATE": "LINE",
}


def bodies() -> list[dict[str, Any]]:
    entries = json.loads(BUILT.read_text())["instances"]
    return [
        entry
        for entry in entries
        if entry["schema"].endswith("/ChannelSpecificMessage") and not entry["artifacts"]
    ]


def send(api: Api, app_id: str, body: dict[str, Any]) -> Any:
    return api.post(
        "/messages:send",
        json={
            "app_id": app_id,
            "message": {
                "text_message": {"text": "fallback"},
                "channel_specific_message": {CHANNEL[body["message_type"]]: body},
            },
            "recipient": {
                "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "+4670"}]}
            },
        },
    )


@pytest.mark.parametrize("entry", bodies(), ids=lambda entry: entry["id"])
def test_a_channel_specific_body_is_stored_as_sent(api: Api, entry: dict[str, Any]) -> None:
    app = api.create_app("CONVERSATION")
    response = send(api, app["id"], entry["instance"])
    assert response.status_code == 200, response.text
    stored = api.ok("get", f"/messages/{response.json()['message_id']}")
    specific = stored["app_message"]["channel_specific_message"]
    assert specific == {CHANNEL[entry["instance"]["message_type"]]: entry["instance"]}


def order_details() -> dict[str, Any]:
    (entry,) = [e for e in bodies() if e["id"].endswith("ORDER_DETAILS-payment-settings")]
    return copy.deepcopy(entry["instance"])


def commerce() -> dict[str, Any]:
    (entry,) = [e for e in bodies() if e["id"].endswith("COMMERCE-typeless-price")]
    return copy.deepcopy(entry["instance"])


def two_settings() -> dict[str, Any]:
    body = order_details()
    body["message"]["payment"]["payment_settings"]["boleto"] = {"digitable_line": "0019"}
    return body


def rate_over_100() -> dict[str, Any]:
    body = commerce()
    body["message"]["coupon"] = {"type": "PERCENTAGE_DISCOUNT_COUPON", "discount_rate": 101}
    return body


def discounted_without_type_or_rate() -> dict[str, Any]:
    body = commerce()
    body["message"]["commerce"]["discount_price"] = 900  # neither regular nor a discount kind
    return body


@pytest.mark.parametrize(
    ("make", "field"),
    [
        # the body's kinds are a oneOf not tied to message_type, so jsonschema's best match
        # may name a field of another kind's branch: the 400 and the empty store are the check
        (two_settings, "channel_specific_message.WHATSAPP.message"),
        (rate_over_100, "discount_rate"),
        (discounted_without_type_or_rate, "commerce"),
    ],
    ids=["two payment settings", "discount_rate over 100", "price of no kind"],
)
def test_a_bad_channel_specific_body_is_refused_and_not_stored(
    api: Api, make: Any, field: str
) -> None:
    app = api.create_app("CONVERSATION")
    response = send(api, app["id"], make())
    assert response.status_code == 400, response.text
    assert field in response.json()["error"]["message"]
    assert api.ok("get", "/messages", params={"app_id": app["id"]}).get("messages", []) == []


def test_an_injected_contact_message_may_say_reply_to_null(api: Api) -> None:
    app = api.create_app("CONVERSATION")
    contact = api.create_contact()
    conversation = api.ok(
        "post", "/conversations", json={"app_id": app["id"], "contact_id": contact["id"]}
    )
    response = api.post(
        f"/conversations/{conversation['id']}:inject-message",
        json={
            "contact_message": {"text_message": {"text": "hi"}, "reply_to": None},
            "accept_time": "2024-05-01T10:00:00Z",
            "channel_identity": {"channel": "SMS", "identity": "+46700000001"},
            "contact_id": contact["id"],
            "direction": "TO_APP",
        },
    )
    assert response.status_code == 200, response.text
