"""Callback signature verification and parsing."""

import json
import time

import pytest

from sinch_conversation import (
    StaleWebhookError,
    WebhookSignatureError,
    models,
    parse_callback,
    verify_signature,
)
from sinch_conversation.webhooks import compute_signature

SECRET = "webhook-secret"
BODY = json.dumps(
    {
        "app_id": "01APP",
        "project_id": "emulator-project",
        "accepted_time": "2026-01-01T00:00:00Z",
        "message": {
            "id": "01MSG",
            "direction": "TO_APP",
            "contact_message": {"text_message": {"text": "hi"}},
            "channel_identity": {"channel": "SMS", "identity": "46700000000", "app_id": "01APP"},
            "conversation_id": "01CONV",
            "contact_id": "01CONTACT",
            "accept_time": "2026-01-01T00:00:00Z",
        },
    }
).encode()


def signed_headers(body=BODY, secret=SECRET, timestamp=None, nonce="n0nce"):
    timestamp = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "X-Sinch-Webhook-Signature": compute_signature(secret, body, nonce, timestamp),
        "X-Sinch-Webhook-Signature-Nonce": nonce,
        "X-Sinch-Webhook-Signature-Timestamp": timestamp,
        "X-Sinch-Webhook-Signature-Algorithm": "HmacSHA256",
    }


def test_valid_signature():
    assert verify_signature(SECRET, BODY, signed_headers()) is None
    assert verify_signature(SECRET, BODY.decode(), signed_headers()) is None


def test_known_vector():
    # base64(HMAC-SHA256("secret", "body.nonce.1")) computed independently with openssl.
    assert compute_signature("secret", b"body", "nonce", "1") == (
        "iXtT/ITERAr3WZ2R327cboWYUoxVUeglw+ySuGDArxo="
    )


def test_tampered_body():
    headers = signed_headers()
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify_signature(SECRET, BODY.replace(b"hi", b"ho"), headers)


def test_wrong_secret():
    with pytest.raises(WebhookSignatureError):
        verify_signature("other-secret", BODY, signed_headers())


def test_stale_timestamp():
    headers = signed_headers(timestamp=int(time.time()) - 3600)
    with pytest.raises(StaleWebhookError):
        verify_signature(SECRET, BODY, headers, max_age=300)
    # the same callback is accepted when the age check is off
    verify_signature(SECRET, BODY, headers, max_age=None)


def test_future_timestamp_is_stale_too():
    with pytest.raises(StaleWebhookError):
        verify_signature(SECRET, BODY, signed_headers(timestamp=int(time.time()) + 3600))


@pytest.mark.parametrize(
    "missing",
    [
        "X-Sinch-Webhook-Signature",
        "X-Sinch-Webhook-Signature-Nonce",
        "X-Sinch-Webhook-Signature-Timestamp",
    ],
)
def test_missing_header(missing):
    headers = signed_headers()
    del headers[missing]
    with pytest.raises(WebhookSignatureError, match="missing"):
        verify_signature(SECRET, BODY, headers)


def test_unsupported_algorithm_and_malformed_values():
    headers = signed_headers() | {"X-Sinch-Webhook-Signature-Algorithm": "HmacSHA1"}
    with pytest.raises(WebhookSignatureError, match="algorithm"):
        verify_signature(SECRET, BODY, headers)
    with pytest.raises(WebhookSignatureError):
        verify_signature(SECRET, BODY, signed_headers() | {"X-Sinch-Webhook-Signature": "%%%"})
    with pytest.raises(WebhookSignatureError):
        verify_signature(SECRET, BODY, signed_headers(timestamp="yesterday"))


def test_parse_message_callback_is_typed():
    callback = parse_callback(BODY)
    assert callback.kind == "message"
    assert isinstance(callback.payload, models.ConversationMessage)
    assert callback.payload.id == "01MSG"
    assert (callback.app_id, callback.project_id) == ("01APP", "emulator-project")


def test_parse_contact_notification_wraps_model():
    body = {
        "app_id": "A",
        "contact_create_notification": {"contact": {"id": "C1", "display_name": "Ann"}},
    }
    callback = parse_callback(json.dumps(body))
    assert callback.kind == "contact_create_notification"
    assert isinstance(callback.payload, models.ContactNotification)
    assert isinstance(callback.payload.contact, models.Contact)


def test_parse_unknown_callback_stays_dict():
    callback = parse_callback({"app_id": "A", "brand_new_notification": {"x": 1}})
    assert callback.kind == "brand_new_notification" and callback.payload == {"x": 1}


def test_parse_rejects_non_json():
    with pytest.raises(ValueError):
        parse_callback(b"<xml/>")


def test_parse_delivery_report_is_typed_by_the_generated_envelope():
    body = {
        "app_id": "A",
        "accepted_time": "2026-01-01T00:00:00Z",
        "message_delivery_report": {
            "message_id": "M1",
            "status": "DELIVERED",
            "channel_identity": {"channel": "SMS", "identity": "+4670"},
        },
    }
    callback = parse_callback(json.dumps(body))
    assert callback.kind == "message_delivery_report"
    assert isinstance(callback.payload, models.MessageDeliveryReport)
    assert callback.payload.status == models.DeliveryStatus.DELIVERED
    assert callback.payload.channel_identity.identity == "+4670"
