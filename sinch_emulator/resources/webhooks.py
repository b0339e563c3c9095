"""Webhooks: at most five per app, each with triggers and an optional signing secret."""

from __future__ import annotations

from ..errors import invalid
from ..store import public
from .common import Context, apply_update, get_app, lookup, new_id, require_body_object

MAX_PER_APP = 5
BASE = "/v1/projects/{}/webhooks"


def _check_triggers(triggers) -> None:
    if triggers is not None and "UNSPECIFIED_TRIGGER" in triggers:
        raise invalid("triggers: UNSPECIFIED_TRIGGER is not a valid trigger", "triggers")


def create_webhook(ctx: Context):
    body = require_body_object(ctx)
    app = get_app(ctx, body.get("app_id"))
    _check_triggers(body.get("triggers"))
    if not body.get("target"):
        raise invalid("target is required", "target")
    count = sum(1 for w in ctx.state.webhooks.values() if w.get("app_id") == app["id"])
    if count >= MAX_PER_APP:
        raise invalid(
            f"an app has at most {MAX_PER_APP} webhooks; app {app['id']} has {count}", "app_id"
        )
    hook = {"id": new_id(), "target_type": "HTTP", "triggers": [], "secret": ""}
    hook.update({k: v for k, v in body.items() if k != "id"})
    hook["app_id"] = app["id"]
    ctx.state.put("webhooks", hook)
    return public(hook)


def _hook(ctx: Context) -> dict:
    return lookup(ctx.state, "webhooks", ctx.args[1], "webhook_id", "Webhook")


def get_webhook(ctx: Context):
    return public(_hook(ctx))


def list_webhooks(ctx: Context):
    app = get_app(ctx, ctx.args[1], "app_id")
    return {
        "webhooks": [public(w) for w in ctx.state.webhooks.values() if w.get("app_id") == app["id"]]
    }


def update_webhook(ctx: Context):
    hook = _hook(ctx)
    body = require_body_object(ctx)
    _check_triggers(body.get("triggers"))
    if "app_id" in body and body["app_id"] != hook["app_id"]:
        get_app(ctx, body["app_id"])
    apply_update(hook, body, ctx)
    ctx.state.put("webhooks", hook)
    return public(hook)


def delete_webhook(ctx: Context):
    ctx.state.delete("webhooks", _hook(ctx)["id"])
    return {}


ROUTES = {
    ("POST", BASE): create_webhook,
    ("GET", BASE + "/{}"): get_webhook,
    ("PATCH", BASE + "/{}"): update_webhook,
    ("DELETE", BASE + "/{}"): delete_webhook,
    ("GET", "/v1/projects/{}/apps/{}/webhooks"): list_webhooks,
}
