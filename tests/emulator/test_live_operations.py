"""The operations the official SDKs call beyond the snapshot, with state and semantics."""

from __future__ import annotations

import itertools
from urllib.parse import quote

import jsonschema

from sinch_emulator.testing import run_emulator

from .conftest import SPEC, Api, Receiver
from .test_callbacks import check_shape, expected_signature, hook

_numbers = itertools.count(100)


def number() -> str:
    """A phone number no other test of the session uses."""
    return f"+4673{next(_numbers):07d}"


# --- update masks and list filters ------------------------------------------------------------


def test_update_mask_comma_separated_as_the_sdks_send_it(api: Api):
    app = api.create_app("CONVERSATION", display_name="before")
    body = {
        "display_name": "after",
        "processing_mode": "DISPATCH",
        "conversation_metadata_report_view": "FULL",
    }
    updated = api.ok(
        "patch",
        f"/apps/{app['id']}",
        json=body,
        params={"update_mask": "display_name,conversation_metadata_report_view"},
    )
    assert updated["display_name"] == "after"
    assert updated["conversation_metadata_report_view"] == "FULL"
    assert updated["processing_mode"] == "CONVERSATION"  # outside the mask
    contact = api.create_contact(number(), email="a@example.com")
    changed = api.ok(
        "patch",
        f"/contacts/{contact['id']}?update_mask=display_name",
        json={"display_name": "Ann", "email": "b@example.com"},
    )
    assert (changed["display_name"], changed["email"]) == ("Ann", "a@example.com")


def test_a_masked_path_the_resource_lacks_adds_no_field(api: Api):
    # a fuzzed mask once named "x.y": the emulator answered with an undocumented "x": {}
    app = api.create_app("CONVERSATION", display_name="before")
    updated = api.ok(
        "patch",
        f"/apps/{app['id']}",
        json={"display_name": "after"},
        params={"update_mask": "display_name,no_such_field.inner"},
    )
    assert "no_such_field" not in updated
    assert "no_such_field" not in api.ok("get", f"/apps/{app['id']}")
    assert updated["display_name"] == "after"


def test_contacts_filter_by_external_id_and_by_channel_identity(api: Api):
    phone = number()
    wanted = api.create_contact(phone, external_id=f"ext-{phone}")
    api.create_contact(number(), external_id="someone-else")
    by_external = api.ok("get", "/contacts", params={"external_id": f"ext-{phone}"})["contacts"]
    assert [c["id"] for c in by_external] == [wanted["id"]]
    by_identity = api.ok("get", "/contacts", params={"channel": "SMS", "identity": phone})
    assert [c["id"] for c in by_identity["contacts"]] == [wanted["id"]]
    assert api.get("/contacts", params={"channel": "SMS"}).status_code == 400


def test_messages_filter_by_direction(api: Api):
    app = api.create_app("CONVERSATION")
    phone = number()
    sent = api.send(app["id"], identity=phone)
    received = api.emu.inbound(app["id"], "SMS", phone, "hi back")
    params = {"app_id": app["id"], "page_size": 50}
    inbound = api.ok("get", "/messages", params={**params, "direction": "TO_APP"})["messages"]
    outbound = api.ok("get", "/messages", params={**params, "direction": "TO_CONTACT"})["messages"]
    assert [m["id"] for m in inbound] == [received["id"]]
    assert [m["id"] for m in outbound] == [sent["message_id"]]
    assert all("contact_message" in m for m in inbound)


def test_conversations_filter_by_active_channel(api: Api):
    app = api.create_app("CONVERSATION")
    api.send(app["id"], identity=number(), channel="WHATSAPP")
    api.send(app["id"], identity=number(), channel="SMS")
    params = {"app_id": app["id"], "only_active": "false"}
    whatsapp = api.ok("get", "/conversations", params={**params, "active_channel": "WHATSAPP"})
    assert [c["active_channel"] for c in whatsapp["conversations"]] == ["WHATSAPP"]


# --- contacts: identity conflicts and channel profiles ------------------------------------------


def test_identity_conflicts_list_two_contacts_holding_one_identity(api: Api):
    phone = number()
    first = api.create_contact(phone)
    second = api.create_contact(phone)
    conflicts = []
    token = None
    while True:
        params = {"page_size": 20, **({"page_token": token} if token else {})}
        page = api.ok("get", "/contacts:identityConflicts", params=params)
        conflicts += page["conflicts"]
        token = page["next_page_token"]
        if not token:
            break
    mine = [c for c in conflicts if c["identity"] == phone]
    assert mine == [
        {"identity": phone, "channels": ["SMS"], "contact_ids": [first["id"], second["id"]]}
    ]


def test_channel_profile_of_a_known_identity(api: Api):
    app = api.create_app(
        "CONVERSATION",
        channel_credentials=[{"channel": "MESSENGER", "static_token": {"token": "t"}}],
    )
    psid = f"psid-{number()}"
    named = api.create_contact(psid, channel="MESSENGER", display_name="Ann Example")
    answer = api.ok(
        "post",
        "/contacts:getChannelProfile",
        json={
            "app_id": app["id"],
            "recipient": {"contact_id": named["id"]},
            "channel": "MESSENGER",
        },
    )
    assert answer == {"profile_name": "Ann Example"}
    unnamed = f"psid-{number()}"
    api.create_contact(unnamed, channel="MESSENGER")
    by_identity = api.ok(
        "post",
        "/contacts:getChannelProfile",
        json={
            "app_id": app["id"],
            "recipient": {
                "identified_by": {
                    "channel_identities": [{"channel": "MESSENGER", "identity": unnamed}]
                }
            },
            "channel": "MESSENGER",
        },
    )
    assert unnamed in by_identity["profile_name"]
    unknown = {"channel_identities": [{"channel": "MESSENGER", "identity": "psid-nobody"}]}
    missing = api.post(
        "/contacts:getChannelProfile",
        json={"app_id": app["id"], "recipient": {"identified_by": unknown}, "channel": "MESSENGER"},
    )
    assert missing.status_code == 404


# --- conversations: recent, last messages --------------------------------------------------------


def test_recent_conversations_carry_their_latest_message_newest_first(api: Api):
    app = api.create_app("CONVERSATION")
    older, newer = number(), number()
    api.send(app["id"], identity=older, text="first")
    api.send(app["id"], identity=newer, text="second")
    latest = api.send(app["id"], identity=older, text="third")
    recent = api.ok("get", "/conversations:recent", params={"app_id": app["id"]})
    items = recent["conversations"]
    assert len(items) == 2 and recent["total_size"] == 2
    assert items[0]["last_message"]["id"] == latest["message_id"]
    assert items[1]["last_message"]["app_message"]["text_message"]["text"] == "second"
    ascending = api.ok("get", "/conversations:recent", params={"app_id": app["id"], "order": "ASC"})
    assert [i["conversation"]["id"] for i in ascending["conversations"]] == [
        i["conversation"]["id"] for i in reversed(items)
    ]
    first = api.ok("get", "/conversations:recent", params={"app_id": app["id"], "page_size": 1})
    assert len(first["conversations"]) == 1 and first["next_page_token"]


def test_fetch_last_message_per_channel_identity(api: Api):
    app = api.create_app("CONVERSATION")
    a, b, other = number(), number(), number()
    api.send(app["id"], identity=a, text="a1")
    last_a = api.send(app["id"], identity=a, text="a2")
    last_b = api.send(app["id"], identity=b, text="b1")
    api.send(app["id"], identity=other, text="not asked for")
    answer = api.ok(
        "post",
        "/messages:fetch-last-message",
        json={"channel_identities": [a, b], "app_id": app["id"]},
    )
    assert [m["id"] for m in answer["messages"]] == [last_b["message_id"], last_a["message_id"]]
    both = {"channel_identities": [a], "contact_ids": ["01HZY0B7JZ8Y5Q3M2N1P0R9S8T"]}
    assert api.post("/messages:fetch-last-message", json=both).status_code == 400


# --- events ----------------------------------------------------------------------------------


def test_sent_events_are_stored_listed_and_deleted(api: Api):
    app = api.create_app("CONVERSATION")
    phone = number()
    recipient = {"identified_by": {"channel_identities": [{"channel": "SMS", "identity": phone}]}}
    ids = [
        api.ok(
            "post",
            "/events:send",
            json={"app_id": app["id"], "recipient": recipient, "event": {"composing_event": {}}},
        )["event_id"]
        for _ in range(3)
    ]
    event = api.ok("get", f"/events/{ids[0]}")
    assert event["direction"] == "TO_CONTACT"
    assert event["app_event"] == {"composing_event": {}}
    assert event["channel_identity"] == {"channel": "SMS", "identity": phone}
    assert event["processing_mode"] == "CONVERSATION" and event["conversation_id"]
    contact_id = event["contact_id"]
    seen, token = [], None
    while True:
        params = {
            "contact_id": contact_id,
            "page_size": 1,
            **({"page_token": token} if token else {}),
        }
        page = api.ok("get", "/events", params=params)
        seen += [e["id"] for e in page["events"]]
        token = page["next_page_token"]
        if not token:
            break
    assert seen == list(reversed(ids))
    api.ok("delete", f"/events/{ids[1]}")
    assert api.get(f"/events/{ids[1]}").status_code == 404
    assert api.get("/events", params={"page_size": 21}).status_code == 400


def test_injected_events_land_in_the_conversation(api: Api):
    app = api.create_app("CONVERSATION")
    phone = number()
    sent = api.send(app["id"], identity=phone)
    conv_id = api.ok("get", f"/messages/{sent['message_id']}")["conversation_id"]
    conv = api.ok("get", f"/conversations/{conv_id}")
    answer = api.ok(
        "post",
        f"/conversations/{conv_id}:inject-event",
        json={
            "app_event": {"composing_event": {}},
            "accept_time": "2024-05-01T10:00:00Z",
            "contact_id": conv["contact_id"],
            "channel_identity": {"channel": "SMS", "identity": phone},
        },
    )
    event = api.ok("get", f"/events/{answer['event_id']}")
    assert event["conversation_id"] == conv_id
    assert event["accept_time"].startswith("2024-05-01T10:00:00")
    listed = api.ok("get", "/events", params={"conversation_id": conv_id})["events"]
    assert answer["event_id"] in [e["id"] for e in listed]


# --- project settings --------------------------------------------------------------------------


def test_project_settings_lifecycle(emulator, make_api):
    api = make_api("br")
    api.delete("/settings")  # whatever an earlier test left
    assert api.get("/settings").status_code == 404
    body = {"contact_settings": {"unified_contact_id_enabled": True}}
    created = api.ok("post", "/settings", json=body)
    assert created == {"project_id": emulator.project_id, "settings": body}
    again = api.post("/settings", json=body)
    assert again.status_code == 409 and again.json()["error"]["status"] == "ALREADY_EXISTS"
    assert make_api("eu").get("/settings").status_code == 404  # per region
    off = {"contact_settings": {"unified_contact_id_enabled": False}}
    assert api.ok("patch", "/settings", json=off)["settings"] == off
    assert api.ok("get", "/settings")["settings"] == off
    api.ok("delete", "/settings")
    assert api.get("/settings").status_code == 404


# --- consents ----------------------------------------------------------------------------------


def _list(api: Api, app_id: str, list_type: str = "OPT_OUT_ALL") -> list[str]:
    page = api.ok("get", f"/apps/{app_id}/consents/{list_type}", params={"page_size": 50})
    return [i["identity"] for i in page["identities"]]


def test_inbound_stop_keyword_opts_out_with_an_audit_record(api: Api):
    app = api.create_app("CONVERSATION")
    phone = number()
    api.emu.inbound(app["id"], "SMS", phone, " stop ")
    assert _list(api, app["id"]) == [phone]
    assert _list(api, app["id"], "OPT_OUT_MARKETING") == []
    audit = api.ok("get", f"/apps/{app['id']}/consents/identities/{phone}")
    assert audit["identity"] == {"identity": phone}
    (record,) = audit["audit_records"]
    assert record["origin"] == "ORIGIN_MO" and record["operation"] == "OPERATION_INSERT"
    assert (record["list_type"], record["app_id"]) == ("OPT_OUT_ALL", app["id"])
    api.emu.inbound(app["id"], "SMS", phone, "START")
    assert _list(api, app["id"]) == []
    records = api.ok("get", f"/apps/{app['id']}/consents/identities/{phone}")["audit_records"]
    assert [r["operation"] for r in records] == ["OPERATION_INSERT", "OPERATION_DELETE"]
    api.emu.inbound(app["id"], "SMS", phone, "please stop by tomorrow")
    assert _list(api, app["id"]) == []


def test_opt_out_and_opt_in_registrations_feed_the_list(api: Api):
    app = api.create_app("CONVERSATION")
    phone = number()
    recipient = {"identified_by": {"channel_identities": [{"channel": "SMS", "identity": phone}]}}
    body = {"app_id": app["id"], "channels": ["SMS"], "recipient": recipient}
    api.ok("post", "/optouts:register", json=body)
    assert _list(api, app["id"]) == [phone]
    api.ok("post", "/optins:register", json=body)
    assert _list(api, app["id"]) == []
    records = api.ok("get", f"/apps/{app['id']}/consents/identities/{phone}")["audit_records"]
    assert [(r["origin"], r["operation"]) for r in records] == [
        ("ORIGIN_API", "OPERATION_INSERT"),
        ("ORIGIN_API", "OPERATION_DELETE"),
    ]


# --- templates -----------------------------------------------------------------------------------


def test_templates_v1_lifecycle_on_the_region_prefixed_host(emulator, make_api):
    api = make_api("eu")
    base = f"v1/projects/{emulator.project_id}/templates"
    body = {
        "description": "greeting",
        "channel": "CONVERSATION",
        "default_translation": "en-US",
        "translations": [
            {
                "language_code": "en-US",
                "content": '{"text_message":{"text":"Hi ${name}"}}',
                "variables": [{"key": "name", "preview_value": "Ann"}],
            }
        ],
    }
    created = api.ok("post", base, json=body)
    template_id = created["id"]
    assert created["translations"][0]["variables"] == body["translations"][0]["variables"]
    assert created["create_time"] and created["translations"][0]["version"]
    assert template_id in [t["id"] for t in api.ok("get", base)["templates"]]
    assert make_api("us").get(f"{base}/{template_id}").status_code == 404  # per region
    updated = api.ok(
        "patch",
        f"{base}/{template_id}",
        params={"update_mask": "description"},
        json={"description": "welcome", "channel": "SMS"},
    )
    assert (updated["description"], updated["channel"]) == ("welcome", "CONVERSATION")
    named = api.ok("post", base, json={"id": "my-template", "description": "chosen id"})
    assert api.ok("get", f"{base}/my-template") == named
    for ident in (template_id, "my-template"):
        api.ok("delete", f"{base}/{ident}")
        assert api.get(f"{base}/{ident}").status_code == 404


def test_templates_v2_versions_and_translations(emulator, make_api):
    api = make_api("us")
    base = f"v2/projects/{emulator.project_id}/templates"
    first = {
        "default_translation": "en-US",
        "translations": [
            {"language_code": "en-US", "text_message": {"text": "Hello"}},
            {"language_code": "sv-SE", "text_message": {"text": "Hej"}},
        ],
    }
    created = api.ok("post", base, json=first)
    ident = created["id"]
    assert created["version"] == 1
    assert {t["version"] for t in created["translations"]} == {"1"}
    second = {
        "version": 1,
        "default_translation": "en-US",
        "translations": [{"language_code": "en-US", "text_message": {"text": "Hello again"}}],
    }
    replaced = api.ok("put", f"{base}/{ident}", json=second)
    assert replaced["version"] == 2 and len(replaced["translations"]) == 1
    assert api.put(f"{base}/{ident}", json=second).status_code == 409  # stale version
    current = api.ok("get", f"{base}/{ident}/translations")["translations"]
    assert [t["text_message"]["text"] for t in current] == ["Hello again"]
    old = api.ok(
        "get",
        f"{base}/{ident}/translations",
        params={"translation_version": "1", "language_code": "sv-SE"},
    )["translations"]
    assert [t["text_message"]["text"] for t in old] == ["Hej"]
    assert ident in [t["id"] for t in api.ok("get", base)["templates"]]
    api.ok("delete", f"{base}/{ident}")
    assert api.get(f"{base}/{ident}").status_code == 404


def test_a_template_id_holding_slash_colon_or_percent_is_one_path_value(emulator, make_api):
    """A client-chosen id is one path segment however it is escaped (RFC 3986 3.3): an id with
    "/" is sent as %2F, and "%" or ":" stay part of the value (a contract run's finding: the
    id "\b/..." was created, then its GET answered 404)."""
    api = make_api("us")
    base = f"v2/projects/{emulator.project_id}/templates"
    body = {"translations": [{"language_code": "en-US", "text_message": {"text": "Hi"}}]}
    for ident in ["a/b", "a:b", "50%2Foff", "ü/ö x"]:
        created = api.ok("post", base, json={"id": ident, **body})
        assert created["id"] == ident
        escaped = quote(ident, safe="")
        assert api.ok("get", f"{base}/{escaped}")["id"] == ident
        assert api.ok("get", f"{base}/{escaped}/translations")["translations"]
        api.ok("delete", f"{base}/{escaped}")
        assert api.get(f"{base}/{escaped}").status_code == 404
    assert api.get(f"{base}/a/b").status_code == 404  # an unescaped "/" is two segments


# --- persistence ---------------------------------------------------------------------------------


def test_new_resources_survive_a_restart_per_region(tmp_path):
    db = str(tmp_path / "emulator.sqlite")
    with run_emulator(rate_limit=None, db=db) as emu:
        api = Api(emu, "eu")
        app = api.create_app("CONVERSATION")
        phone = number()
        recipient = {
            "identified_by": {"channel_identities": [{"channel": "SMS", "identity": phone}]}
        }
        event_id = api.ok(
            "post",
            "/events:send",
            json={"app_id": app["id"], "recipient": recipient, "event": {"composing_event": {}}},
        )["event_id"]
        api.ok("post", "/settings", json={"contact_settings": {"unified_contact_id_enabled": True}})
        emu.inbound(app["id"], "SMS", phone, "STOP", region="eu")
        template = api.ok(
            "post", f"v2/projects/{emu.project_id}/templates", json={"translations": []}
        )
        api.close()
    with run_emulator(rate_limit=None, db=db) as emu:
        api = Api(emu, "eu")
        assert api.ok("get", f"/events/{event_id}")["id"] == event_id
        assert api.ok("get", "/settings")["project_id"] == emu.project_id
        assert _list(api, app["id"]) == [phone]
        got = api.ok("get", f"v2/projects/{emu.project_id}/templates/{template['id']}")
        assert got == template
        us = Api(emu, "us")
        assert us.get(f"/events/{event_id}").status_code == 404
        assert us.get("/settings").status_code == 404
        api.close()
        us.close()


# --- callbacks of the new resources ---------------------------------------------------------


def _valid(schema_name: str, value: object) -> None:
    jsonschema.Draft4Validator(SPEC.component_schema(schema_name, request=False)).validate(value)


def test_inbound_contact_event_is_stored_and_called_back(api: Api, receiver: Receiver):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["EVENT_INBOUND"])
    phone = number()
    stored = api.emu.inbound(app["id"], "SMS", phone, contact_event={"composing_event": {}})
    entry = receiver.wait(lambda e: e["body"].get("event", {}).get("id") == stored["id"])
    assert entry["headers"]["x-sinch-webhook-signature"] == expected_signature("s3cret", entry)
    check_shape(entry["body"])
    _valid("ConversationEvent", entry["body"]["event"])
    event = api.ok("get", f"/events/{stored['id']}")
    assert event["direction"] == "TO_APP"
    assert event["contact_event"] == {"composing_event": {}}
    assert event["conversation_id"] and event["contact_id"]


def test_message_submit_notification(api: Api, receiver: Receiver):
    app = api.create_app("CONVERSATION")
    hook(api, app["id"], receiver, ["MESSAGE_SUBMIT"])
    sent = api.send(app["id"], identity=number(), text="submitted", correlation_id="c-1")
    entry = receiver.wait(
        lambda e: (
            e["body"].get("message_submit_notification", {}).get("message_id") == sent["message_id"]
        )
    )
    check_shape(entry["body"])
    note = entry["body"]["message_submit_notification"]
    _valid("AppMessage", note["submitted_message"])
    _valid("ChannelIdentity", note["channel_identity"])
    assert note["submitted_message"]["text_message"]["text"] == "submitted"
    assert note["conversation_id"] and note["contact_id"]
    assert entry["body"]["correlation_id"] == "c-1"


# --- how the official SDKs write requests ---------------------------------------------------------


def test_explicit_nulls_read_as_unset_where_an_sdk_sends_them(api: Api):
    app = api.create_app("CONVERSATION")
    phone = number()
    sent = api.send(app["id"], identity=phone)
    body = {
        "channel_identities": [phone],
        "contact_ids": None,
        "app_id": app["id"],
        "view": None,
        "page_size": None,
        "direction": None,
    }
    answer = api.ok("post", "/messages:fetch-last-message", json=body)
    assert [m["id"] for m in answer["messages"]] == [sent["message_id"]]


def test_a_plus_in_a_query_value_is_a_plus(api: Api):
    phone = number()
    contact = api.create_contact(phone)
    url = f"/contacts?channel=SMS&identity={phone}"  # the plus not percent-encoded
    answer = api.get(url)
    assert answer.request.url.query.decode().endswith(phone)  # sent with the literal '+'
    assert [c["id"] for c in answer.json()["contacts"]] == [contact["id"]]


def test_one_number_on_two_sim_channels_of_two_contacts_is_a_conflict(api: Api):
    phone = number()
    first = api.create_contact(phone, channel="SMS")
    second = api.create_contact(phone, channel="MMS")
    api.create_contact(f"psid{phone}", channel="MESSENGER")
    conflicts = api.ok("get", "/contacts:identityConflicts", params={"page_size": 20})
    pages = [conflicts]
    while pages[-1]["next_page_token"]:
        params = {"page_size": 20, "page_token": pages[-1]["next_page_token"]}
        pages.append(api.ok("get", "/contacts:identityConflicts", params=params))
    mine = [c for p in pages for c in p["conflicts"] if c["identity"] == phone]
    assert mine == [
        {"identity": phone, "channels": ["SMS", "MMS"], "contact_ids": [first["id"], second["id"]]}
    ]


def test_nulls_elsewhere_still_break_the_schema(api: Api):
    answer = api.post("/contacts", json={"channel_identities": [], "language": None})
    assert answer.status_code == 400
    assert "language" in answer.json()["error"]["message"]


def test_faults_and_rate_limits_reach_the_template_host():
    with run_emulator(rate_limit=2, faults={"rate_503": 1.0, "seed": 1}) as emu:
        api = Api(emu, "eu")
        faulted = api.get(f"v2/projects/{emu.project_id}/templates")
        assert faulted.status_code == 503 and faulted.headers["retry-after"]
        api.close()
    with run_emulator(rate_limit=1) as emu:
        api = Api(emu, "eu")
        codes = [api.get(f"v2/projects/{emu.project_id}/templates").status_code for _ in range(5)]
        assert 429 in codes and codes[0] == 200
        injected = api.get(
            f"v1/projects/{emu.project_id}/templates", headers={"X-Emulator-Fault": "status=500"}
        )
        assert injected.status_code == 500
        api.close()
