"""The console's own endpoints over HTTP: what they show, what they do, what they refuse.

The page itself is driven in a real browser by ``test_console_browser.py``; these tests pin
the JSON it reads and the rules behind its buttons (same inbound path as
``/_emulator/inbound``, receipts, resend, masking, loopback-only, the error envelope).
"""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from sinch_conversation.webhooks import verify_signature
from sinch_emulator.errors import ApiError
from sinch_emulator.testing import run_emulator

from .conftest import Api, wait_for
from .console_support import CHOICES, hook, send

CONSOLE = "/_emulator/console"
SECRET = "console-hook-secret"


@pytest.fixture
def console(emulator) -> Any:
    with httpx.Client(base_url=emulator.url + CONSOLE + "/api/", timeout=10) as client:
        yield client


def envelope(response: httpx.Response, code: int) -> dict:
    assert response.status_code == code, response.text
    err = response.json()["error"]
    assert err["code"] == code and isinstance(err["message"], str) and err["message"]
    return err


def choice_send(api: Api, app_id: str, identity: str) -> str:
    return send(api, app_id, identity, CHOICES)


def test_the_page_and_its_assets_are_served(emulator):
    page = httpx.get(emulator.url + CONSOLE)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "console.js" in page.text
    script = httpx.get(emulator.url + CONSOLE + "/static/console.js")
    assert script.status_code == 200 and "EventSource" in script.text
    missing = httpx.get(emulator.url + CONSOLE + "/static/../__init__.py")
    envelope(missing, 404)


def test_activity_opens_on_what_the_app_just_sent(api, console):
    app = api.create_app()
    sent = api.send(app["id"], identity="+46700001001", text="fresh from the client")
    activity = console.get("overview").json()["activity"]
    newest = activity[0]
    assert newest["id"] == sent["message_id"]
    assert newest["text"] == "fresh from the client" and newest["direction"] == "TO_CONTACT"
    assert newest["app_id"] == app["id"] and newest["channel"] == "SMS"


def test_reply_takes_the_inbound_path_and_signs_the_callback(api, console, receiver):
    app = api.create_app()
    hook(api, app["id"], receiver, SECRET, "MESSAGE_INBOUND")
    answer = console.post(
        "reply",
        json={"app_id": app["id"], "channel": "SMS", "identity": "+46700001002", "text": "hi"},
    )
    assert answer.status_code == 200, answer.text
    stored = answer.json()
    got = receiver.wait(lambda e: "message" in e["body"])
    verify_signature(SECRET, got["raw"], got["headers"])
    assert got["body"]["message"]["id"] == stored["id"]
    assert got["body"]["message"]["contact_message"] == {"text_message": {"text": "hi"}}
    # CONVERSATION mode: the contact and the conversation exist, as for /_emulator/inbound
    contact = api.ok("get", f"/contacts/{stored['contact_id']}")
    assert contact["channel_identities"] == [{"channel": "SMS", "identity": "+46700001002"}]
    detail = console.get("app", params={"app_id": app["id"]}).json()
    assert [c["id"] for c in detail["conversations"]] == [stored["conversation_id"]]


def test_tapping_a_choice_answers_with_its_postback(api, console, receiver):
    app = api.create_app()
    hook(api, app["id"], receiver, SECRET, "MESSAGE_INBOUND")
    message_id = choice_send(api, app["id"], "+46700001003")
    thread = console.get(
        "thread", params={"app_id": app["id"], "channel": "SMS", "identity": "+46700001003"}
    ).json()
    assert [c["label"] for c in thread["messages"][0]["choices"]] == ["Small", "Large"]
    answer = console.post(
        "reply",
        json={
            "app_id": app["id"],
            "channel": "SMS",
            "identity": "+46700001003",
            "choice": {"message_id": message_id, "index": 1},
        },
    )
    assert answer.status_code == 200, answer.text
    got = receiver.wait(lambda e: "message" in e["body"])
    assert got["body"]["message"]["contact_message"] == {
        "choice_response_message": {"message_id": message_id, "postback_data": "size-l"}
    }


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"app_id": "01NOSUCHAPP000000000000000"}, 404, None),
        ({"text": "   "}, 400, "text"),
        ({"text": None, "choice": {"message_id": "MSG", "index": 7}}, 400, "choice.index"),
        ({"text": None, "media": {"url": "ftp://x"}}, 400, "media.url"),
        ({"text": None, "location": {"latitude": 91, "longitude": 0}}, 400, "location.latitude"),
        ({"channel": ""}, 400, "channel"),
        ({"region": "mars"}, 400, "region"),
    ],
)
def test_bad_replies_are_refused_and_nothing_is_stored(api, console, change, code, field):
    app = api.create_app()
    message_id = choice_send(api, app["id"], "+46700001004")
    before = api.ok("get", "/messages", params={"page_size": 1000})["messages"]
    body = {"app_id": app["id"], "channel": "SMS", "identity": "+46700001004", "text": "x"}
    body.update(change)
    if "choice" in body:
        body["choice"] = {**body["choice"], "message_id": message_id}
    body = {k: v for k, v in body.items() if v is not None}
    err = envelope(console.post("reply", json=body), code)
    if field:
        assert err["details"][0]["field_violations"][0]["field"] == field
    after = api.ok("get", "/messages", params={"page_size": 1000})["messages"]
    assert len(after) == len(before)


def test_marking_failed_sends_the_receipt_and_shows_the_status(api, console, receiver):
    app = api.create_app()
    hook(api, app["id"], receiver, SECRET, "MESSAGE_DELIVERY")
    sent = api.send(app["id"], identity="+46700001005")
    receiver.wait(lambda e: e["body"]["message_delivery_report"]["status"] == "DELIVERED")
    answer = console.post("mark", json={"message_id": sent["message_id"], "status": "FAILED"})
    assert answer.status_code == 200 and answer.json()["receipts"] == 1, answer.text
    got = receiver.wait(lambda e: e["body"]["message_delivery_report"]["status"] == "FAILED")
    verify_signature(SECRET, got["raw"], got["headers"])
    report = got["body"]["message_delivery_report"]
    assert report["message_id"] == sent["message_id"]
    assert report["reason"]["code"] == "RECIPIENT_NOT_REACHABLE"

    def shown() -> Any:
        rows = console.get("overview").json()["activity"]
        row = next(r for r in rows if r["id"] == sent["message_id"])
        return row["status"] == "FAILED" and row

    assert wait_for(shown)["reason"] == "RECIPIENT_NOT_REACHABLE"
    err = envelope(
        console.post("mark", json={"message_id": sent["message_id"], "status": "X"}), 400
    )
    assert "status" in err["message"]


def test_callback_log_shows_each_delivery_and_sends_one_again(api, console, receiver):
    app = api.create_app()
    hook(api, app["id"], receiver, SECRET, "MESSAGE_INBOUND")
    console.post(
        "reply",
        json={"app_id": app["id"], "channel": "SMS", "identity": "+46700001006", "text": "again"},
    )
    receiver.wait(lambda e: "message" in e["body"])

    def logged() -> Any:
        rows = console.get("callbacks", params={"app_id": app["id"]}).json()["callbacks"]
        return rows and rows[0]["ok"] and rows[0]

    row = wait_for(logged)
    assert row["trigger"] == "MESSAGE_INBOUND" and row["status_code"] == 200
    assert row["attempts"] == 1 and row["latency_ms"] >= 0 and row["target"] == receiver.url
    assert console.post("resend", json={"id": row["id"]}).status_code == 200
    wait_for(lambda: len(receiver.received) == 2)
    again = receiver.received[1]
    verify_signature(SECRET, again["raw"], again["headers"])
    assert again["body"]["message"] == receiver.received[0]["body"]["message"]
    envelope(console.post("resend", json={"id": 10**9}), 404)


def test_secrets_are_masked(api, console, receiver):
    app = api.create_app(callback_settings={"secret_for_overridden_callback_urls": "s3cret"})
    hook(api, app["id"], receiver, SECRET, "MESSAGE_INBOUND", "MESSAGE_DELIVERY")
    text = console.get("app", params={"app_id": app["id"]}).text
    assert SECRET not in text and "s3cret" not in text and '"t"' not in text
    detail = console.get("app", params={"app_id": app["id"]}).json()
    assert detail["webhooks"][0]["secret"] == "***"
    assert detail["app"]["channel_credentials"][0]["static_bearer"]["token"] == "***"


def test_unknown_endpoints_and_bodies_answer_the_envelope(console):
    envelope(console.get("nothing-here"), 404)
    envelope(
        console.post("reply", content=b"[1]", headers={"content-type": "application/json"}), 400
    )
    envelope(console.post("reply", content=b"{", headers={"content-type": "application/json"}), 400)
    envelope(console.get("overview", params={"limit": "0"}), 400)


def test_cross_origin_posts_are_refused(console):
    response = console.post("mark", json={}, headers={"origin": "http://evil.example"})
    envelope(response, 403)


def test_events_stream_says_when_something_changed(emulator, api):
    app = api.create_app()
    with httpx.stream("GET", emulator.url + CONSOLE + "/api/events", timeout=10) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines()
        changes = 0
        for line in lines:
            if line.startswith("event: change"):
                changes += 1
                if changes == 1:  # the first one arrives at once; now make a change
                    api.send(app["id"], identity="+46700001007")
                else:
                    break
        assert changes == 2


def test_credentials_mode_asks_for_a_project_key():
    with run_emulator(console="credentials") as emu:
        url = emu.url + CONSOLE + "/api/overview"
        err = envelope(httpx.get(url), 401)
        assert "key" in err["message"]
        assert httpx.get(url).headers["www-authenticate"].startswith("Basic")
        good = base64.b64encode(f"{emu.key_id}:{emu.key_secret}".encode()).decode()
        assert httpx.get(url, headers={"authorization": f"Basic {good}"}).status_code == 200
        bad = base64.b64encode(f"{emu.key_id}:wrong".encode()).decode()
        envelope(httpx.get(url, headers={"authorization": f"Basic {bad}"}), 401)


def test_loopback_mode_refuses_other_clients(emulator):
    """The console reads the client address uvicorn reports; a non-loopback one is refused."""
    console = emulator.app.console
    with pytest.raises(ApiError) as caught:
        console._admit({"client": ("192.0.2.7", 5000)}, {})
    assert caught.value.code == 403 and "loopback" in caught.value.message
    console._admit({"client": ("127.0.0.1", 5000)}, {})
    console._admit({"client": ("::1", 5000)}, {})


def test_off_mode_has_no_console():
    with run_emulator(console="off") as emu:
        envelope(httpx.get(emu.url + CONSOLE), 404)
