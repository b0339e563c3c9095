"""Capability queries, transcoding, events and opt-in/opt-out registrations.

Each answers at once; capability and consent outcomes arrive later as callbacks
(CAPABILITY, OPT_IN, OPT_OUT), as the API describes.
"""

from __future__ import annotations

import json

from ..errors import invalid
from ..store import public
from .common import Context, get_app, new_id, now, require_body_object
from .messages import outbound, resolve_recipient

P = "/v1/projects/{}"


def _identities(ctx: Context, app: dict, body: dict) -> tuple[dict | None, list[dict]]:
    recipient = body.get("recipient") or {}
    if recipient.get("contact_id"):
        return resolve_recipient(ctx, app, body, dispatch=False)
    identified = (recipient.get("identified_by") or {}).get("channel_identities") or []
    if not identified:
        raise invalid("recipient needs contact_id or identified_by", "recipient")
    from .contacts import find_by_identity

    return find_by_identity(ctx.state, identified), [dict(i) for i in identified]


def query_capability(ctx: Context):
    body = require_body_object(ctx)
    app = get_app(ctx, body.get("app_id"))
    contact, idents = _identities(ctx, app, body)
    request_id = body.get("request_id") or new_id()
    for ident in idents:
        note = {
            "request_id": request_id,
            "channel": ident.get("channel"),
            "identity": ident.get("identity"),
            "capability_status": "CAPABILITY_FULL",
            "channel_capabilities": [],
        }
        if contact is not None:
            note["contact_id"] = contact["id"]
        ctx.emulator.callbacks.emit(
            ctx.state,
            app["id"],
            "CAPABILITY",
            "capability_notification",
            note,
            delay=ctx.emulator.config.delivery_delay,
        )
    return {"app_id": app["id"], "recipient": body.get("recipient"), "request_id": request_id}


def transcode(text: str, channel: str, message: dict) -> str:
    """A deterministic rendering of an app message for one channel."""
    plain = (message.get("text_message") or {}).get("text")
    if channel in ("SMS", "MMS") and plain is not None:
        return plain
    if channel == "WHATSAPP" and plain is not None:
        return json.dumps({"type": "text", "text": {"body": plain}}, sort_keys=True)
    return json.dumps(
        {"channel": channel, "message": message}, sort_keys=True, separators=(",", ":")
    )


def transcode_message(ctx: Context):
    body = require_body_object(ctx)
    get_app(ctx, body.get("app_id"))
    message = body.get("app_message") or {}
    channels = body.get("channels") or []
    if not channels:
        raise invalid("channels is required", "channels")
    return {
        "transcoded_message": {
            ch: transcode("", ch, message) for ch in channels if ch != "CHANNEL_UNSPECIFIED"
        }
    }


def send_event(ctx: Context):
    out = outbound(ctx)
    event_id, accepted = new_id(), now()
    report = {
        "event_id": event_id,
        "channel_identity": out.channel_identity,
        "processing_mode": "DISPATCH" if out.dispatch else "CONVERSATION",
    }
    if out.contact is not None:
        report["contact_id"] = out.contact["id"]
    ctx.emulator.callbacks.delivery(
        ctx.state,
        out.app,
        "EVENT_DELIVERY",
        "event_delivery_report",
        report,
        extra={"message_metadata": out.body.get("event_metadata") or ""},
        callback_url=out.body.get("callback_url"),
    )
    return {"event_id": event_id, "accepted_time": accepted}


def _consent(ctx: Context, kind: str):
    body = require_body_object(ctx)
    app = get_app(ctx, body.get("app_id"))
    contact, idents = _identities(ctx, app, body)
    request_id = ctx.query.get("request_id") or new_id()
    channels = body.get("channels") or [i.get("channel") for i in idents]
    by_channel = {i.get("channel"): i.get("identity") for i in idents}
    record = {
        "id": new_id(),
        "kind": kind,
        "app_id": app["id"],
        "request_id": request_id,
        "channels": channels,
        "recipient": body.get("recipient"),
        "time": now(),
    }
    ctx.state.put("consents", record)
    trigger = "OPT_IN" if kind == "opt_in" else "OPT_OUT"
    for channel in channels:
        note = {
            "request_id": request_id,
            "channel": channel,
            "identity": by_channel.get(channel, ""),
            "status": f"{trigger}_SUCCEEDED",
        }
        if contact is not None:
            note["contact_id"] = contact["id"]
        ctx.emulator.callbacks.emit(
            ctx.state,
            app["id"],
            trigger,
            f"{kind}_notification",
            note,
            delay=ctx.emulator.config.delivery_delay,
        )
    return {kind: dict(body), "request_id": request_id}


def register_opt_in(ctx: Context):
    return _consent(ctx, "opt_in")


def register_opt_out(ctx: Context):
    return _consent(ctx, "opt_out")


ROUTES = {
    ("POST", P + "/capability:query"): query_capability,
    ("POST", P + "/messages:transcode"): transcode_message,
    ("POST", P + "/events:send"): send_event,
    ("POST", P + "/optins:register"): register_opt_in,
    ("POST", P + "/optouts:register"): register_opt_out,
}

__all__ = ["public"]
