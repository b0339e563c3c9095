"""The console driven in a real headless Chromium: live activity, answering as the customer,
receipts, the callback log, bad input, and a screenshot of the thread view.

Set ``CONSOLE_SCREENSHOT=docs/console.png`` to write the README's screenshot from the
thread-view test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sinch_conversation.webhooks import verify_signature
from sinch_emulator.testing import run_emulator

from .conftest import Api, Receiver, wait_for
from .console_support import CHOICES, hook, pixel, read_png, require_chromium, send

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "console"
SECRET = "browser-hook-secret"
TIMEOUT = 10_000  # ms, for every wait on the page


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    path = require_chromium()
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=path, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, emulator) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 860}, device_scale_factor=1)
    context.set_default_timeout(TIMEOUT)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


def open_console(page: Any, emulator: Any, hash_: str = "#/") -> None:
    page.goto(f"{emulator.url}/_emulator/console{hash_}")
    page.wait_for_selector("[data-testid=live].on")  # subscribed to the event stream
    page.wait_for_selector("[data-testid=view][data-ready]")


def thread_hash(emulator: Any, app_id: str, identity: str = "", conversation_id: str = "") -> str:
    params = f"project_id={emulator.project_id}&region=us&app_id={app_id}"
    if conversation_id:
        return f"#/thread?{params}&conversation_id={conversation_id}"
    return f"#/thread?{params}&channel=SMS&identity=%2B{identity.lstrip('+')}"


def test_a_message_the_client_just_sent_appears_without_reload(page, emulator, api):
    app = api.create_app(display_name="live app")
    open_console(page, emulator)
    page.evaluate("window.notReloaded = true")
    message_id = send(api, app["id"], "+46700002001", {"text_message": {"text": "order #1 ok"}})
    row = page.wait_for_selector(f"[data-testid=activity-row][data-message-id='{message_id}']")
    assert "order #1 ok" in row.inner_text() and "live app" in row.inner_text()
    first = page.locator("[data-testid=activity-row]").first
    assert first.get_attribute("data-message-id") == message_id  # newest first
    assert page.evaluate("window.notReloaded") is True


def test_tapping_a_choice_delivers_the_signed_inbound_callback(page, emulator, api, receiver):
    app = api.create_app()
    hook(api, app["id"], receiver, SECRET, "MESSAGE_INBOUND")
    message_id = send(api, app["id"], "+46700002002", CHOICES)
    conversation = api.ok("get", f"/messages/{message_id}")["conversation_id"]
    open_console(page, emulator, thread_hash(emulator, app["id"], conversation_id=conversation))
    page.get_by_role("button", name="Large").click()
    got = receiver.wait(lambda e: "message" in e["body"])
    verify_signature(SECRET, got["raw"], got["headers"])
    assert got["body"]["message"]["contact_message"] == {
        "choice_response_message": {"message_id": message_id, "postback_data": "size-l"}
    }
    bubble = page.wait_for_selector("[data-testid=contact-message]")
    assert "size-l" in bubble.inner_text()


def test_marking_a_message_failed_sends_the_receipt(page, emulator, api, receiver):
    app = api.create_app()
    hook(api, app["id"], receiver, SECRET, "MESSAGE_DELIVERY")
    message_id = send(api, app["id"], "+46700002003", {"text_message": {"text": "your code"}})
    receiver.wait(lambda e: e["body"]["message_delivery_report"]["status"] == "DELIVERED")
    open_console(page, emulator, thread_hash(emulator, app["id"], "+46700002003"))
    bubble = page.locator(f"[data-message-id='{message_id}']")
    bubble.get_by_test_id("mark-FAILED").click()
    got = receiver.wait(lambda e: e["body"]["message_delivery_report"]["status"] == "FAILED")
    verify_signature(SECRET, got["raw"], got["headers"])
    assert got["body"]["message_delivery_report"]["message_id"] == message_id
    page.wait_for_selector(f"[data-message-id='{message_id}'] .badge.FAILED")
    expect(page.get_by_test_id("notice")).to_contain_text("receipt sent to 1 webhook")


def test_callback_log_shows_deliveries_and_sends_one_again(page, emulator, api, receiver):
    app = api.create_app()
    hook(api, app["id"], receiver, SECRET, "MESSAGE_INBOUND")
    emulator.inbound(app["id"], "SMS", "+46700002004", text="log me")
    receiver.wait(lambda e: "message" in e["body"])
    open_console(page, emulator, f"#/callbacks?app_id={app['id']}")
    row = page.locator("[data-testid=callback-row]").first
    assert "MESSAGE_INBOUND" in row.inner_text() and receiver.url in row.inner_text()
    assert row.get_by_test_id("callback-status").inner_text().startswith("200")
    row.get_by_test_id("resend").click()
    wait_for(lambda: len(receiver.received) == 2)
    verify_signature(SECRET, receiver.received[1]["raw"], receiver.received[1]["headers"])
    page.wait_for_selector("text=again #")


def test_a_new_contact_writes_then_shares_a_location_and_media(page, emulator, api, receiver):
    app = api.create_app(display_name="form app")
    hook(api, app["id"], receiver, SECRET, "MESSAGE_INBOUND")
    open_console(
        page, emulator, f"#/app?project_id={emulator.project_id}&region=us&app_id={app['id']}"
    )
    form = page.get_by_test_id("new-contact-form")
    form.get_by_label("identity").fill("+46700002010")
    form.get_by_label("text").fill("first words")
    form.get_by_role("button", name="Send as contact").click()
    page.get_by_test_id("conversation-row").click()  # appears without a reload
    page.wait_for_selector("[data-testid=contact-message] >> text=first words")
    answers = iter(["59.33", "18.07", "https://example.com/photo.jpg"])
    page.on("dialog", lambda dialog: dialog.accept(next(answers)))
    page.get_by_test_id("send-location").click()
    page.wait_for_selector("[data-testid=contact-message] >> text=at 59.33, 18.07")
    page.get_by_test_id("send-media").click()
    page.wait_for_selector("[data-testid=contact-message] >> text=photo.jpg")
    wait_for(lambda: len(receiver.received) == 3)
    kinds = [next(iter(e["body"]["message"]["contact_message"])) for e in receiver.received]
    assert kinds == ["text_message", "location_message", "media_message"]
    for entry in receiver.received:
        verify_signature(SECRET, entry["raw"], entry["headers"])


def test_a_live_redraw_keeps_what_is_typed_in_a_form(page, emulator, api):
    app = api.create_app(display_name="typing app")
    open_console(
        page, emulator, f"#/app?project_id={emulator.project_id}&region=us&app_id={app['id']}"
    )
    form = page.get_by_test_id("new-contact-form")
    form.get_by_label("identity").fill("+46700002020")
    form.get_by_label("text").fill("half a sentence")
    drawn = page.get_by_test_id("view").get_attribute("data-ready")
    api.create_contact("+46700002021")  # the event stream says something changed
    expect(page.get_by_test_id("view")).not_to_have_attribute("data-ready", drawn or "")
    expect(form.get_by_label("identity")).to_have_value("+46700002020")
    expect(form.get_by_label("text")).to_have_value("half a sentence")


def count_messages(api: Api) -> int:
    return len(api.ok("get", "/messages", params={"page_size": 1000})["messages"])


def test_bad_input_gets_a_clear_message_and_stores_nothing(page, emulator, api):
    app = api.create_app()
    message_id = send(api, app["id"], "+46700002005", CHOICES)
    before = count_messages(api)
    open_console(page, emulator, thread_hash(emulator, app["id"], "+46700002005"))
    page.get_by_test_id("send").click()  # an empty text
    expect(page.get_by_test_id("error")).to_contain_text("text is empty")
    # a tap on a choice the message does not have (the page only offers real ones)
    page.evaluate(
        """([app, msg]) => act(call("POST", "reply", null, {app_id: app, channel: "SMS",
            identity: "+46700002005", choice: {message_id: msg, index: 9}}))""",
        [app["id"], message_id],
    )
    expect(page.get_by_test_id("error")).to_contain_text("choice 9 does not exist")
    assert count_messages(api) == before
    # an answer in an app that does not exist
    open_console(page, emulator, thread_hash(emulator, "01NOSUCHAPP0000000000000000", "+4670"))
    expect(page.get_by_test_id("error")).to_contain_text("not found")
    assert count_messages(api) == before


@pytest.fixture
def own_emulator() -> Iterator[Any]:
    """An emulator of the test's own, so the screenshot shows only what the test made."""
    with run_emulator(rate_limit=None) as emu:
        yield emu


def test_thread_view_screenshot(browser, own_emulator, receiver):
    emulator = own_emulator
    api = Api(emulator)
    context = browser.new_context(viewport={"width": 1200, "height": 860}, device_scale_factor=1)
    context.set_default_timeout(TIMEOUT)
    page = context.new_page()
    try:
        thread_screenshot(page, emulator, api, receiver)
    finally:
        context.close()
        api.close()


def thread_screenshot(page: Any, emulator: Any, api: Api, receiver: Receiver) -> None:
    app = api.create_app(display_name="Pizza bot")
    hook(api, app["id"], receiver, SECRET, "MESSAGE_INBOUND", "MESSAGE_DELIVERY")
    who = "+46700002006"
    emulator.inbound(app["id"], "SMS", who, text="Hi! I'd like a pizza")
    sent = [
        send(api, app["id"], who, {"text_message": {"text": "Welcome to Pizza bot!"}}),
        send(api, app["id"], who, CHOICES),
        send(
            api,
            app["id"],
            who,
            {
                "card_message": {
                    "title": "Margherita",
                    "description": "Tomato, mozzarella, basil",
                    "media_message": {"url": "https://example.com/margherita.jpg"},
                    "choices": [{"text_message": {"text": "Order"}, "postback_data": "order"}],
                }
            },
        ),
        send(
            api,
            app["id"],
            who,
            {
                "location_message": {
                    "title": "Pizza bot Södermalm",
                    "coordinates": {"latitude": 59.315, "longitude": 18.071},
                }
            },
        ),
    ]
    receiver.wait(
        lambda e: e["body"].get("message_delivery_report", {}).get("status") == "DELIVERED"
    )
    conversation = api.ok("get", f"/messages/{sent[0]}")["conversation_id"]
    open_console(page, emulator, thread_hash(emulator, app["id"], conversation_id=conversation))
    page.get_by_role("button", name="Large").click()
    page.wait_for_selector("[data-testid=contact-message] >> text=size-l")
    page.locator(f"[data-message-id='{sent[3]}']").get_by_test_id("mark-READ").click()
    page.wait_for_selector(f"[data-message-id='{sent[3]}'] .badge.READ")

    kinds = page.eval_on_selector_all(
        "[data-testid=app-message]", "els => els.map(e => e.dataset.kind)"
    )
    assert kinds == ["text_message", "choice_message", "card_message", "location_message"]
    assert page.locator("[data-testid=contact-message]").count() == 2
    assert page.locator("[data-testid=choice]").all_inner_texts() == ["Small", "Large", "Order"]

    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "thread.png"
    page.screenshot(path=str(shot), full_page=True)
    image = read_png(shot)
    width, height, _ = image
    assert (width, height) >= (1200, 860)
    # the rendered bubbles are where the DOM says, in their colours: the app's white on
    # the left of the phone, the customer's blue on the right
    phone = page.get_by_test_id("thread").bounding_box()
    for selector, colour, side in (
        ("[data-testid=app-message] .bubble", (255, 255, 255), "left"),
        ("[data-testid=contact-message] .bubble", (0x0B, 0x6B, 0xCB), "right"),
    ):
        boxes = [b.bounding_box() for b in page.locator(selector).all()]
        assert boxes
        for box in boxes:
            x, y = int(box["x"]) + 5, int(box["y"] + box["height"] / 2)
            assert pixel(image, x, y) == colour, (selector, box)
            middle = box["x"] + box["width"] / 2
            centre = phone["x"] + phone["width"] / 2
            assert (middle < centre) == (side == "left"), (selector, box, phone)
    badges = [b.bounding_box() for b in page.locator(".badge.READ").all()]
    assert len(badges) == 1
    target = os.environ.get("CONSOLE_SCREENSHOT")
    if target:
        shutil.copyfile(shot, ROOT / target)


EVERY_KIND = [
    ("text_message", {"text_message": {"text": "plain text"}}, "plain text"),
    ("media_message", {"media_message": {"url": "https://example.com/a.png"}}, "a.png"),
    (
        "card_message",
        {"card_message": {"title": "Card title", "description": "card words"}},
        "Card title",
    ),
    (
        "carousel_message",
        {
            "carousel_message": {
                "cards": [{"title": "First card"}, {"title": "Second card"}],
                "choices": [{"text_message": {"text": "More"}, "postback_data": "more"}],
            }
        },
        "Second card",
    ),
    ("choice_message", CHOICES, "Which size?"),
    (
        "list_message",
        {
            "list_message": {
                "title": "Menu",
                "sections": [
                    {
                        "title": "Pizzas",
                        "items": [{"choice": {"title": "Calzone", "postback_data": "calzone"}}],
                    }
                ],
            }
        },
        "Pizzas",
    ),
    (
        "location_message",
        {"location_message": {"title": "Shop", "coordinates": {"latitude": 1, "longitude": 2}}},
        "at 1, 2",
    ),
    (
        "contact_info_message",
        {
            "contact_info_message": {
                "name": {"full_name": "Ada Lovelace"},
                "phone_numbers": [{"phone_number": "+46700000009"}],
            }
        },
        "Ada Lovelace",
    ),
    (
        "template_message",
        {"template_message": {"omni_template": {"template_id": "TPL1", "version": "2"}}},
        "template TPL1 v2",
    ),
]


def test_every_message_kind_is_drawn_with_its_choices(page, emulator, api):
    app = api.create_app(processing_mode="DISPATCH")
    for _, message, _ in EVERY_KIND:
        send(api, app["id"], "+46700002007", message)
    open_console(page, emulator, thread_hash(emulator, app["id"], "+46700002007"))
    bubbles = page.locator("[data-testid=app-message]")
    assert bubbles.count() == len(EVERY_KIND)
    for index, (kind, _, shown) in enumerate(EVERY_KIND):
        bubble = bubbles.nth(index)
        assert bubble.get_attribute("data-kind") == kind
        assert shown in bubble.inner_text(), (kind, bubble.inner_text())
    choices = page.locator("[data-testid=choice]").all_inner_texts()
    assert choices == ["More", "Small", "Large", "Calzone"]


def test_the_readme_screenshot_is_a_console_screenshot():
    """docs/console.png is a PNG the thread-view test wrote (CONSOLE_SCREENSHOT=...)."""
    width, height, rows = read_png(ROOT / "docs" / "console.png")
    assert (width, height) >= (1200, 860)
    assert len({rows[y] for y in range(0, height, 20)}) > 20  # not a blank picture
    assert "docs/console.png" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_console_page_answers_json_errors_to_the_browser(page, emulator):
    page.goto(f"{emulator.url}/_emulator/console/api/nothing")
    body = httpx.get(f"{emulator.url}/_emulator/console/api/nothing").json()
    assert body["error"]["code"] == 404
    assert "nothing" in page.inner_text("body")
