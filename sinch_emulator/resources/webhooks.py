"""Webhooks: at most five per app, each with triggers and an optional signing secret."""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import get_app, lookup
from ..errors import invalid
from ..ids import new_id
from ..registry import Routes
from ..state import Webhook
from .common import apply_update, body_object

routes = Routes("Webhooks")
MAX_PER_APP = 5


def _check_triggers(triggers: Any) -> None:
    if triggers is not None and "UNSPECIFIED_TRIGGER" in triggers:
        raise invalid("triggers: UNSPECIFIED_TRIGGER is not a valid trigger", "triggers")


@routes.post("/v1/projects/{project_id}/webhooks")
def create_webhook(req: Request) -> dict[str, Any]:
    body = body_object(req)
    app = get_app(req, body.get("app_id"))
    _check_triggers(body.get("triggers"))
    if not body.get("target"):
        raise invalid("target is required", "target")
    count = sum(1 for w in req.state.webhooks.values() if w.view.get("app_id") == app.id)
    if count >= MAX_PER_APP:
        raise invalid(
            f"an app has at most {MAX_PER_APP} webhooks; app {app.id} has {count}", "app_id"
        )
    view: dict[str, Any] = {"id": new_id(), "target_type": "HTTP", "triggers": [], "secret": ""}
    view.update({k: v for k, v in body.items() if k != "id"})
    view["app_id"] = app.id
    return req.state.webhooks.put(Webhook(view=view)).public()


def _hook(req: Request, webhook_id: str) -> Webhook:
    return lookup(req.state.webhooks, webhook_id, "webhook_id", "Webhook")


@routes.get("/v1/projects/{project_id}/webhooks/{webhook_id}")
def get_webhook(req: Request, webhook_id: str) -> dict[str, Any]:
    return _hook(req, webhook_id).public()


@routes.get("/v1/projects/{project_id}/apps/{app_id}/webhooks")
def list_webhooks(req: Request, app_id: str) -> dict[str, Any]:
    app = get_app(req, app_id)
    hooks = [w.public() for w in req.state.webhooks.values() if w.view.get("app_id") == app.id]
    return {"webhooks": hooks}


@routes.patch("/v1/projects/{project_id}/webhooks/{webhook_id}")
def update_webhook(req: Request, webhook_id: str) -> dict[str, Any]:
    hook = _hook(req, webhook_id)
    body = body_object(req)
    _check_triggers(body.get("triggers"))
    if "app_id" in body and body["app_id"] != hook.view["app_id"]:
        get_app(req, body["app_id"])
    apply_update(hook.view, body, req)
    return req.state.webhooks.put(hook).public()


@routes.delete("/v1/projects/{project_id}/webhooks/{webhook_id}")
def delete_webhook(req: Request, webhook_id: str) -> dict[str, Any]:
    req.state.webhooks.delete(_hook(req, webhook_id).id)
    return {}
