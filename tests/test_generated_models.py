"""What the project's model template adds to the generated models: secrets kept out of
``repr`` and a named error for a missing required field."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
import sinch_conversation_client.models as generated_models

from sinch_conversation import MissingFieldError, models

SECRET_NAMES = {"secret", "token", "password", "client_secret", "api_key", "callback_secret"}


def test_reprs_mask_every_secret_bearing_field() -> None:
    webhook = models.Webhook.from_dict(
        {
            "app_id": "app",
            "id": "hook",
            "target": "https://example.invalid/cb",
            "triggers": ["MESSAGE_DELIVERY"],
            "secret": "whsecret-value",
            "client_credentials": {
                "client_id": "cid",
                "client_secret": "cs-value",
                "endpoint": "https://example.invalid/token",
            },
        }
    )
    app = models.App.from_dict(
        {
            "id": "app",
            "channel_credentials": [
                {
                    "channel": "SMS",
                    "static_bearer": {"claimed_identity": "plan", "token": "bearer-value"},
                    "callback_secret": "cb-value",
                },
                {
                    "channel": "MMS",
                    "mms_credentials": {
                        "account_id": "acc",
                        "api_key": "key-value",
                        "basic_auth": {"username": "u", "password": "pw-value"},
                    },
                },
            ],
        }
    )
    text = repr(webhook) + repr(app)
    for value in ("whsecret-value", "cs-value", "bearer-value", "cb-value", "key-value", "pw"):
        assert value not in text
    assert "secret='***'" in text and "token='***'" in text and "password='***'" in text
    assert "claimed_identity='plan'" in text and "client_id='cid'" in text  # the rest stays
    assert webhook.secret == "whsecret-value"  # masked in repr only
    # an unset field is not shown at all, and the sentinel's own repr is short
    assert repr(models.WebhookUpdateRequest()) == "WebhookUpdateRequest()"
    assert repr(models.UNSET) == "UNSET"


def test_every_field_named_like_a_secret_is_masked() -> None:
    checked = 0
    for name in dir(generated_models):
        cls = getattr(generated_models, name)
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        for field in attrs.fields(cls):
            words = set(field.name.split("_"))
            probe = cls.__new__(cls)
            for other in attrs.fields(cls):
                empty = {} if other.name == "additional_properties" else models.UNSET
                object.__setattr__(probe, other.name, empty)
            object.__setattr__(probe, field.name, "probe-value")
            if field.name in SECRET_NAMES or words & {"secret", "password"}:
                assert "probe-value" not in repr(probe), f"{cls.__name__}.{field.name} shows"
                assert f"{field.name}='***'" in repr(probe)
                checked += 1
            elif field.name in ("next_page_token", "display_name", "id"):
                assert f"{field.name}='probe-value'" in repr(probe)
    assert checked >= 8


def test_a_missing_required_field_names_the_model_and_the_field() -> None:
    with pytest.raises(MissingFieldError) as info:
        models.AppCreateRequest.from_dict({"channel_credentials": []})
    assert str(info.value) == (
        "AppCreateRequest requires the field 'display_name', which the given data lacks"
    )
    assert (info.value.model, info.value.field) == ("AppCreateRequest", "display_name")
    assert isinstance(info.value, KeyError) and isinstance(info.value, ValueError)
    # in a nested model, the nested one is named
    with pytest.raises(MissingFieldError, match=r"^ConversationChannelCredential .* 'channel'"):
        models.AppCreateRequest.from_dict(
            {"display_name": "x", "channel_credentials": [{"static_bearer": {}}]}
        )


def test_a_union_still_falls_through_to_the_member_that_fits() -> None:
    # Recipient is one of two shapes; the first one's missing field must not escape
    request = models.SendMessageRequest.from_dict(
        {
            "app_id": "app",
            "recipient": {"contact_id": "contact"},
            "message": {"text_message": {"text": "hi"}},
        }
    )
    assert request.to_dict()["recipient"] == {"contact_id": "contact"}


def test_the_template_rule_is_in_one_place() -> None:
    templates = Path(__file__).resolve().parents[1] / "spec" / "templates"
    rule_files = [
        p.name for p in templates.rglob("*.jinja") if re.search(r"SECRET_WORDS\s*=", p.read_text())
    ]
    assert rule_files == ["secret_fields.jinja"]


def test_a_list_field_left_out_reads_as_an_empty_list_and_is_not_written_back() -> None:
    page = models.ListContactsResponse.from_dict({"next_page_token": ""})
    assert page.contacts == [] and isinstance(page.contacts, list)
    assert page.to_dict() == {"next_page_token": ""}  # round trip: still left out
    assert repr(page) == "ListContactsResponse(next_page_token='')"
    # an explicit empty list is written, and so are items added to the absent one
    assert models.ListContactsResponse.from_dict({"contacts": []}).to_dict() == {"contacts": []}
    page.contacts.append(models.Contact.from_dict({"id": "c1"}))
    assert page.to_dict()["contacts"] == [{"id": "c1"}]
    assert models.ListContactsResponse(contacts=[]).to_dict() == {"contacts": []}
