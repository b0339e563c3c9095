"""Apps, contacts (merge, paging), conversations (stop, metadata), webhooks (limit of five)."""

from __future__ import annotations

from .conftest import Api


def test_app_crud_and_defaults(api: Api):
    app = api.ok("post", "/apps", json={"display_name": "a", "channel_credentials": []})
    assert app["processing_mode"] == "DISPATCH"
    assert app["retention_policy"]["retention_type"] == "MESSAGE_EXPIRE_POLICY"
    got = api.ok("get", f"/apps/{app['id']}")
    assert got == app
    updated = api.ok(
        "patch",
        f"/apps/{app['id']}",
        json={"display_name": "b", "processing_mode": "CONVERSATION"},
        params={"update_mask.paths": ["display_name"]},
    )
    assert updated["display_name"] == "b"
    assert updated["processing_mode"] == "DISPATCH"  # not in the mask
    assert app["id"] in {a["id"] for a in api.ok("get", "/apps")["apps"]}
    api.ok("delete", f"/apps/{app['id']}")
    assert api.get(f"/apps/{app['id']}").status_code == 404


def test_contact_crud(api: Api):
    contact = api.create_contact("+15550001", channel_priority=["SMS"], email="a@example.com")
    assert contact["display_name"] == "Unknown"
    got = api.ok("get", f"/contacts/{contact['id']}")
    assert got["channel_identities"] == [{"channel": "SMS", "identity": "+15550001"}]
    updated = api.ok("patch", f"/contacts/{contact['id']}", json={"display_name": "Ann"})
    assert updated["display_name"] == "Ann" and updated["email"] == "a@example.com"
    api.ok("delete", f"/contacts/{contact['id']}")
    assert api.get(f"/contacts/{contact['id']}").status_code == 404


def test_contact_paging_visits_each_contact_once(emulator, make_api):
    api = make_api("br")
    emulator.reset("br")
    made = {api.create_contact(f"+1555{i:04d}")["id"] for i in range(7)}
    seen, token, pages = [], "", 0
    while True:
        params = {"page_size": 3, **({"page_token": token} if token else {})}
        body = api.ok("get", "/contacts", params=params)
        seen += [c["id"] for c in body["contacts"]]
        pages += 1
        token = body["next_page_token"]
        if not token:
            break
    assert pages == 3
    assert len(seen) == len(set(seen)) == 7
    assert set(seen) == made


def test_merge_moves_identities_and_conversations(api: Api):
    app = api.create_app()
    dest = api.create_contact("+15551111", channel="SMS", channel_priority=["SMS"])
    source = api.ok(
        "post",
        "/contacts",
        json={
            "channel_identities": [
                {"channel": "SMS", "identity": "+15552222"},
                {"channel": "WHATSAPP", "identity": "+15552222"},
            ],
            "email": "src@example.com",
        },
    )
    sent = api.send(app["id"], identity="+15552222")
    merged = api.ok("post", f"/contacts/{dest['id']}:merge", json={"source_id": source["id"]})
    channels = [(i["channel"], i["identity"]) for i in merged["channel_identities"]]
    assert channels == [("SMS", "+15551111"), ("WHATSAPP", "+15552222")]
    assert merged["channel_priority"] == ["SMS", "WHATSAPP"]
    assert merged["email"] == "src@example.com"
    assert api.get(f"/contacts/{source['id']}").status_code == 404
    message = api.ok("get", f"/messages/{sent['message_id']}")
    assert message["contact_id"] == dest["id"]
    convs = api.ok(
        "get", "/conversations", params={"contact_id": dest["id"], "only_active": "false"}
    )
    assert convs["conversations"] and all(
        c["contact_id"] == dest["id"] for c in convs["conversations"]
    )


def test_conversation_created_on_first_message_and_stopped(api: Api):
    app = api.create_app()
    first = api.send(app["id"], identity="+15553333")
    msg = api.ok("get", f"/messages/{first['message_id']}")
    conv = api.ok("get", f"/conversations/{msg['conversation_id']}")
    assert conv["active"] and conv["app_id"] == app["id"]
    assert conv["active_channel"] == "SMS"
    second = api.send(app["id"], identity="+15553333")
    assert api.ok("get", f"/messages/{second['message_id']}")["conversation_id"] == conv["id"]
    api.ok("post", f"/conversations/{conv['id']}:stop")
    assert api.ok("get", f"/conversations/{conv['id']}")["active"] is False
    third = api.send(app["id"], identity="+15553333")
    new_conv = api.ok("get", f"/messages/{third['message_id']}")["conversation_id"]
    assert new_conv != conv["id"]
    active = api.ok("get", "/conversations", params={"app_id": app["id"], "only_active": "true"})
    assert [c["id"] for c in active["conversations"]] == [new_conv]


def test_conversation_metadata_replace_and_merge_patch(api: Api):
    app = api.create_app()
    sent = api.send(app["id"], identity="+15554444", conversation_metadata={"a": 1, "b": 2})
    conv_id = api.ok("get", f"/messages/{sent['message_id']}")["conversation_id"]
    assert api.ok("get", f"/conversations/{conv_id}")["metadata_json"] == {"a": 1, "b": 2}
    api.send(
        app["id"],
        identity="+15554444",
        conversation_metadata={"b": None, "c": 3},
        conversation_metadata_update_strategy="MERGE_PATCH",
    )
    assert api.ok("get", f"/conversations/{conv_id}")["metadata_json"] == {"a": 1, "c": 3}
    api.send(app["id"], identity="+15554444", conversation_metadata={"z": 0})
    assert api.ok("get", f"/conversations/{conv_id}")["metadata_json"] == {"z": 0}
    patched = api.ok(
        "patch",
        f"/conversations/{conv_id}",
        json={"metadata_json": {"y": 1}},
        params={"metadata_update_strategy": "MERGE_PATCH"},
    )
    assert patched["metadata_json"] == {"z": 0, "y": 1}


def test_create_conversation_and_inject_message(api: Api):
    app = api.create_app()
    contact = api.create_contact("+15555555")
    conv = api.ok("post", "/conversations", json={"app_id": app["id"], "contact_id": contact["id"]})
    api.ok(
        "post",
        f"/conversations/{conv['id']}:inject-message",
        json={
            "contact_id": contact["id"],
            "direction": "TO_APP",
            "accept_time": "2024-01-01T10:00:00Z",
            "channel_identity": {"channel": "SMS", "identity": "+15555555"},
            "contact_message": {"text_message": {"text": "injected"}},
        },
    )
    listed = api.ok("get", "/messages", params={"conversation_id": conv["id"]})["messages"]
    assert len(listed) == 1 and listed[0]["injected"] is True
    assert listed[0]["accept_time"].startswith("2024-01-01T10:00:00")
    api.ok("delete", f"/conversations/{conv['id']}")
    assert api.get(f"/conversations/{conv['id']}").status_code == 404


def test_at_most_five_webhooks_per_app(api: Api):
    app = api.create_app()
    hooks = [
        api.ok(
            "post",
            "/webhooks",
            json={
                "app_id": app["id"],
                "target": f"http://127.0.0.1:9/{i}",
                "triggers": ["MESSAGE_DELIVERY"],
            },
        )
        for i in range(5)
    ]
    sixth = api.post(
        "/webhooks",
        json={
            "app_id": app["id"],
            "target": "http://127.0.0.1:9/6",
            "triggers": ["MESSAGE_DELIVERY"],
        },
    )
    assert sixth.status_code == 400
    listed = api.ok("get", f"/apps/{app['id']}/webhooks")["webhooks"]
    assert {h["id"] for h in listed} == {h["id"] for h in hooks}
    updated = api.ok("patch", f"/webhooks/{hooks[0]['id']}", json={"triggers": ["OPT_IN"]})
    assert updated["triggers"] == ["OPT_IN"]
    api.ok("delete", f"/webhooks/{hooks[0]['id']}")
    api.ok(
        "post",
        "/webhooks",
        json={
            "app_id": app["id"],
            "target": "http://127.0.0.1:9/7",
            "triggers": ["MESSAGE_INBOUND"],
        },
    )


def test_transcoding_is_deterministic(api: Api):
    app = api.create_app()
    body = {
        "app_id": app["id"],
        "app_message": {"text_message": {"text": "hi"}},
        "channels": ["SMS", "WHATSAPP", "RCS"],
    }
    first = api.ok("post", "/messages:transcode", json=body)["transcoded_message"]
    assert first == api.ok("post", "/messages:transcode", json=body)["transcoded_message"]
    assert first["SMS"] == "hi"
    assert set(first) == {"SMS", "WHATSAPP", "RCS"}
