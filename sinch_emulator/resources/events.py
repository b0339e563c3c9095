"""Events: an app's typing indicators, composing events and the like, sent to a contact."""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import outbound
from ..ids import new_id, now
from ..registry import Routes
from .common import body_object

routes = Routes("Events")


@routes.post("/v1/projects/{project_id}/events:send")
def send_event(req: Request) -> dict[str, Any]:
    out = outbound(req, body_object(req))
    event_id, accepted = new_id(), now()
    report: dict[str, Any] = {
        "event_id": event_id,
        "channel_identity": out.channel_identity,
        "processing_mode": "DISPATCH" if out.dispatch else "CONVERSATION",
    }
    if out.contact is not None:
        report["contact_id"] = out.contact.id
    req.callbacks.delivery(
        req.state,
        out.app.view,
        "EVENT_DELIVERY",
        "event_delivery_report",
        report,
        extra={"message_metadata": out.body.get("event_metadata") or ""},
        callback_url=out.body.get("callback_url"),
    )
    return {"event_id": event_id, "accepted_time": accepted}
