"""Messages: send (CONVERSATION or DISPATCH processing), get, delete, update metadata, list.

In CONVERSATION mode a send finds or creates the contact and the active conversation; in
DISPATCH mode (the app's processing mode, or ``processing_strategy: DISPATCH_ONLY``) only
the message is stored, under the DISPATCH_SOURCE store that ``messages_source`` selects.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import invalid, not_found
from ..store import ProjectState, public
from .common import (
    Context,
    get_app,
    get_contact,
    merge_patch,
    new_id,
    now,
    page,
    parse_time,
    require_body_object,
    require_id,
)
from .contacts import find_by_identity, new_contact
from .conversations import open_conversation

BASE = "/v1/projects/{}/messages"
CONVERSATION_SOURCE = "CONVERSATION_SOURCE"
DISPATCH_SOURCE = "DISPATCH_SOURCE"


def is_dispatch(app: dict, body: dict) -> bool:
    return (
        body.get("processing_strategy") == "DISPATCH_ONLY"
        or app.get("processing_mode", "DISPATCH") == "DISPATCH"
    )


def _ordered_identities(contact: dict, app: dict) -> list[dict]:
    idents = list(contact.get("channel_identities") or [])
    prio = contact.get("channel_priority") or []
    app_prio = [c.get("channel") for c in app.get("channel_credentials") or []]

    def rank(ident: dict) -> tuple:
        ch = ident.get("channel")
        return (
            prio.index(ch) if ch in prio else len(prio),
            app_prio.index(ch) if ch in app_prio else len(app_prio),
        )

    return sorted(idents, key=rank)


def resolve_recipient(
    ctx: Context, app: dict, body: dict, *, dispatch: bool, create_contact: bool = True
) -> tuple[dict | None, list[dict]]:
    """The contact (None in DISPATCH mode) and the channel identities to try, in order."""
    recipient = body.get("recipient") or {}
    identified = (recipient.get("identified_by") or {}).get("channel_identities") or []
    contact_id = recipient.get("contact_id")
    if dispatch:
        if not identified:
            raise invalid(
                "DISPATCH mode requires recipient.identified_by with channel identities",
                "recipient.identified_by",
            )
        return None, [dict(i) for i in identified]
    if contact_id:
        contact = get_contact(ctx, contact_id, "recipient.contact_id")
        idents = _ordered_identities(contact, app)
    elif identified:
        contact = find_by_identity(ctx.state, identified)
        if contact is None:
            if not create_contact:
                raise not_found("Contact with identity", identified[0].get("identity", ""))
            contact = new_contact(
                ctx.state,
                {
                    "channel_identities": [
                        {"channel": i["channel"], "identity": i["identity"]} for i in identified
                    ]
                },
            )
            ctx.emulator.callbacks.project_event(
                ctx.state,
                "CONTACT_CREATE",
                "contact_create_notification",
                {"contact": public(contact)},
            )
        idents = [dict(i) for i in identified]
    else:
        raise invalid("recipient needs contact_id or identified_by", "recipient")
    return contact, idents


def pick_channel(app: dict, body: dict, idents: list[dict]) -> dict:
    order = body.get("channel_priority_order") or []
    if order:
        configured = {c.get("channel") for c in app.get("channel_credentials") or []}
        for channel in order:
            if channel == "CHANNEL_UNSPECIFIED" or channel not in configured:
                raise invalid(
                    f"channel_priority_order: {channel} is not configured in app {app['id']}",
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


def store_message(
    state: ProjectState, *, app_id: str, source: str, fields: dict, conversation: dict | None = None
) -> dict:
    msg = {"id": new_id(), "accept_time": now(), "metadata": ""}
    msg.update(fields)
    msg["_app_id"] = app_id
    msg["_source"] = source
    msg.setdefault("processing_mode", "DISPATCH" if source == DISPATCH_SOURCE else "CONVERSATION")
    if conversation is not None:
        msg["conversation_id"] = conversation["id"]
        msg["contact_id"] = conversation["contact_id"]
        if msg["accept_time"] > conversation.get("last_received", ""):
            conversation["last_received"] = msg["accept_time"]
        channel = (msg.get("channel_identity") or {}).get("channel")
        if channel:
            conversation["active_channel"] = channel
        state.put("conversations", conversation)
    return state.put("messages", msg)


def update_conversation_metadata(conv: dict, body: dict) -> None:
    if "conversation_metadata" in body:
        if body.get("conversation_metadata_update_strategy") == "MERGE_PATCH":
            conv["metadata_json"] = merge_patch(
                conv.get("metadata_json") or {}, body["conversation_metadata"]
            )
        else:
            conv["metadata_json"] = body["conversation_metadata"]
    if body.get("correlation_id"):
        conv["correlation_id"] = body["correlation_id"]


@dataclass
class Outbound:
    """Where something an app sends (a message, an event) goes."""

    body: dict
    app: dict
    dispatch: bool
    contact: dict | None
    channel_identity: dict


def outbound(ctx: Context) -> Outbound:
    """Resolve a send request's app, processing mode, recipient and channel."""
    body = require_body_object(ctx)
    app = get_app(ctx, body.get("app_id"))
    dispatch = is_dispatch(app, body)
    contact, idents = resolve_recipient(ctx, app, body, dispatch=dispatch)
    ident = pick_channel(app, body, idents)
    return Outbound(
        body,
        app,
        dispatch,
        contact,
        {"channel": ident.get("channel"), "identity": ident.get("identity")},
    )


def send_message(ctx: Context):
    out = outbound(ctx)
    body, app, dispatch, contact = out.body, out.app, out.dispatch, out.contact
    channel_identity = out.channel_identity
    fields = {
        "direction": "TO_CONTACT",
        "app_message": body.get("message") or {},
        "channel_identity": channel_identity,
        "metadata": body.get("message_metadata") or "",
    }
    conv = None
    if dispatch:
        source = DISPATCH_SOURCE
    else:
        source = CONVERSATION_SOURCE
        conv = open_conversation(
            ctx.emulator, ctx.state, app["id"], contact["id"], channel_identity["channel"]
        )
        update_conversation_metadata(conv, body)
    if body.get("correlation_id"):
        fields["_correlation_id"] = body["correlation_id"]
    msg = store_message(
        ctx.state, app_id=app["id"], source=source, fields=fields, conversation=conv
    )
    report = {
        "message_id": msg["id"],
        "channel_identity": channel_identity,
        "processing_mode": msg["processing_mode"],
    }
    if conv is not None:
        report["conversation_id"] = conv["id"]
        report["contact_id"] = conv["contact_id"]
    ctx.emulator.callbacks.delivery(
        ctx.state,
        app,
        "MESSAGE_DELIVERY",
        "message_delivery_report",
        report,
        extra={
            "message_metadata": body.get("message_metadata") or "",
            "correlation_id": body.get("correlation_id") or "",
        },
        callback_url=body.get("callback_url"),
    )
    return {"message_id": msg["id"], "accepted_time": msg["accept_time"]}


def _source(ctx: Context) -> str:
    return ctx.query.get("messages_source") or CONVERSATION_SOURCE


def _message(ctx: Context) -> dict:
    ident = require_id(ctx.args[1], "message_id")
    msg = ctx.state.messages.get(ident)
    if msg is None or msg["_source"] != _source(ctx):
        raise not_found("Message", ident)
    return msg


def get_message(ctx: Context):
    return public(_message(ctx))


def delete_message(ctx: Context):
    ctx.state.delete("messages", _message(ctx)["id"])
    return {}


def update_message_metadata(ctx: Context):
    msg = _message(ctx)
    msg["metadata"] = require_body_object(ctx).get("metadata", "")
    ctx.state.put("messages", msg)
    return public(msg)


def list_messages(ctx: Context):
    q = ctx.query
    source = _source(ctx)
    conv_id = q.get("conversation_id")
    contact_id = q.get("contact_id")
    app_id = q.get("app_id")
    for value, field in (
        (conv_id, "conversation_id"),
        (contact_id, "contact_id"),
        (app_id, "app_id"),
    ):
        if value:
            require_id(value, field)
    start = parse_time(q["start_time"], "start_time") if q.get("start_time") else None
    end = parse_time(q["end_time"], "end_time") if q.get("end_time") else None
    if start and end and start >= end:
        raise invalid("start_time must be before end_time", "start_time")
    identity = q.get("channel_identity")
    channel = q.get("channel")
    inbound_only = bool(q.get("only_recipient_originated"))
    conv_id = conv_id.upper() if conv_id else None
    contact_id = contact_id.upper() if contact_id else None
    app_id = app_id.upper() if app_id else None

    def wanted(m: dict) -> bool:
        if m["_source"] != source:
            return False
        if conv_id and m.get("conversation_id") != conv_id:
            return False
        if contact_id and m.get("contact_id") != contact_id:
            return False
        if app_id and m["_app_id"] != app_id:
            return False
        ci = m.get("channel_identity") or {}
        if identity and ci.get("identity") != identity:
            return False
        if channel and ci.get("channel") != channel:
            return False
        if start and m["accept_time"] < start:
            return False
        if end and m["accept_time"] >= end:
            return False
        return not (inbound_only and m.get("direction") != "TO_APP")

    def key(m: dict) -> list:
        return [m["accept_time"], m["_seq"]]

    items = sorted(filter(wanted, ctx.state.messages.values()), key=key, reverse=True)
    chunk, token = page(items, key, ctx, descending=True)
    out = [public(m) for m in chunk]
    if q.get("view") == "WITHOUT_METADATA":
        for m in out:
            m.pop("metadata", None)
    return {"messages": out, "next_page_token": token}


ROUTES = {
    ("POST", BASE + ":send"): send_message,
    ("GET", BASE): list_messages,
    ("GET", BASE + "/{}"): get_message,
    ("DELETE", BASE + "/{}"): delete_message,
    ("PATCH", BASE + "/{}"): update_message_metadata,
}
