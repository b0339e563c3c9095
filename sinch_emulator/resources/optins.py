"""OptIn & OptOut: registrations answer at once; OPT_IN / OPT_OUT callbacks follow.

An opt-out puts the recipient's identities on the app's OPT_OUT_ALL consent list, an
opt-in takes them off; both leave an audit record (origin ORIGIN_API).
"""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import OPT_OUT_ALL, change_consent, get_app, known_recipient
from ..ids import new_id, now
from ..registry import Routes
from ..state import ConsentRegistration
from .common import body_object

routes = Routes("OptIn & OptOut")


def _register(req: Request, kind: str) -> dict[str, Any]:
    body = body_object(req)
    app = get_app(req, body.get("app_id"))
    contact, idents = known_recipient(req, app, body)
    request_id = req.query.get("request_id") or new_id()
    channels = body.get("channels") or [i.get("channel") for i in idents]
    by_channel = {i.get("channel"): i.get("identity") for i in idents}
    view = {
        "id": new_id(),
        "kind": kind,
        "app_id": app.id,
        "request_id": request_id,
        "channels": channels,
        "recipient": body.get("recipient"),
        "time": now(),
    }
    req.state.consents.put(ConsentRegistration(view=view))
    for ident in idents:
        if ident.get("channel") in channels and ident.get("identity"):
            change_consent(
                req,
                app.id,
                str(ident["identity"]),
                OPT_OUT_ALL,
                insert=kind == "opt_out",
                origin="ORIGIN_API",
            )
    trigger = "OPT_IN" if kind == "opt_in" else "OPT_OUT"
    for channel in channels:
        note: dict[str, Any] = {
            "request_id": request_id,
            "channel": channel,
            "identity": by_channel.get(channel, ""),
            "status": f"{trigger}_SUCCEEDED",
        }
        if contact is not None:
            note["contact_id"] = contact.id
        req.callbacks.emit(
            req.state,
            app.id,
            trigger,
            f"{kind}_notification",
            note,
            delay=req.config.delivery_delay,
        )
    return {kind: dict(body), "request_id": request_id}


@routes.post("/v1/projects/{project_id}/optins:register")
def register_opt_in(req: Request) -> dict[str, Any]:
    return _register(req, "opt_in")


@routes.post("/v1/projects/{project_id}/optouts:register")
def register_opt_out(req: Request) -> dict[str, Any]:
    return _register(req, "opt_out")
