"""Sending and listing messages: CONVERSATION and DISPATCH processing, filters, paging."""

from __future__ import annotations

import asyncio

import httpx

from .conftest import Api


def test_send_in_conversation_mode_creates_contact_once(api: Api):
    app = api.create_app("CONVERSATION")
    a = api.send(app["id"], identity="+46111")
    b = api.send(app["id"], identity="+46111")
    assert a["message_id"] != b["message_id"] and a["accepted_time"]
    m1 = api.ok("get", f"/messages/{a['message_id']}")
    m2 = api.ok("get", f"/messages/{b['message_id']}")
    assert m1["contact_id"] == m2["contact_id"]
    assert m1["direction"] == "TO_CONTACT"
    assert m1["channel_identity"] == {"channel": "SMS", "identity": "+46111"}
    contact = api.ok("get", f"/contacts/{m1['contact_id']}")
    assert contact["channel_identities"][0]["identity"] == "+46111"


def test_send_to_contact_id_uses_contact_priority(api: Api):
    app = api.create_app("CONVERSATION")
    contact = api.ok(
        "post",
        "/contacts",
        json={
            "channel_identities": [
                {"channel": "SMS", "identity": "+46222"},
                {"channel": "WHATSAPP", "identity": "+46222wa"},
            ],
            "channel_priority": ["WHATSAPP", "SMS"],
        },
    )
    sent = api.ok(
        "post",
        "/messages:send",
        json={
            "app_id": app["id"],
            "recipient": {"contact_id": contact["id"]},
            "message": {"text_message": {"text": "x"}},
        },
    )
    msg = api.ok("get", f"/messages/{sent['message_id']}")
    assert msg["channel_identity"]["channel"] == "WHATSAPP"
    ordered = api.ok(
        "post",
        "/messages:send",
        json={
            "app_id": app["id"],
            "recipient": {"contact_id": contact["id"]},
            "channel_priority_order": ["SMS"],
            "message": {"text_message": {"text": "x"}},
        },
    )
    assert (
        api.ok("get", f"/messages/{ordered['message_id']}")["channel_identity"]["channel"] == "SMS"
    )
    unconfigured = api.post(
        "/messages:send",
        json={
            "app_id": app["id"],
            "recipient": {"contact_id": contact["id"]},
            "channel_priority_order": ["VIBER"],
            "message": {"text_message": {"text": "x"}},
        },
    )
    assert unconfigured.status_code == 400


def test_dispatch_mode_stores_no_contacts_or_conversations(api: Api):
    app = api.create_app("DISPATCH")
    before = len(api.ok("get", "/contacts", params={"page_size": 1000})["contacts"])
    sent = api.send(app["id"], identity="+46333")
    assert len(api.ok("get", "/contacts", params={"page_size": 1000})["contacts"]) == before
    assert api.get(f"/messages/{sent['message_id']}").status_code == 404
    msg = api.ok(
        "get", f"/messages/{sent['message_id']}", params={"messages_source": "DISPATCH_SOURCE"}
    )
    assert "conversation_id" not in msg or not msg["conversation_id"]
    assert msg["processing_mode"] == "DISPATCH"
    convs = api.ok("get", "/conversations", params={"app_id": app["id"], "only_active": "false"})
    assert convs["conversations"] == []
    by_contact = api.post(
        "/messages:send",
        json={
            "app_id": app["id"],
            "recipient": {"contact_id": "01ARZ3NDEKTSV4RRFFQ69G5FAV"},
            "message": {"text_message": {"text": "x"}},
        },
    )
    assert by_contact.status_code == 400


def test_dispatch_only_strategy_overrides_conversation_app(api: Api):
    app = api.create_app("CONVERSATION")
    sent = api.send(app["id"], identity="+46444", processing_strategy="DISPATCH_ONLY")
    listed = api.ok(
        "get", "/messages", params={"app_id": app["id"], "messages_source": "DISPATCH_SOURCE"}
    )
    assert [m["id"] for m in listed["messages"]] == [sent["message_id"]]
    assert api.ok("get", "/messages", params={"app_id": app["id"]})["messages"] == []


def test_list_is_newest_first_with_filters_and_pages(api: Api):
    app = api.create_app("CONVERSATION")
    ids = [api.send(app["id"], identity="+46555", text=str(i))["message_id"] for i in range(5)]
    other = api.send(app["id"], identity="+46556", channel="WHATSAPP")["message_id"]
    listed = api.ok("get", "/messages", params={"app_id": app["id"], "page_size": 100})
    assert [m["id"] for m in listed["messages"]] == [other, *reversed(ids)]
    sms = api.ok("get", "/messages", params={"app_id": app["id"], "channel": "SMS"})
    assert [m["id"] for m in sms["messages"]] == list(reversed(ids))
    by_identity = api.ok(
        "get", "/messages", params={"app_id": app["id"], "channel_identity": "+46556"}
    )
    assert [m["id"] for m in by_identity["messages"]] == [other]
    contact_id = api.ok("get", f"/messages/{ids[0]}")["contact_id"]
    by_contact = api.ok("get", "/messages", params={"contact_id": contact_id, "page_size": 2})
    assert [m["id"] for m in by_contact["messages"]] == [ids[4], ids[3]]
    rest = api.ok(
        "get",
        "/messages",
        params={
            "contact_id": contact_id,
            "page_size": 2,
            "page_token": by_contact["next_page_token"],
        },
    )
    assert [m["id"] for m in rest["messages"]] == [ids[2], ids[1]]
    third = api.ok("get", f"/messages/{ids[2]}")["accept_time"]
    window = api.ok(
        "get", "/messages", params={"app_id": app["id"], "end_time": third, "channel": "SMS"}
    )
    assert [m["id"] for m in window["messages"]] == [ids[1], ids[0]]
    later = api.ok(
        "get", "/messages", params={"app_id": app["id"], "start_time": third, "channel": "SMS"}
    )
    assert [m["id"] for m in later["messages"]] == [ids[4], ids[3], ids[2]]


def test_metadata_view_update_and_delete(api: Api):
    app = api.create_app("CONVERSATION")
    sent = api.send(app["id"], identity="+46666", message_metadata="meta-1")
    mid = sent["message_id"]
    assert api.ok("get", f"/messages/{mid}")["metadata"] == "meta-1"
    plain = api.ok("get", "/messages", params={"app_id": app["id"], "view": "WITHOUT_METADATA"})
    assert "metadata" not in plain["messages"][0]
    assert api.ok("patch", f"/messages/{mid}", json={"metadata": "meta-2"})["metadata"] == "meta-2"
    assert api.ok("get", f"/messages/{mid}")["metadata"] == "meta-2"
    api.ok("delete", f"/messages/{mid}")
    assert api.get(f"/messages/{mid}").status_code == 404


def test_two_thousand_concurrent_sends_are_all_stored(emulator, api: Api):
    app = api.create_app("DISPATCH")
    body = {
        "app_id": app["id"],
        "message": {"text_message": {"text": "bulk"}},
        "recipient": {
            "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "+46777"}]}
        },
    }
    path = f"/v1/projects/{emulator.project_id}/messages:send"

    async def burst() -> list[str]:
        async with httpx.AsyncClient(
            base_url=emulator.base_url(),
            timeout=60,
            auth=(emulator.key_id, emulator.key_secret),
            limits=httpx.Limits(max_connections=64),
        ) as client:
            gate = asyncio.Semaphore(64)  # httpx's pool handles a deep queue slowly

            async def one() -> httpx.Response:
                async with gate:
                    return await client.post(path, json=body)

            responses = await asyncio.gather(*(one() for _ in range(2000)))
        assert {r.status_code for r in responses} == {200}
        return [r.json()["message_id"] for r in responses]

    sent = asyncio.run(burst())
    assert len(set(sent)) == 2000
    listed, token = [], ""
    while True:
        params = {"app_id": app["id"], "messages_source": "DISPATCH_SOURCE", "page_size": 1000}
        if token:
            params["page_token"] = token
        page = api.ok("get", "/messages", params=params)
        listed += [m["id"] for m in page["messages"]]
        token = page["next_page_token"]
        if not token:
            break
    assert len(listed) == len(set(listed)) == 2000
    assert set(listed) == set(sent)
