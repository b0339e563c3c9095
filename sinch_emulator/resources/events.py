"""Events: what an app sends besides messages (composing, agent joined, ...), stored.

``events:send`` and ``conversations/{id}:inject-event`` store events; they are listed
(newest first, filtered by conversation or contact), read and deleted like messages.
"""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import lookup, open_outbound_conversation, outbound, store_event
from ..errors import invalid
from ..ids import require_id
from ..registry import Routes
from ..state import Event
from .common import body_object, page

routes = Routes("Events")
MAX_PAGE_SIZE = 20


@routes.post("/v1/projects/{project_id}/events:send")
def send_event(req: Request) -> dict[str, Any]:
    out = outbound(req, body_object(req))
    conv = open_outbound_conversation(req, out)
    event = store_event(
        req,
        app_id=out.app.id,
        conversation=conv,
        fields={
            "direction": "TO_CONTACT",
            "channel_identity": out.channel_identity,
            "processing_mode": "DISPATCH" if out.dispatch else "CONVERSATION",
            "app_event": out.body.get("event") or {},
        },
    )
    report: dict[str, Any] = {
        "event_id": event.id,
        "channel_identity": out.channel_identity,
        "processing_mode": event.view["processing_mode"],
    }
    if out.contact is not None:
        report["contact_id"] = out.contact.id
    if conv is not None:
        report["conversation_id"] = conv.id
    req.callbacks.delivery(
        req.state,
        out.app.view,
        "EVENT_DELIVERY",
        "event_delivery_report",
        report,
        extra={"message_metadata": out.body.get("event_metadata") or ""},
        callback_url=out.body.get("callback_url"),
    )
    return {"event_id": event.id, "accepted_time": event.view["accept_time"]}


@routes.get("/v1/projects/{project_id}/events")
def list_events(req: Request) -> dict[str, Any]:
    q = req.query
    conv_id = (
        require_id(q["conversation_id"], "conversation_id") if q.get("conversation_id") else None
    )
    contact_id = require_id(q["contact_id"], "contact_id") if q.get("contact_id") else None
    if (q.get("page_size") or 0) > MAX_PAGE_SIZE:
        raise invalid(f"page_size must be at most {MAX_PAGE_SIZE}", "page_size")

    def wanted(e: Event) -> bool:
        if conv_id and e.view.get("conversation_id") != conv_id:
            return False
        return not (contact_id and e.view.get("contact_id") != contact_id)

    def key(e: Event) -> list[Any]:
        return [e.view["accept_time"], e.seq]

    items = sorted(filter(wanted, req.state.events.values()), key=key, reverse=True)
    chunk, token = page(items, key, req, descending=True)
    return {
        "events": [e.public() for e in chunk],
        "next_page_token": token,
    }


@routes.get("/v1/projects/{project_id}/events/{event_id}")
def get_event(req: Request, event_id: str) -> dict[str, Any]:
    return lookup(req.state.events, event_id, "event_id", "Event").public()


@routes.delete("/v1/projects/{project_id}/events/{event_id}")
def delete_events(req: Request, event_id: str) -> dict[str, Any]:
    req.state.events.delete(lookup(req.state.events, event_id, "event_id", "Event").id)
    return {}
