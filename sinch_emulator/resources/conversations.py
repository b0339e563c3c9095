"""Conversations: one active per app and contact, created on the first message, stoppable."""

from __future__ import annotations

from ..errors import invalid
from ..store import ProjectState, public
from .common import (
    Context,
    apply_update,
    get_app,
    get_contact,
    lookup,
    merge_patch,
    new_id,
    now,
    page,
    require_body_object,
)

BASE = "/v1/projects/{}/conversations"
EPOCH = "1970-01-01T00:00:00.000000Z"


def _notify(ctx_or_emulator, state: ProjectState, conv: dict, what: str) -> None:
    ctx_or_emulator.callbacks.emit(
        state,
        conv["app_id"],
        f"CONVERSATION_{what.upper()}",
        f"conversation_{what}_notification",
        {"conversation": public(conv)},
    )


def open_conversation(
    emulator, state: ProjectState, app_id: str, contact_id: str, channel: str | None
) -> dict:
    """The active conversation of the app with the contact, started if there is none."""
    for conv in state.conversations.values():
        if conv.get("active") and conv["app_id"] == app_id and conv["contact_id"] == contact_id:
            return conv
    conv = {
        "id": new_id(),
        "app_id": app_id,
        "contact_id": contact_id,
        "active": True,
        "active_channel": channel or "CHANNEL_UNSPECIFIED",
        "last_received": EPOCH,
        "metadata": "",
        "metadata_json": {},
    }
    state.put("conversations", conv)
    _notify(emulator, state, conv, "start")
    return conv


def _stop_others(ctx: Context, conv: dict) -> None:
    for other in ctx.state.conversations.values():
        if (
            other is not conv
            and other.get("active")
            and other["app_id"] == conv["app_id"]
            and other["contact_id"] == conv["contact_id"]
        ):
            other["active"] = False
            ctx.state.put("conversations", other)
            _notify(ctx.emulator, ctx.state, other, "stop")


def create_conversation(ctx: Context):
    body = require_body_object(ctx)
    app = get_app(ctx, body.get("app_id"))
    contact = get_contact(ctx, body.get("contact_id"))
    conv = {
        "id": new_id(),
        "active": True,
        "active_channel": "CHANNEL_UNSPECIFIED",
        "last_received": EPOCH,
        "metadata": "",
        "metadata_json": {},
    }
    conv.update({k: v for k, v in body.items() if k not in ("id", "last_received")})
    conv["app_id"], conv["contact_id"] = app["id"], contact["id"]
    ctx.state.put("conversations", conv)
    if conv.get("active"):
        _stop_others(ctx, conv)
        _notify(ctx.emulator, ctx.state, conv, "start")
    return public(conv)


def _conversation(ctx: Context) -> dict:
    return lookup(ctx.state, "conversations", ctx.args[1], "conversation_id", "Conversation")


def get_conversation(ctx: Context):
    return public(_conversation(ctx))


def list_conversations(ctx: Context):
    q = ctx.query
    app_id, contact_id = q.get("app_id"), q.get("contact_id")
    if app_id:
        get_app(ctx, app_id)
    if contact_id:
        get_contact(ctx, contact_id)
    items = [
        c
        for c in ctx.state.conversations.values()
        if (not app_id or c["app_id"] == app_id.upper())
        and (not contact_id or c["contact_id"] == contact_id.upper())
        and (not q.get("only_active") or c.get("active"))
    ]
    chunk, token = page(items, lambda c: [c["_seq"]], ctx)
    return {
        "conversations": [public(c) for c in chunk],
        "next_page_token": token,
        "total_size": len(items),
    }


def update_conversation(ctx: Context):
    conv = _conversation(ctx)
    body = dict(require_body_object(ctx))
    strategy = ctx.query.get("metadata_update_strategy") or "REPLACE"
    if "metadata_json" in body and strategy == "MERGE_PATCH":
        body["metadata_json"] = merge_patch(conv.get("metadata_json") or {}, body["metadata_json"])
    for frozen in ("app_id", "contact_id"):
        if frozen in body and body[frozen] != conv[frozen]:
            raise invalid(f"{frozen} of a conversation cannot change", frozen)
    was_active = conv.get("active")
    apply_update(conv, body, ctx, read_only=("id", "last_received"))
    ctx.state.put("conversations", conv)
    if was_active and not conv.get("active"):
        _notify(ctx.emulator, ctx.state, conv, "stop")
    elif conv.get("active") and not was_active:
        _stop_others(ctx, conv)
    return public(conv)


def delete_conversation(ctx: Context):
    conv = _conversation(ctx)
    for msg in [m for m in ctx.state.messages.values() if m.get("conversation_id") == conv["id"]]:
        ctx.state.delete("messages", msg["id"])
    ctx.state.delete("conversations", conv["id"])
    _notify(ctx.emulator, ctx.state, conv, "delete")
    return {}


def stop_conversation(ctx: Context):
    conv = _conversation(ctx)
    if conv.get("active"):
        conv["active"] = False
        ctx.state.put("conversations", conv)
        _notify(ctx.emulator, ctx.state, conv, "stop")
    return {}


def inject_message(ctx: Context):
    from .messages import store_message

    conv = _conversation(ctx)
    body = require_body_object(ctx)
    contact = get_contact(ctx, body.get("contact_id"))
    if contact["id"] != conv["contact_id"]:
        raise invalid("contact_id is not the contact of this conversation", "contact_id")
    if bool(body.get("app_message")) == bool(body.get("contact_message")):
        raise invalid("set exactly one of app_message and contact_message", "app_message")
    from .common import parse_time

    fields = {k: v for k, v in body.items() if k not in ("id",)}
    fields["accept_time"] = parse_time(body.get("accept_time") or now(), "accept_time")
    fields["injected"] = True
    store_message(
        ctx.state,
        app_id=conv["app_id"],
        source="CONVERSATION_SOURCE",
        conversation=conv,
        fields=fields,
    )
    return {}


ROUTES = {
    ("POST", BASE): create_conversation,
    ("GET", BASE): list_conversations,
    ("GET", BASE + "/{}"): get_conversation,
    ("PATCH", BASE + "/{}"): update_conversation,
    ("DELETE", BASE + "/{}"): delete_conversation,
    ("POST", BASE + "/{}:stop"): stop_conversation,
    ("POST", BASE + "/{}:inject-message"): inject_message,
}
