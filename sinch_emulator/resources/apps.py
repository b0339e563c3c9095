"""Apps: channel credentials, processing mode (DISPATCH by default), retention policy."""

from __future__ import annotations

from ..store import public
from .common import Context, apply_update, get_app, new_id, require_body_object

BASE = "/v1/projects/{}/apps"
DEFAULT_RATE_LIMITS = {"inbound": 25, "outbound": 20, "webhooks": 25}


def create_app(ctx: Context):
    body = require_body_object(ctx)
    app = {
        "id": new_id(),
        "display_name": "",
        "channel_credentials": [],
        "conversation_metadata_report_view": "NONE",
        "processing_mode": "DISPATCH",
        "retention_policy": {"retention_type": "MESSAGE_EXPIRE_POLICY", "ttl_days": 180},
        "dispatch_retention_policy": {"retention_type": "MESSAGE_EXPIRE_POLICY", "ttl_days": 0},
        "rate_limits": dict(DEFAULT_RATE_LIMITS),
    }
    for name, value in body.items():
        if name not in ("id", "rate_limits"):
            app[name] = value
    ctx.state.put("apps", app)
    return public(app)


def list_apps(ctx: Context):
    return {"apps": [public(a) for a in ctx.state.apps.values()]}


def get_app_(ctx: Context):
    return public(get_app(ctx, ctx.args[1], "app_id"))


def update_app(ctx: Context):
    app = get_app(ctx, ctx.args[1], "app_id")
    apply_update(app, require_body_object(ctx), ctx, read_only=("id", "rate_limits"))
    ctx.state.put("apps", app)
    return public(app)


def delete_app(ctx: Context):
    app = get_app(ctx, ctx.args[1], "app_id")
    for hook in [w for w in ctx.state.webhooks.values() if w.get("app_id") == app["id"]]:
        ctx.state.delete("webhooks", hook["id"])
    ctx.state.delete("apps", app["id"])
    return {}


ROUTES = {
    ("POST", BASE): create_app,
    ("GET", BASE): list_apps,
    ("GET", BASE + "/{}"): get_app_,
    ("PATCH", BASE + "/{}"): update_app,
    ("DELETE", BASE + "/{}"): delete_app,
}
