"""Messages: send (CONVERSATION or DISPATCH processing), get, delete, update metadata, list.

In CONVERSATION mode a send finds or creates the contact and the active conversation; in
DISPATCH mode (the app's processing mode, or ``processing_strategy: DISPATCH_ONLY``) only
the message is stored, under the DISPATCH_SOURCE store that ``messages_source`` selects.
"""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import (
    CONVERSATION_SOURCE,
    DISPATCH_SOURCE,
    message_rules,
    notify_submitted,
    open_outbound_conversation,
    outbound,
    store_message,
    update_conversation_metadata,
)
from ..errors import invalid, not_found
from ..ids import parse_time, require_id
from ..registry import Routes
from ..state import Message
from .common import body_object, page

routes = Routes("Messages")


@routes.post("/v1/projects/{project_id}/messages:send")
def send_message(req: Request) -> dict[str, Any]:
    out = outbound(req, body_object(req), message_rules)
    body, app = out.body, out.app
    fields = {
        "direction": "TO_CONTACT",
        "app_message": body.get("message") or {},
        "channel_identity": out.channel_identity,
        "metadata": body.get("message_metadata") or "",
    }
    conv = open_outbound_conversation(req, out)
    if conv is not None:
        update_conversation_metadata(conv, body)
    msg = store_message(
        req,
        app_id=app.id,
        source=DISPATCH_SOURCE if conv is None else CONVERSATION_SOURCE,
        fields=fields,
        conversation=conv,
        correlation_id=body.get("correlation_id") or None,
    )
    callback_url = body.get("callback_url")
    if req.state.webhooks or callback_url:  # else no delivery report has a target
        report: dict[str, Any] = {
            "message_id": msg.id,
            "channel_identity": out.channel_identity,
            "processing_mode": msg.view["processing_mode"],
        }
        if conv is not None:
            report["conversation_id"] = conv.id
            report["contact_id"] = conv.contact_id
        if req.state.webhooks:
            notify_submitted(req, app, msg, body)
        req.callbacks.delivery(
            req.state,
            app.view,
            "MESSAGE_DELIVERY",
            "message_delivery_report",
            report,
            extra={
                "message_metadata": body.get("message_metadata") or "",
                "correlation_id": body.get("correlation_id") or "",
            },
            callback_url=callback_url,
        )
    return {"message_id": msg.id, "accepted_time": msg.view["accept_time"]}


def _source(req: Request) -> str:
    return str(req.query.get("messages_source") or CONVERSATION_SOURCE)


def _message(req: Request, message_id: str) -> Message:
    ident = require_id(message_id, "message_id")
    msg = req.state.messages.get(ident)
    if msg is None or msg.source != _source(req):
        raise not_found("Message", ident)
    return msg


@routes.get("/v1/projects/{project_id}/messages/{message_id}")
def get_message(req: Request, message_id: str) -> dict[str, Any]:
    return _message(req, message_id).public()


@routes.delete("/v1/projects/{project_id}/messages/{message_id}")
def delete_message(req: Request, message_id: str) -> dict[str, Any]:
    req.state.messages.delete(_message(req, message_id).id)
    return {}


@routes.patch("/v1/projects/{project_id}/messages/{message_id}")
def update_message_metadata(req: Request, message_id: str) -> dict[str, Any]:
    msg = _message(req, message_id)
    msg.view["metadata"] = body_object(req).get("metadata", "")
    return req.state.messages.put(msg).public()


@routes.get("/v1/projects/{project_id}/messages")
def list_messages(req: Request) -> dict[str, Any]:
    q = req.query
    source = _source(req)
    ids = {}
    for field in ("conversation_id", "contact_id", "app_id"):
        ids[field] = require_id(q[field], field) if q.get(field) else None
    conv_id, contact_id, app_id = ids["conversation_id"], ids["contact_id"], ids["app_id"]
    start = parse_time(q["start_time"], "start_time") if q.get("start_time") else None
    end = parse_time(q["end_time"], "end_time") if q.get("end_time") else None
    if start and end and start >= end:
        raise invalid("start_time must be before end_time", "start_time")
    identity = q.get("channel_identity")
    channel = q.get("channel")
    inbound_only = bool(q.get("only_recipient_originated"))
    if inbound_only and source != DISPATCH_SOURCE:
        raise invalid(
            "only_recipient_originated: available only when messages_source is DISPATCH_SOURCE",
            "only_recipient_originated",
        )
    direction = q.get("direction")
    if direction == "UNDEFINED_DIRECTION":
        direction = None

    def wanted(m: Message) -> bool:
        v = m.view
        if m.source != source:
            return False
        if conv_id and v.get("conversation_id") != conv_id:
            return False
        if contact_id and v.get("contact_id") != contact_id:
            return False
        if app_id and m.app_id != app_id:
            return False
        ci = v.get("channel_identity") or {}
        if identity and ci.get("identity") != identity:
            return False
        if channel and ci.get("channel") != channel:
            return False
        if start and v["accept_time"] < start:
            return False
        if end and v["accept_time"] >= end:
            return False
        if direction and v.get("direction") != direction:
            return False
        return not (inbound_only and v.get("direction") != "TO_APP")

    def key(m: Message) -> list[Any]:
        return [m.view["accept_time"], m.seq]

    items = sorted(filter(wanted, req.state.messages.values()), key=key, reverse=True)
    chunk, token = page(items, key, req, descending=True)
    out = [m.public() for m in chunk]
    if q.get("view") == "WITHOUT_METADATA":
        for m in out:
            m.pop("metadata", None)
    return {"messages": out, "next_page_token": token}


@routes.post("/v1/projects/{project_id}/messages:fetch-last-message")
def list_last_messages_by_channel_identity(req: Request) -> dict[str, Any]:
    """The latest message of each channel identity (or contact) asked for, newest first."""
    body = body_object(req)
    identities = [str(i) for i in body.get("channel_identities") or []]
    contact_ids = [require_id(c, "contact_ids") for c in body.get("contact_ids") or []]
    if bool(identities) == bool(contact_ids):
        raise invalid("give channel_identities or contact_ids (one of them)", "channel_identities")
    source = str(body.get("messages_source") or CONVERSATION_SOURCE)
    app_id = require_id(body["app_id"], "app_id") if body.get("app_id") else None
    start = parse_time(body["start_time"], "start_time") if body.get("start_time") else None
    end = parse_time(body["end_time"], "end_time") if body.get("end_time") else None
    channel, direction = body.get("channel"), body.get("direction")
    if direction == "UNDEFINED_DIRECTION":
        direction = None
    latest: dict[str, Message] = {}
    for m in req.state.messages.values():
        v = m.view
        ci = v.get("channel_identity") or {}
        who = ci.get("identity") if identities else v.get("contact_id")
        if who not in (identities or contact_ids) or m.source != source:
            continue
        if (app_id and m.app_id != app_id) or (channel and ci.get("channel") != channel):
            continue
        if (direction and v.get("direction") != direction) or (start and v["accept_time"] < start):
            continue
        if end and v["accept_time"] >= end:
            continue
        best = latest.get(str(who))
        if best is None or (v["accept_time"], m.seq) > (best.view["accept_time"], best.seq):
            latest[str(who)] = m

    def key(m: Message) -> list[Any]:
        return [m.view["accept_time"], m.seq]

    items = sorted(latest.values(), key=key, reverse=True)
    chunk, token = page(items, key, req, descending=True, params=body)
    out = [m.public() for m in chunk]
    if body.get("view") == "WITHOUT_METADATA":
        for shown in out:
            shown.pop("metadata", None)
    return {"messages": out, "next_page_token": token}
