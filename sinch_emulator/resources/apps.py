"""App: channel credentials, processing mode (DISPATCH by default), retention policy."""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import get_app
from ..ids import new_id
from ..registry import Routes
from ..state import App
from .common import apply_update, body_object

routes = Routes("App")
DEFAULT_RATE_LIMITS = {"inbound": 25, "outbound": 20, "webhooks": 25}


@routes.post("/v1/projects/{project_id}/apps")
def create_app(req: Request) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": new_id(),
        "display_name": "",
        "channel_credentials": [],
        "conversation_metadata_report_view": "NONE",
        "processing_mode": "DISPATCH",
        "retention_policy": {"retention_type": "MESSAGE_EXPIRE_POLICY", "ttl_days": 180},
        "dispatch_retention_policy": {"retention_type": "MESSAGE_EXPIRE_POLICY", "ttl_days": 0},
        "rate_limits": dict(DEFAULT_RATE_LIMITS),
    }
    for name, value in body_object(req).items():
        if name not in ("id", "rate_limits"):
            view[name] = value
    return req.state.apps.put(App(view=view)).public()


@routes.get("/v1/projects/{project_id}/apps")
def list_apps(req: Request) -> dict[str, Any]:
    return {"apps": [a.public() for a in req.state.apps.values()]}


@routes.get("/v1/projects/{project_id}/apps/{app_id}")
def get_app_(req: Request, app_id: str) -> dict[str, Any]:
    return get_app(req, app_id).public()


@routes.patch("/v1/projects/{project_id}/apps/{app_id}")
def update_app(req: Request, app_id: str) -> dict[str, Any]:
    app = get_app(req, app_id)
    apply_update(app.view, body_object(req), req, read_only=("id", "rate_limits"))
    return req.state.apps.put(app).public()


@routes.delete("/v1/projects/{project_id}/apps/{app_id}")
def delete_app(req: Request, app_id: str) -> dict[str, Any]:
    app = get_app(req, app_id)
    for hook in [w for w in req.state.webhooks.values() if w.view.get("app_id") == app.id]:
        req.state.webhooks.delete(hook.id)
    req.state.apps.delete(app.id)
    return {}
