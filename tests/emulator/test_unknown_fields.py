"""Fields a request schema does not describe are accepted (the spec leaves objects open)
but never stored, so no later answer carries them."""

from __future__ import annotations

from .conftest import Api


def test_unknown_fields_are_accepted_and_not_stored(api: Api) -> None:
    created = api.ok(
        "post",
        "/contacts",
        json={
            "display_name": "Ada",
            "nickname": "not in the spec",
            "channel_identities": [
                {"channel": "SMS", "identity": "+46700000101", "carrier": "unknown field"}
            ],
        },
    )
    read = api.ok("get", f"/contacts/{created['id']}")
    for answer in (created, read):
        assert answer["display_name"] == "Ada"
        assert "nickname" not in answer
        assert answer["channel_identities"][0]["identity"] == "+46700000101"
        assert "carrier" not in answer["channel_identities"][0]


def test_free_form_metadata_keeps_every_key(api: Api) -> None:
    app = api.create_app("CONVERSATION")
    sent = api.send(app["id"], identity="+46700000102", text="hi")
    conversation_id = api.ok("get", f"/messages/{sent['message_id']}")["conversation_id"]
    metadata = {"anything": {"goes": [1, 2]}, "here": True}
    api.ok(
        "patch",
        f"/conversations/{conversation_id}",
        json={"metadata_json": metadata},
        params={"update_mask": "metadata_json"},
    )
    stored = api.ok("get", f"/conversations/{conversation_id}")
    assert stored["metadata_json"] == metadata
