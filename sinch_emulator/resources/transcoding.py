"""Transcoding: an app message rendered for each channel asked for, deterministically."""

from __future__ import annotations

import json
from typing import Any

from ..context import Request
from ..domain import get_app
from ..errors import invalid
from ..registry import Routes
from .common import body_object

routes = Routes("Transcoding")


def transcode(channel: str, message: dict[str, Any]) -> str:
    """A deterministic rendering of an app message for one channel."""
    plain = (message.get("text_message") or {}).get("text")
    if channel in ("SMS", "MMS") and plain is not None:
        return str(plain)
    if channel == "WHATSAPP" and plain is not None:
        return json.dumps({"type": "text", "text": {"body": plain}}, sort_keys=True)
    return json.dumps(
        {"channel": channel, "message": message}, sort_keys=True, separators=(",", ":")
    )


@routes.post("/v1/projects/{project_id}/messages:transcode")
def transcode_message(req: Request) -> dict[str, Any]:
    body = body_object(req)
    get_app(req, body.get("app_id"))
    message = body.get("app_message") or {}
    channels = body.get("channels") or []
    if not channels:
        raise invalid("channels is required", "channels")
    rendered = {ch: transcode(ch, message) for ch in channels if ch != "CHANNEL_UNSPECIFIED"}
    return {"transcoded_message": rendered}
