"""Every method of the official Python SDK's Conversation domain, against the emulator.

One test per SDK method (``test_<group>_<method>``, plus ``_by_<filter>`` variants for list
filters). Each asserts what the SDK hands back and reads the state back, because a server
that answers 200 with the wrong content still breaks the SDK's users.
"""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from sinch.domains.conversation.api.v1.exceptions import ConversationException

from sinch_emulator.testing import RunningEmulator

from .conftest import CallbackInbox

_numbers = itertools.count(1)
SMS_CREDENTIALS = {"claimed_identity": "sdk-sender", "token": "sms-token"}


def phone() -> str:
    """A phone number no other test uses."""
    return f"+4673{next(_numbers):07d}"


def make_app(conv: Any, mode: str = "CONVERSATION", name: str = "sdk app") -> Any:
    return conv.apps.create(
        display_name=name,
        channel_credentials={
            "SMS": SMS_CREDENTIALS,
            "MESSENGER": {"token": "messenger-token"},
        },
        processing_mode=mode,
    )


def make_contact(conv: Any, identity: str | None = None, **fields: Any) -> Any:
    return conv.contacts.create(
        channel_identities=[{"channel": "SMS", "identity": identity or phone()}],
        language=fields.pop("language", "EN_US"),
        **fields,
    )


def sms(identity: str) -> list[dict[str, str]]:
    return [{"channel": "SMS", "identity": identity}]


def not_found(call: Any, *args: Any, **kwargs: Any) -> None:
    with pytest.raises(ConversationException) as caught:
        call(*args, **kwargs)
    assert caught.value.response_status_code == 404, caught.value


@pytest.fixture
def app(conv: Any) -> Any:
    return make_app(conv)


@pytest.fixture
def contact(conv: Any) -> Any:
    return make_contact(conv, display_name="Ada", email="ada@example.com", external_id="ext-ada")


# -- apps ----------------------------------------------------------------------------------------


def test_apps_create(conv: Any) -> None:
    app = make_app(conv, mode="DISPATCH", name="created by the SDK")
    assert app.id
    assert app.display_name == "created by the SDK"
    assert app.processing_mode == "DISPATCH"
    assert app.channel_credentials.sms.claimed_identity == "sdk-sender"
    assert app.channel_credentials.messenger.token == "messenger-token"


def test_apps_get(conv: Any, app: Any) -> None:
    got = conv.apps.get(app.id)
    assert (got.id, got.display_name, got.processing_mode) == (
        app.id,
        "sdk app",
        "CONVERSATION",
    )
    assert got.channel_credentials.sms.token == "sms-token"
    raw = conv.apps.get(app.id, raw_response=True)
    assert [c.channel for c in raw.channel_credentials] == ["SMS", "MESSENGER"]


def test_apps_list(conv: Any, app: Any) -> None:
    listed = {a.id: a for a in conv.apps.list().iterator()}
    assert app.id in listed
    assert listed[app.id].display_name == "sdk app"


def test_apps_update(conv: Any, app: Any) -> None:
    # the SDK sends update_mask=display_name: only that field may change
    renamed = conv.apps.update(app.id, display_name="renamed")
    assert renamed.display_name == "renamed"
    assert renamed.processing_mode == "CONVERSATION"
    assert renamed.channel_credentials.sms.claimed_identity == "sdk-sender"
    # two fields: update_mask=display_name,processing_mode
    both = conv.apps.update(app.id, display_name="twice", processing_mode="DISPATCH")
    assert (both.display_name, both.processing_mode) == ("twice", "DISPATCH")
    got = conv.apps.get(app.id)
    assert (got.display_name, got.processing_mode) == ("twice", "DISPATCH")
    assert got.channel_credentials.messenger.token == "messenger-token"


def test_apps_delete(conv: Any) -> None:
    app = make_app(conv)
    assert conv.apps.delete(app.id) is None
    not_found(conv.apps.get, app.id)
    assert app.id not in {a.id for a in conv.apps.list().iterator()}


# -- contacts ------------------------------------------------------------------------------------


def test_contacts_create(conv: Any) -> None:
    number = phone()
    created = make_contact(
        conv,
        number,
        display_name="Grace",
        email="grace@example.com",
        external_id="ext-grace",
        metadata="vip",
        language="SV",
        channel_priority=["SMS"],
    )
    assert created.id
    assert (created.display_name, created.email, created.external_id) == (
        "Grace",
        "grace@example.com",
        "ext-grace",
    )
    assert (created.metadata, created.language, created.channel_priority) == ("vip", "SV", ["SMS"])
    assert [(i.channel, i.identity) for i in created.channel_identities] == [("SMS", number)]


def test_contacts_get(conv: Any, contact: Any) -> None:
    got = conv.contacts.get(contact.id)
    assert got.id == contact.id
    assert (got.display_name, got.email, got.external_id) == (
        "Ada",
        "ada@example.com",
        "ext-ada",
    )
    assert got.channel_identities[0].identity == contact.channel_identities[0].identity


def test_contacts_list(conv: Any) -> None:
    made = {make_contact(conv, display_name=f"paged {n}").id for n in range(3)}
    first = conv.contacts.list(page_size=2)
    assert len(first.content()) == 2
    assert first.has_next_page
    seen = [c.id for c in conv.contacts.list(page_size=2).iterator()]
    assert made <= set(seen)
    assert len(seen) == len(set(seen))


def test_contacts_list_by_external_id(conv: Any) -> None:
    wanted = make_contact(conv, external_id="ext-only-me")
    make_contact(conv, external_id="ext-someone-else")
    found = list(conv.contacts.list(external_id="ext-only-me").iterator())
    assert [c.id for c in found] == [wanted.id]


def test_contacts_list_by_channel_identity(conv: Any) -> None:
    number = phone()
    wanted = make_contact(conv, number)
    make_contact(conv)
    found = list(conv.contacts.list(channel="SMS", identity=number).iterator())
    assert [c.id for c in found] == [wanted.id]


def test_contacts_update(conv: Any, contact: Any) -> None:
    # update_mask=display_name,email as the SDK sends it: other fields stay
    updated = conv.contacts.update(contact.id, display_name="Ada L.", email="ada@l.org")
    assert (updated.display_name, updated.email) == ("Ada L.", "ada@l.org")
    assert updated.external_id == "ext-ada"
    got = conv.contacts.get(contact.id)
    assert (got.display_name, got.email, got.external_id) == ("Ada L.", "ada@l.org", "ext-ada")


def test_contacts_delete(conv: Any) -> None:
    doomed = make_contact(conv)
    assert conv.contacts.delete(doomed.id) is None
    not_found(conv.contacts.get, doomed.id)


def test_contacts_merge_contact(conv: Any) -> None:
    keep = make_contact(conv, display_name="kept")
    source = conv.contacts.create(
        channel_identities=[{"channel": "MESSENGER", "identity": "psid-merge-1"}],
        language="EN_US",
        email="from-source@example.com",
    )
    merged = conv.contacts.merge_contact(destination_id=keep.id, source_id=source.id)
    assert merged.id == keep.id
    assert {i.channel for i in merged.channel_identities} == {"SMS", "MESSENGER"}
    assert merged.display_name == "kept"
    assert merged.email == "from-source@example.com"  # copied: empty on the destination
    not_found(conv.contacts.get, source.id)


def _messenger_contact(conv: Any, psid: str) -> Any:
    return conv.contacts.create(
        channel_identities=[{"channel": "MESSENGER", "identity": psid}], language="EN_US"
    )


def test_contacts_get_channel_profile(conv: Any, app: Any) -> None:
    person = _messenger_contact(conv, "psid-profile-1")
    profile = conv.contacts.get_channel_profile(
        app_id=app.id, channel="MESSENGER", recipient={"contact_id": person.id}
    )
    assert isinstance(profile.profile_name, str) and profile.profile_name


def test_contacts_get_channel_profile_by_contact_id(conv: Any, app: Any) -> None:
    person = _messenger_contact(conv, "psid-profile-2")
    profile = conv.contacts.get_channel_profile_by_contact_id(
        app_id=app.id, channel="MESSENGER", contact_id=person.id
    )
    assert isinstance(profile.profile_name, str) and profile.profile_name


def test_contacts_get_channel_profile_by_channel_identity(conv: Any, app: Any) -> None:
    _messenger_contact(conv, "psid-profile-3")
    profile = conv.contacts.get_channel_profile_by_channel_identity(
        app_id=app.id,
        channel="MESSENGER",
        recipient_identities=[{"channel": "MESSENGER", "identity": "psid-profile-3"}],
    )
    assert isinstance(profile.profile_name, str) and profile.profile_name


def test_contacts_list_identity_conflicts(conv: Any) -> None:
    # one phone number held by two contacts on two SIM channels (SMS, MMS)
    number = phone()
    first = make_contact(conv, number)
    second = conv.contacts.create(
        channel_identities=[{"channel": "MMS", "identity": number}], language="EN_US"
    )
    conflicts = list(conv.contacts.list_identity_conflicts(page_size=20).iterator())
    mine = [c for c in conflicts if c.identity == number]
    assert len(mine) == 1, conflicts
    assert set(mine[0].contact_ids) == {first.id, second.id}
    assert set(mine[0].channels) == {"SMS", "MMS"}


# -- messages ------------------------------------------------------------------------------------


def test_messages_send(conv: Any, app: Any) -> None:
    number = phone()
    sent = conv.messages.send(
        app_id=app.id,
        message={"text_message": {"text": "generic send"}},
        recipient_identities=sms(number),
        message_metadata="order-7",
    )
    assert sent.message_id and sent.accepted_time
    got = conv.messages.get(sent.message_id)
    assert got.app_message.text_message.text == "generic send"
    assert got.channel_identity.identity == number
    assert got.metadata == "order-7"


def _sent(conv: Any, app: Any, method: str, **message: Any) -> Any:
    """Send one kind of message with the SDK's helper and read it back."""
    sent = getattr(conv.messages, method)(
        app_id=app.id, recipient_identities=sms(phone()), **message
    )
    assert sent.message_id
    got = conv.messages.get(sent.message_id)
    assert got.id == sent.message_id and got.direction == "TO_CONTACT"
    return got.app_message


def test_messages_send_text_message(conv: Any, app: Any) -> None:
    assert _sent(conv, app, "send_text_message", text="hello").text_message.text == "hello"


def test_messages_send_card_message(conv: Any, app: Any) -> None:
    card = {"title": "A card", "description": "with a picture"}
    card["media_message"] = {"url": "https://example.com/card.png"}
    got = _sent(conv, app, "send_card_message", card_message=card).card_message
    assert (got.title, got.description) == ("A card", "with a picture")
    assert got.media_message.url == "https://example.com/card.png"


def test_messages_send_carousel_message(conv: Any, app: Any) -> None:
    cards = [{"title": f"card {n}"} for n in range(2)]
    got = _sent(conv, app, "send_carousel_message", carousel_message={"cards": cards})
    assert [c.title for c in got.carousel_message.cards] == ["card 0", "card 1"]


def test_messages_send_choice_message(conv: Any, app: Any) -> None:
    choice = {
        "text_message": {"text": "pick one"},
        "choices": [{"text_message": {"text": "yes"}}, {"text_message": {"text": "no"}}],
    }
    got = _sent(conv, app, "send_choice_message", choice_message=choice).choice_message
    assert got.text_message.text == "pick one"
    assert [c.text_message.text for c in got.choices] == ["yes", "no"]


def test_messages_send_contact_info_message(conv: Any, app: Any) -> None:
    info = {"name": {"full_name": "Ada Lovelace"}, "phone_numbers": [{"phone_number": "+4670"}]}
    got = _sent(conv, app, "send_contact_info_message", contact_info_message=info)
    assert got.contact_info_message.name.full_name == "Ada Lovelace"
    assert got.contact_info_message.phone_numbers[0].phone_number == "+4670"


def test_messages_send_list_message(conv: Any, app: Any) -> None:
    listing = {
        "title": "Menu",
        "sections": [{"title": "Drinks", "items": [{"choice": {"title": "Tea"}}]}],
    }
    got = _sent(conv, app, "send_list_message", list_message=listing).list_message
    assert got.title == "Menu"
    assert got.sections[0].items[0].choice.title == "Tea"


def test_messages_send_location_message(conv: Any, app: Any) -> None:
    where = {"title": "Office", "coordinates": {"latitude": 59.33, "longitude": 18.06}}
    got = _sent(conv, app, "send_location_message", location_message=where).location_message
    assert got.title == "Office"
    assert (got.coordinates.latitude, got.coordinates.longitude) == (59.33, 18.06)


def test_messages_send_media_message(conv: Any, app: Any) -> None:
    media = {"url": "https://example.com/a.jpg", "filename_override": "a.jpg"}
    got = _sent(conv, app, "send_media_message", media_message=media).media_message
    assert (got.url, got.filename_override) == ("https://example.com/a.jpg", "a.jpg")


def test_messages_send_template_message(conv: Any, app: Any) -> None:
    template = {
        "omni_template": {
            "template_id": "tpl-1",
            "version": "2",
            "language_code": "en-US",
            "parameters": {"name": "Ada"},
        }
    }
    got = _sent(conv, app, "send_template_message", template_message=template)
    omni = got.template_message.omni_template
    assert (omni.template_id, omni.version, omni.parameters) == ("tpl-1", "2", {"name": "Ada"})


def test_messages_get(conv: Any, app: Any, contact: Any) -> None:
    sent = conv.messages.send_text_message(app_id=app.id, text="read me", contact_id=contact.id)
    got = conv.messages.get(sent.message_id, messages_source="CONVERSATION_SOURCE")
    assert (got.id, got.contact_id, got.direction) == (sent.message_id, contact.id, "TO_CONTACT")
    assert got.conversation_id
    assert got.processing_mode == "CONVERSATION"
    assert got.app_message.text_message.text == "read me"


def test_messages_list(conv: Any, app: Any, contact: Any) -> None:
    ids = [
        conv.messages.send_text_message(app_id=app.id, text=f"m{n}", contact_id=contact.id)
        for n in range(3)
    ]
    page = conv.messages.list(app_id=app.id, contact_id=contact.id, page_size=2)
    assert len(page.content()) == 2 and page.has_next_page
    listed = list(conv.messages.list(app_id=app.id, contact_id=contact.id, page_size=2).iterator())
    assert [m.id for m in listed] == [s.message_id for s in reversed(ids)]  # newest first


def test_messages_list_by_messages_source(conv: Any) -> None:
    dispatch = make_app(conv, mode="DISPATCH")
    number = phone()
    sent = conv.messages.send_text_message(
        app_id=dispatch.id, text="dispatched", recipient_identities=sms(number)
    )
    source = "DISPATCH_SOURCE"
    listed = list(conv.messages.list(app_id=dispatch.id, messages_source=source).iterator())
    assert [m.id for m in listed] == [sent.message_id]
    assert listed[0].processing_mode == "DISPATCH"
    by_default = list(conv.messages.list(app_id=dispatch.id).iterator())
    assert by_default == []  # the default source is CONVERSATION_SOURCE


def test_messages_list_by_direction(conv: Any, app: Any, emulator: RunningEmulator) -> None:
    number = phone()
    conv.messages.send_text_message(app_id=app.id, text="out", recipient_identities=sms(number))
    emulator.inbound(app.id, "SMS", number, text="in")
    inbound = list(conv.messages.list(app_id=app.id, direction="TO_APP").iterator())
    assert [m.contact_message.text_message.text for m in inbound] == ["in"]
    outbound = list(conv.messages.list(app_id=app.id, direction="TO_CONTACT").iterator())
    assert [m.app_message.text_message.text for m in outbound] == ["out"]


def test_messages_update(conv: Any, app: Any) -> None:
    sent = conv.messages.send_text_message(
        app_id=app.id, text="x", recipient_identities=sms(phone())
    )
    updated = conv.messages.update(sent.message_id, metadata="tagged")
    assert (updated.id, updated.metadata) == (sent.message_id, "tagged")
    assert conv.messages.get(sent.message_id).metadata == "tagged"


def test_messages_delete(conv: Any, app: Any) -> None:
    sent = conv.messages.send_text_message(
        app_id=app.id, text="x", recipient_identities=sms(phone())
    )
    assert conv.messages.delete(sent.message_id) is None
    not_found(conv.messages.get, sent.message_id)


def test_messages_list_last_messages_by_channel_identity(conv: Any, app: Any) -> None:
    first, second = phone(), phone()
    for text, number in (("a1", first), ("a2", first), ("b1", second)):
        conv.messages.send_text_message(app_id=app.id, text=text, recipient_identities=sms(number))
    last = list(
        conv.messages.list_last_messages_by_channel_identity(
            channel_identities=[first, second], app_id=app.id
        ).iterator()
    )
    texts = {m.channel_identity.identity: m.app_message.text_message.text for m in last}
    assert texts == {first: "a2", second: "b1"}


# -- callbacks (sinch_events) --------------------------------------------------------------------


@pytest.fixture
def inbound_callback(
    app: Any, emulator: RunningEmulator, callback_inbox: CallbackInbox
) -> tuple[dict[str, str], bytes]:
    """A MESSAGE_INBOUND callback the emulator signed and delivered to a local receiver.

    The SDK has no webhook methods; the webhook is registered over plain HTTP."""
    httpx.post(
        f"{emulator.base_url('us')}/v1/projects/{emulator.project_id}/webhooks",
        auth=(emulator.key_id, emulator.key_secret),
        json={
            "app_id": app.id,
            "target": callback_inbox.url,
            "target_type": "HTTP",
            "secret": "sdk-callback-secret",
            "triggers": ["MESSAGE_INBOUND"],
        },
    ).raise_for_status()
    emulator.inbound(app.id, "SMS", phone(), text="signed hello")
    raw, headers = callback_inbox.next()
    return headers, raw


def test_sinch_events_validate_authentication_header(
    conv: Any, inbound_callback: tuple[dict, bytes]
) -> None:
    headers, raw = inbound_callback
    assert conv.sinch_events("sdk-callback-secret").validate_authentication_header(headers, raw)
    assert not conv.sinch_events("wrong").validate_authentication_header(headers, raw)
    tampered = raw.replace(b"signed hello", b"signed hellO")
    assert not conv.sinch_events("sdk-callback-secret").validate_authentication_header(
        headers, tampered
    )


def test_sinch_events_parse_event(conv: Any, inbound_callback: tuple[dict, bytes]) -> None:
    headers, raw = inbound_callback
    event = conv.sinch_events("sdk-callback-secret").parse_event(raw, headers)
    assert type(event).__name__ == "MessageInboundEvent"
    assert event.message.contact_message.text_message.text == "signed hello"
    assert event.message.direction == "TO_APP"


# -- every method has its test -------------------------------------------------------------------


def sdk_methods(conv: Any) -> set[str]:
    groups = {
        "apps": conv.apps,
        "contacts": conv.contacts,
        "messages": conv.messages,
        "sinch_events": conv.sinch_events(""),
    }
    return {
        f"{name}_{attr}"
        for name, group in groups.items()
        for attr in dir(group)
        if not attr.startswith("_") and callable(getattr(group, attr))
    }


def test_every_sdk_method_has_a_test(conv: Any) -> None:
    tested = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    missing = sorted(m for m in sdk_methods(conv) if m not in tested)
    assert not missing, f"SDK methods without a test here: {missing}"
