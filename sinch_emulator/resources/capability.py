"""Capability: a query answers at once; the outcome arrives later as a CAPABILITY callback."""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import get_app, known_recipient
from ..ids import new_id
from ..registry import Routes
from .common import body_object

routes = Routes("Capability")


@routes.post("/v1/projects/{project_id}/capability:query")
def query_capability(req: Request) -> dict[str, Any]:
    body = body_object(req)
    app = get_app(req, body.get("app_id"))
    contact, idents = known_recipient(req, app, body)
    request_id = body.get("request_id") or new_id()
    for ident in idents:
        note: dict[str, Any] = {
            "request_id": request_id,
            "channel": ident.get("channel"),
            "identity": ident.get("identity"),
            "capability_status": "CAPABILITY_FULL",
            "channel_capabilities": [],
        }
        if contact is not None:
            note["contact_id"] = contact.id
        req.callbacks.emit(
            req.state,
            app.id,
            "CAPABILITY",
            "capability_notification",
            note,
            delay=req.config.delivery_delay,
        )
    return {"app_id": app.id, "recipient": body.get("recipient"), "request_id": request_id}
