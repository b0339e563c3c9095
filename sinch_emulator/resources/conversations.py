"""Conversation: one active per app and contact, created on the first message, stoppable."""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import (
    CONVERSATION_SOURCE,
    get_app,
    get_contact,
    lookup,
    merge_patch,
    new_conversation,
    notify_conversation,
    stop_conversation,
    stop_others,
    store_event,
    store_message,
)
from ..errors import invalid
from ..ids import now, parse_time, require_id
from ..registry import Routes
from ..state import Conversation, Message
from .common import apply_update, body_object, page

routes = Routes("Conversation")


def _conversation(req: Request, conversation_id: str) -> Conversation:
    return lookup(req.state.conversations, conversation_id, "conversation_id", "Conversation")


@routes.post("/v1/projects/{project_id}/conversations")
def create_conversation(req: Request) -> dict[str, Any]:
    body = body_object(req)
    app = get_app(req, body.get("app_id"))
    contact = get_contact(req, body.get("contact_id"))
    conv = new_conversation(body)
    conv.view["app_id"], conv.view["contact_id"] = app.id, contact.id
    req.state.conversations.put(conv)
    if conv.active:
        stop_others(req, conv)
        notify_conversation(req, conv, "start")
    return conv.public()


@routes.get("/v1/projects/{project_id}/conversations/{conversation_id}")
def get_conversation(req: Request, conversation_id: str) -> dict[str, Any]:
    return _conversation(req, conversation_id).public()


@routes.get("/v1/projects/{project_id}/conversations")
def list_conversations(req: Request) -> dict[str, Any]:
    q = req.query
    app_id, contact_id = q.get("app_id"), q.get("contact_id")
    if app_id:
        get_app(req, app_id)
    if contact_id:
        get_contact(req, contact_id)
    items = [
        c
        for c in req.state.conversations.values()
        if (not app_id or c.app_id == app_id.upper())
        and (not contact_id or c.contact_id == contact_id.upper())
        and (not q.get("only_active") or c.active)
        and (not q.get("active_channel") or c.view.get("active_channel") == q["active_channel"])
    ]
    chunk, token = page(items, lambda c: [c.seq], req)
    return {
        "conversations": [c.public() for c in chunk],
        "next_page_token": token,
        "total_size": len(items),
    }


@routes.patch("/v1/projects/{project_id}/conversations/{conversation_id}")
def update_conversation(req: Request, conversation_id: str) -> dict[str, Any]:
    conv = _conversation(req, conversation_id)
    body = dict(body_object(req))
    strategy = req.query.get("metadata_update_strategy") or "REPLACE"
    if "metadata_json" in body and strategy == "MERGE_PATCH":
        body["metadata_json"] = merge_patch(
            conv.view.get("metadata_json") or {}, body["metadata_json"]
        )
    for frozen in ("app_id", "contact_id"):
        if frozen in body and body[frozen] != conv.view[frozen]:
            raise invalid(f"{frozen} of a conversation cannot change", frozen)
    was_active = conv.active
    apply_update(conv.view, body, req, read_only=("id", "last_received"))
    req.state.conversations.put(conv)
    if was_active and not conv.active:
        notify_conversation(req, conv, "stop")
    elif conv.active and not was_active:
        stop_others(req, conv)
    return conv.public()


@routes.delete("/v1/projects/{project_id}/conversations/{conversation_id}")
def delete_conversation(req: Request, conversation_id: str) -> dict[str, Any]:
    conv = _conversation(req, conversation_id)
    state = req.state
    for msg in [m for m in state.messages.values() if m.view.get("conversation_id") == conv.id]:
        state.messages.delete(msg.id)
    state.conversations.delete(conv.id)
    notify_conversation(req, conv, "delete")
    return {}


@routes.post("/v1/projects/{project_id}/conversations/{conversation_id}:stop")
def stop_active_conversation(req: Request, conversation_id: str) -> dict[str, Any]:
    conv = _conversation(req, conversation_id)
    if conv.active:
        stop_conversation(req, conv)
    return {}


@routes.post("/v1/projects/{project_id}/conversations/{conversation_id}:inject-message")
def inject_message(req: Request, conversation_id: str) -> dict[str, Any]:
    conv = _conversation(req, conversation_id)
    body = body_object(req)
    contact = get_contact(req, body.get("contact_id"))
    if contact.id != conv.contact_id:
        raise invalid("contact_id is not the contact of this conversation", "contact_id")
    if bool(body.get("app_message")) == bool(body.get("contact_message")):
        raise invalid("set exactly one of app_message and contact_message", "app_message")
    fields = {k: v for k, v in body.items() if k != "id"}
    fields["accept_time"] = parse_time(body.get("accept_time") or now(), "accept_time")
    fields["injected"] = True
    store_message(
        req, app_id=conv.app_id, source=CONVERSATION_SOURCE, conversation=conv, fields=fields
    )
    return {}


@routes.post("/v1/projects/{project_id}/conversations/{conversation_id}:inject-event")
def inject_event(req: Request, conversation_id: str) -> dict[str, Any]:
    """Record an app event in the conversation's history, as if it had been sent."""
    conv = _conversation(req, conversation_id)
    body = body_object(req)
    if body.get("contact_id") and require_id(body["contact_id"], "contact_id") != conv.contact_id:
        raise invalid("contact_id is not the contact of this conversation", "contact_id")
    if body.get("conversation_id") and body["conversation_id"].upper() != conv.id:
        raise invalid(
            "conversation_id differs from the conversation in the path", "conversation_id"
        )
    fields: dict[str, Any] = {
        "direction": "TO_CONTACT",
        "app_event": body.get("app_event") or {},
        "accept_time": parse_time(body.get("accept_time") or now(), "accept_time"),
        "processing_mode": body.get("processing_mode") or "CONVERSATION",
    }
    if body.get("channel_identity"):
        fields["channel_identity"] = body["channel_identity"]
    else:
        fields["channel_identity"] = {"channel": conv.view.get("active_channel"), "identity": ""}
    event = store_event(req, app_id=conv.app_id, fields=fields, conversation=conv)
    return {"event_id": event.id, "accepted_time": event.view["accept_time"]}


@routes.get("/v1/projects/{project_id}/conversations:recent")
def list_recent_conversations(req: Request) -> dict[str, Any]:
    """The app's conversations, each with its latest message, by that message's time
    (newest first unless ``order=ASC``); conversations without messages sort oldest."""
    q = req.query
    app = get_app(req, q.get("app_id"))
    latest: dict[str, Message] = {}
    for msg in req.state.messages.values():
        conv_id = msg.view.get("conversation_id")
        if conv_id is None:
            continue
        best = latest.get(conv_id)
        if best is None or (msg.view["accept_time"], msg.seq) > (
            best.view["accept_time"],
            best.seq,
        ):
            latest[conv_id] = msg
    convs = [
        c
        for c in req.state.conversations.values()
        if c.app_id == app.id and (not q.get("only_active") or c.active)
    ]
    ascending = q.get("order") == "ASC"

    def when(c: Conversation) -> list[Any]:
        msg = latest.get(c.id)
        return [msg.view["accept_time"] if msg is not None else "", c.seq]

    convs.sort(key=when, reverse=not ascending)
    chunk, token = page(convs, when, req, descending=not ascending)
    items = []
    for c in chunk:
        item: dict[str, Any] = {"conversation": c.public()}
        if c.id in latest:
            item["last_message"] = latest[c.id].public()
        items.append(item)
    return {"conversations": items, "next_page_token": token, "total_size": len(convs)}
