"""The rules every entry point shares: sends, injections and inbound messages all go here.

Storing a message (and what it does to its conversation), finding or creating a contact
(and the CONTACT_CREATE callback), opening a conversation (and CONVERSATION_START),
resolving where an outbound message or event goes: written once, used by the resource
handlers and by the control endpoints alike.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .context import Request
from .errors import invalid, not_found
from .ids import EPOCH, STORED_ULID_RE, new_id, now, require_id
from .state import (
    App,
    ConsentAudit,
    ConsentEntry,
    Contact,
    Conversation,
    Event,
    Message,
    R,
    Table,
)

CONVERSATION_SOURCE = "CONVERSATION_SOURCE"
DISPATCH_SOURCE = "DISPATCH_SOURCE"


# --- lookups ---------------------------------------------------------------------------------


def lookup(table: Table[R], ident: Any, field: str, what: str) -> R:
    if type(ident) is str:  # the usual case: the ID as the table files it (upper case)
        record = table.get(ident)
        if record is not None and STORED_ULID_RE.match(ident) is not None:
            return record  # what require_id would have let through, unchanged
    key = require_id(ident, field)
    record = table.get(key)
    if record is None:
        raise not_found(what, key)
    return record


def get_app(req: Request, app_id: Any, field: str = "app_id") -> App:
    return lookup(req.state.apps, app_id, field, "App")


def get_contact(req: Request, contact_id: Any, field: str = "contact_id") -> Contact:
    return lookup(req.state.contacts, contact_id, field, "Contact")


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON merge patch."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for name, value in patch.items():
        if value is None:
            result.pop(name, None)
        else:
            result[name] = merge_patch(result.get(name), value)
    return result


# --- contacts --------------------------------------------------------------------------------


def find_contact(req: Request, identities: list[dict[str, Any]]) -> Contact | None:
    """The oldest contact having any of the (channel, identity) pairs (the contacts'
    ``identity`` index; a pair holding a list or an object is looked for by a scan)."""
    wanted = [(i.get("channel"), i.get("identity")) for i in identities]
    contacts = req.state.contacts
    try:
        return contacts.oldest("identity", wanted)
    except TypeError:  # unhashable: a pair holding a list or an object (never a stored key)
        pass
    for contact in contacts.values():
        for ident in contact.view.get("channel_identities", ()):
            if (ident.get("channel"), ident.get("identity")) in wanted:
                return contact
    return None


def create_contact(req: Request, fields: dict[str, Any]) -> Contact:
    """Store a new contact and announce it (CONTACT_CREATE) to every app's webhooks."""
    view: dict[str, Any] = {
        "id": new_id(),
        "channel_identities": [],
        "channel_priority": [],
        "display_name": "Unknown",
        "email": "",
        "external_id": "",
        "metadata": "",
        "language": "UNSPECIFIED",
    }
    view.update({k: v for k, v in fields.items() if k != "id"})
    if not view.get("display_name"):
        view["display_name"] = "Unknown"
    contact = req.state.contacts.put(Contact(view=view))
    notify_contact(req, contact, "CONTACT_CREATE", "contact_create_notification")
    return contact


def contact_for(req: Request, identities: list[dict[str, Any]]) -> Contact:
    """The contact holding one of the identities, created (and announced) if there is none."""
    contact = find_contact(req, identities)
    if contact is None:
        pairs = [{"channel": i["channel"], "identity": i["identity"]} for i in identities]
        contact = create_contact(req, {"channel_identities": pairs})
    return contact


def notify_contact(req: Request, contact: Contact, trigger: str, key: str) -> None:
    req.callbacks.project_event(req.state, trigger, key, {"contact": contact.public()})


def remove_contact(req: Request, contact: Contact) -> None:
    """Delete the contact with its conversations and messages."""
    state = req.state
    for conv in [c for c in state.conversations.values() if c.contact_id == contact.id]:
        state.conversations.delete(conv.id)
    for msg in [m for m in state.messages.values() if m.view.get("contact_id") == contact.id]:
        state.messages.delete(msg.id)
    state.contacts.delete(contact.id)


# --- conversations ---------------------------------------------------------------------------


def new_conversation(fields: dict[str, Any]) -> Conversation:
    """A conversation with the API's defaults under ``fields`` (not yet stored)."""
    view: dict[str, Any] = {
        "id": new_id(),
        "active": True,
        "active_channel": "CHANNEL_UNSPECIFIED",
        "last_received": EPOCH,
        "metadata": "",
        "metadata_json": {},
    }
    view.update({k: v for k, v in fields.items() if k not in ("id", "last_received")})
    return Conversation(view=view)


def notify_conversation(req: Request, conv: Conversation, what: str) -> None:
    req.callbacks.emit(
        req.state,
        conv.app_id,
        f"CONVERSATION_{what.upper()}",
        f"conversation_{what}_notification",
        {"conversation": conv.public()},
    )


def open_conversation(
    req: Request, app_id: str, contact_id: str, channel: str | None
) -> Conversation:
    """The active conversation of the app with the contact, started if there is none."""
    conv = req.state.conversations.oldest("active", ((app_id, contact_id),))
    if conv is not None:
        return conv
    conv = new_conversation(
        {
            "app_id": app_id,
            "contact_id": contact_id,
            "active_channel": channel or "CHANNEL_UNSPECIFIED",
        }
    )
    req.state.conversations.put(conv)
    notify_conversation(req, conv, "start")
    return conv


def stop_conversation(req: Request, conv: Conversation) -> None:
    conv.view["active"] = False
    req.state.conversations.put(conv)
    notify_conversation(req, conv, "stop")


def stop_others(req: Request, conv: Conversation) -> None:
    """Stop every other active conversation of the same app and contact."""
    conversations = req.state.conversations
    for other in conversations.filed("active", (conv.app_id, conv.contact_id)):
        if other is not conv:
            stop_conversation(req, other)


def update_conversation_metadata(conv: Conversation, body: dict[str, Any]) -> None:
    """A send's conversation_metadata (replaced or merge-patched) and correlation_id."""
    if "conversation_metadata" in body:
        if body.get("conversation_metadata_update_strategy") == "MERGE_PATCH":
            conv.view["metadata_json"] = merge_patch(
                conv.view.get("metadata_json") or {}, body["conversation_metadata"]
            )
        else:
            conv.view["metadata_json"] = body["conversation_metadata"]
    if body.get("correlation_id"):
        conv.view["correlation_id"] = body["correlation_id"]


# --- messages --------------------------------------------------------------------------------


def store_message(
    req: Request,
    *,
    app_id: str,
    source: str,
    fields: dict[str, Any],
    conversation: Conversation | None = None,
    correlation_id: str | None = None,
) -> Message:
    """Store a message; in a conversation it also moves last_received and active_channel."""
    ident = new_id()
    accepted = now()
    view: dict[str, Any] = {"id": ident, "accept_time": accepted, "metadata": "", **fields}
    if "processing_mode" not in view:
        view["processing_mode"] = "DISPATCH" if source == DISPATCH_SOURCE else "CONVERSATION"
    state = req.state
    if conversation is not None:
        conv_view = conversation.view
        view["conversation_id"] = conversation.id
        view["contact_id"] = str(conv_view["contact_id"])
        accepted = view["accept_time"]  # fields may carry their own
        if accepted > conv_view.get("last_received", ""):
            conv_view["last_received"] = accepted
        channel = (view.get("channel_identity") or {}).get("channel")
        if channel:
            conv_view["active_channel"] = channel
        state.conversations.put(conversation)
    message = Message(
        view=view, id=ident, app_id=app_id, source=source, correlation_id=correlation_id
    )
    return state.messages.put(message)


def receive_inbound(
    req: Request,
    app: App,
    channel: str,
    identity: str,
    contact_message: dict[str, Any],
    *,
    metadata: str = "",
    sender_id: str | None = None,
) -> Message:
    """A contact's message to an app: stored (in its conversation in CONVERSATION mode) and
    announced with MESSAGE_INBOUND."""
    fields: dict[str, Any] = {
        "direction": "TO_APP",
        "contact_message": contact_message,
        "channel_identity": {"channel": channel, "identity": identity, "app_id": app.id},
        "metadata": metadata,
        "accept_time": now(),
    }
    if sender_id:
        fields["sender_id"] = sender_id
    extra: dict[str, Any] = {"message_metadata": metadata}
    if app.processing_mode == "CONVERSATION":
        contact = contact_for(req, [{"channel": channel, "identity": identity}])
        conv = open_conversation(req, app.id, contact.id, channel)
        msg = store_message(
            req, app_id=app.id, source=CONVERSATION_SOURCE, fields=fields, conversation=conv
        )
        if conv.view.get("metadata_json"):
            extra["conversation_metadata"] = conv.view["metadata_json"]
        if conv.view.get("correlation_id"):
            extra["correlation_id"] = conv.view["correlation_id"]
    else:
        msg = store_message(req, app_id=app.id, source=DISPATCH_SOURCE, fields=fields)
    consent_keyword(req, app.id, identity, contact_message)
    req.callbacks.emit(req.state, app.id, "MESSAGE_INBOUND", "message", msg.public(), extra=extra)
    return msg


# --- outbound: where an app's message or event goes -------------------------------------------


def is_dispatch(app: App, body: dict[str, Any]) -> bool:
    return body.get("processing_strategy") == "DISPATCH_ONLY" or app.processing_mode == "DISPATCH"


def _ordered_identities(contact: Contact, app: App) -> list[dict[str, Any]]:
    idents = contact.identities()
    prio = contact.view.get("channel_priority") or []
    app_prio = [c.get("channel") for c in app.view.get("channel_credentials") or []]

    def rank(ident: dict[str, Any]) -> tuple[int, int]:
        ch = ident.get("channel")
        return (
            prio.index(ch) if ch in prio else len(prio),
            app_prio.index(ch) if ch in app_prio else len(app_prio),
        )

    return sorted(idents, key=rank)


def recipient_identities(body: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]]]:
    """The recipient's contact_id and identified_by channel identities, as sent (the body's
    own list: read, never changed)."""
    recipient = body.get("recipient") or {}
    identified = (recipient.get("identified_by") or {}).get("channel_identities") or []
    return recipient.get("contact_id"), identified


def resolve_recipient(
    req: Request, app: App, body: dict[str, Any], *, dispatch: bool
) -> tuple[Contact | None, list[dict[str, Any]]]:
    """The contact (None in DISPATCH mode) and the channel identities to try, in order."""
    contact_id, identified = recipient_identities(body)
    if dispatch:
        if not identified:
            raise invalid(
                "DISPATCH mode requires recipient.identified_by with channel identities",
                "recipient.identified_by",
            )
        return None, identified
    if contact_id:
        contact = get_contact(req, contact_id, "recipient.contact_id")
        return contact, _ordered_identities(contact, app)
    if identified:
        # found, not created: the caller creates it once the whole request is known good
        return find_contact(req, identified), identified
    raise invalid("recipient needs contact_id or identified_by", "recipient")


def pick_channel(app: App, body: dict[str, Any], idents: list[dict[str, Any]]) -> dict[str, Any]:
    order = body.get("channel_priority_order") or []
    if order:
        configured = {c.get("channel") for c in app.view.get("channel_credentials") or []}
        for channel in order:
            if channel == "CHANNEL_UNSPECIFIED" or channel not in configured:
                raise invalid(
                    f"channel_priority_order: {channel} is not configured in app {app.id}",
                    "channel_priority_order",
                )
        for channel in order:
            for ident in idents:
                if ident.get("channel") == channel:
                    return ident
        raise invalid(
            "the recipient has no identity on the channels of channel_priority_order",
            "channel_priority_order",
        )
    if not idents:
        raise invalid("the recipient has no channel identities", "recipient")
    return idents[0]


@dataclass(slots=True)
class Outbound:
    """Where something an app sends (a message, an event) goes."""

    body: dict[str, Any]
    app: App
    dispatch: bool
    contact: Contact | None
    channel_identity: dict[str, Any]
    #: the active conversation (CONVERSATION mode), opened if there was none
    conversation: Conversation | None


def outbound(
    req: Request,
    body: dict[str, Any],
    rules: Callable[[dict[str, Any], bool], None] | None = None,
) -> Outbound:
    """Resolve a send request's app, processing mode, recipient, channel and conversation.

    ``rules(body, dispatch)`` checks what depends on the processing mode. Every check runs
    before anything is stored: a new contact is created only once the request is known good.
    """
    app = get_app(req, body.get("app_id"))
    dispatch = is_dispatch(app, body)
    if rules is not None:
        rules(body, dispatch)
    contact, idents = resolve_recipient(req, app, body, dispatch=dispatch)
    ident = pick_channel(app, body, idents)
    if contact is None and not dispatch:
        contact = contact_for(req, idents)
    channel_identity = {"channel": ident.get("channel"), "identity": ident.get("identity")}
    return Outbound(body, app, dispatch, contact, channel_identity, None)


#: the reference: "Up to 2048 characters long", of the JSON object conversation_metadata
CONVERSATION_METADATA_MAX = 2048
#: ChannelPropertyKeys values are <conversation channel>_<property name> (SMS_SENDER,
#: WHATSAPP_PREVIEW_URL, MESSENGER_MESSAGE_TAG, VIBER_SENDER_NAME, ...)
CHANNEL_PROPERTY_KEY = re.compile(
    r"(WHATSAPP|RCS|SMS|MESSENGER|VIBER|VIBERBM|MMS|INSTAGRAM|TELEGRAM|KAKAOTALK|KAKAOTALKCHAT"
    r"|LINE|WECHAT|APPLEBC)(_[A-Z0-9]+)+\Z"
)


def message_rules(body: dict[str, Any], dispatch: bool) -> None:
    """What the reference says of a send request that its schema cannot say."""
    metadata = body.get("conversation_metadata")
    if metadata is not None:
        size = len(json.dumps(metadata, ensure_ascii=False, separators=(",", ":")))
        if size > CONVERSATION_METADATA_MAX:
            raise invalid(
                f"conversation_metadata: up to {CONVERSATION_METADATA_MAX} characters long "
                f"(as JSON), got {size}",
                "conversation_metadata",
            )
    for key in body.get("channel_properties") or {}:
        if not CHANNEL_PROPERTY_KEY.match(key):
            raise invalid(
                f"channel_properties: {key!r} is not a ChannelPropertyKeys value "
                "(<CHANNEL>_<PROPERTY>, e.g. SMS_SENDER)",
                f"channel_properties.{key}",
            )
    if dispatch and "conversation_metadata_update_strategy" in body:
        raise invalid(
            "conversation_metadata_update_strategy: only supported in CONVERSATION processing "
            "mode; this request is processed in DISPATCH mode",
            "conversation_metadata_update_strategy",
        )


def open_outbound_conversation(req: Request, out: Outbound) -> Conversation | None:
    """The conversation an outbound message goes into (None in DISPATCH mode)."""
    if out.dispatch or out.contact is None:
        return None
    conv = open_conversation(req, out.app.id, out.contact.id, out.channel_identity["channel"])
    out.conversation = conv
    return conv


def known_recipient(
    req: Request, app: App, body: dict[str, Any]
) -> tuple[Contact | None, list[dict[str, Any]]]:
    """The recipient of a query or registration: its contact if known (never created) and
    its channel identities."""
    contact_id, identified = recipient_identities(body)
    if contact_id:
        return resolve_recipient(req, app, body, dispatch=False)
    if not identified:
        raise invalid("recipient needs contact_id or identified_by", "recipient")
    return find_contact(req, identified), identified


#: channels addressed by a phone number: one number on two contacts blocks a unified contact
SIM_CHANNELS = ("SMS", "MMS", "RCS")


def identity_conflicts(req: Request) -> list[dict[str, Any]]:
    """Phone numbers that two or more contacts hold on the SIM channels (SMS, MMS, RCS):
    the number, the SIM channels it appears on, and the contacts holding it."""
    by_identity: dict[str, dict[str, Any]] = {}
    for contact in req.state.contacts.values():
        for ident in contact.identities():
            channel = ident.get("channel")
            if channel not in SIM_CHANNELS:
                continue
            identity = str(ident.get("identity"))
            entry = by_identity.setdefault(
                identity, {"identity": identity, "channels": [], "contact_ids": []}
            )
            if channel not in entry["channels"]:
                entry["channels"].append(channel)
            if contact.id not in entry["contact_ids"]:
                entry["contact_ids"].append(contact.id)
    conflicts = [c for c in by_identity.values() if len(c["contact_ids"]) > 1]
    return sorted(conflicts, key=lambda c: [c["identity"], c["channels"]])


# --- events ----------------------------------------------------------------------------------


def store_event(
    req: Request,
    *,
    app_id: str,
    fields: dict[str, Any],
    conversation: Conversation | None = None,
) -> Event:
    """Store an event; in a conversation it carries the conversation and contact IDs."""
    view: dict[str, Any] = {"id": new_id(), "accept_time": now()}
    view.update(fields)
    if conversation is not None:
        view["conversation_id"] = conversation.id
        view["contact_id"] = conversation.contact_id
    return req.state.events.put(Event(view=view, app_id=app_id))


# --- consents --------------------------------------------------------------------------------

#: what a contact texts to leave (or rejoin) every list of the app, as carriers handle it
OPT_OUT_KEYWORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
OPT_IN_KEYWORDS = frozenset({"START", "UNSTOP"})
OPT_OUT_ALL = "OPT_OUT_ALL"


def change_consent(
    req: Request, app_id: str, identity: str, list_type: str, *, insert: bool, origin: str
) -> None:
    """Put an identity on (or take it off) a consent list, with an audit record."""
    key = f"{app_id}:{list_type}:{identity}"
    existing = req.state.consent_lists.get(key)
    if insert:
        entry = ConsentEntry(
            view={"identity": identity}, id=key, app_id=app_id, list_type=list_type
        )
        req.state.consent_lists.put(existing or entry)
        operation = "OPERATION_UPDATE" if existing is not None else "OPERATION_INSERT"
    elif existing is not None:
        req.state.consent_lists.delete(key)
        operation = "OPERATION_DELETE"
    else:
        return
    audit = {
        "origin": origin,
        "operation": operation,
        "list_type": list_type,
        "project_id": req.project_id,
        "app_id": app_id,
        "datetime": now(),
    }
    req.state.consent_audit.put(
        ConsentAudit(view=audit, id=new_id(), app_id=app_id, identity=identity)
    )


def consent_keyword(req: Request, app_id: str, identity: str, message: dict[str, Any]) -> None:
    """An inbound text that is exactly an opt-out (or opt-in) keyword changes OPT_OUT_ALL."""
    text = (message.get("text_message") or {}).get("text")
    if not isinstance(text, str):
        return
    word = text.strip().upper()
    if word in OPT_OUT_KEYWORDS:
        change_consent(req, app_id, identity, OPT_OUT_ALL, insert=True, origin="ORIGIN_MO")
    elif word in OPT_IN_KEYWORDS:
        change_consent(req, app_id, identity, OPT_OUT_ALL, insert=False, origin="ORIGIN_MO")


def receive_inbound_event(
    req: Request, app: App, channel: str, identity: str, contact_event: dict[str, Any]
) -> Event:
    """A contact's event (composing, a comment, ...) to an app: stored (in its conversation
    in CONVERSATION mode) and announced with EVENT_INBOUND under the key ``event``."""
    fields: dict[str, Any] = {
        "direction": "TO_APP",
        "contact_event": contact_event,
        "channel_identity": {"channel": channel, "identity": identity, "app_id": app.id},
        "processing_mode": app.processing_mode,
    }
    conv = None
    if app.processing_mode == "CONVERSATION":
        contact = contact_for(req, [{"channel": channel, "identity": identity}])
        conv = open_conversation(req, app.id, contact.id, channel)
    event = store_event(req, app_id=app.id, fields=fields, conversation=conv)
    req.callbacks.emit(req.state, app.id, "EVENT_INBOUND", "event", event.public())
    return event


def notify_submitted(req: Request, app: App, message: Message, body: dict[str, Any]) -> None:
    """MESSAGE_SUBMIT: the message as it was handed to the channel."""
    note: dict[str, Any] = {
        "message_id": message.id,
        "channel_identity": message.view.get("channel_identity"),
        "processing_mode": message.view.get("processing_mode"),
        "submitted_message": message.view.get("app_message") or {},
    }
    for name in ("conversation_id", "contact_id"):
        if message.view.get(name):
            note[name] = message.view[name]
    extra = {"message_metadata": body.get("message_metadata") or ""}
    if body.get("correlation_id"):
        extra["correlation_id"] = body["correlation_id"]
    req.callbacks.emit(
        req.state, app.id, "MESSAGE_SUBMIT", "message_submit_notification", note, extra=extra
    )
