"""Emulator-only endpoints, outside ``/v1/`` and without authentication.

* ``GET  /_emulator/health``: ``{"status": "ok", ...}`` once the server answers.
* ``POST /_emulator/reset``: forget all state (apps, contacts, conversations, messages,
  webhooks), rate-limit buckets and the callback log. Optional query ``project_id`` and/or
  ``region`` narrow it; a region prefix (``/eu/_emulator/reset``) narrows it to that region.
* ``POST /_emulator/inbound``: a contact sends a message to an app. Body
  ``{"app_id", "channel", "identity", "contact_message": {...}}`` (or ``"text": "..."``
  instead of ``contact_message``), optional ``project_id`` (default: the first configured
  project), ``sender_id`` and ``metadata``; the region comes from the path prefix. The
  message is stored with direction TO_APP (creating contact and conversation in
  CONVERSATION mode) and a MESSAGE_INBOUND callback carries it under the key ``message``.
  Answers the stored message.
* ``GET  /_emulator/callbacks``: ``{"callbacks": [...]}``, every delivery attempt series
  (target, trigger, body, status code, attempts, delivered), oldest first; filters
  ``app_id``, ``trigger``, ``webhook_id``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.datastructures import QueryParams

from . import bodies
from .config import REGIONS
from .errors import ApiError, invalid
from .store import public

if TYPE_CHECKING:
    from .app import Emulator


class ControlEndpoints:
    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    async def handle(self, method, path, region, scope, headers, receive):
        from .app import read_body

        query = QueryParams(scope["query_string"])
        routes = {
            ("GET", "/_emulator/health"): self.health,
            ("POST", "/_emulator/reset"): self.reset,
            ("POST", "/_emulator/inbound"): self.inbound,
            ("GET", "/_emulator/callbacks"): self.callbacks,
        }
        handler = routes.get((method, path.rstrip("/")))
        if handler is None:
            known = sorted({p for m, p in routes})
            raise ApiError(
                404, f"No {method} endpoint at {path}; control endpoints are {', '.join(known)}."
            )
        raw = await read_body(receive, headers)
        body: Any = None
        if raw.strip():
            body = bodies.parse(raw, headers)
        prefixed = scope["path"].startswith(f"/{region}/")
        return 200, handler(query, body, region if prefixed else None), None

    def health(self, query, body, region):
        e = self.emulator
        return {
            "status": "ok",
            "regions": list(REGIONS),
            "projects": [c.project_id for c in e.config.credentials],
            "spec": e.spec.source,
            "operations": len(e.spec.operations),
            "callbacks": e.callbacks.summary(),
        }

    def reset(self, query, body, region):
        e = self.emulator
        region = query.get("region") or region
        if region is not None and region not in REGIONS:
            raise invalid(f"region must be one of {', '.join(REGIONS)}", "region")
        e.store.reset(query.get("project_id"), region)
        e.limiter._buckets.clear()
        e.callbacks.log.clear()
        return {"reset": True}

    def callbacks(self, query, body, region):
        entries = self.emulator.callbacks.entries(
            app_id=query.get("app_id"),
            trigger=query.get("trigger"),
            webhook_id=query.get("webhook_id"),
        )
        return {"callbacks": entries, "stats": self.emulator.callbacks.summary()}

    def inbound(self, query, body, region):
        from .resources.common import Context, get_app, now, require_id
        from .resources.contacts import find_by_identity, new_contact
        from .resources.conversations import open_conversation
        from .resources.messages import CONVERSATION_SOURCE, DISPATCH_SOURCE, store_message

        e = self.emulator
        if not isinstance(body, dict):
            raise invalid(
                "the body must be a JSON object with app_id, channel, identity and "
                "contact_message (or text)"
            )
        project_id = body.get("project_id") or e.config.project_id
        state = e.store.state(project_id, region or "us")
        ctx = Context(e, state, [project_id], {}, body)
        app = get_app(ctx, require_id(body.get("app_id"), "app_id"))
        channel, identity = body.get("channel"), body.get("identity")
        if not isinstance(channel, str) or not isinstance(identity, str) or not identity:
            raise invalid("channel and identity are required strings", "channel")
        message = body.get("contact_message")
        if message is None:
            message = {"text_message": {"text": str(body.get("text", ""))}}
        if not isinstance(message, dict):
            raise invalid("contact_message must be an object", "contact_message")
        fields = {
            "direction": "TO_APP",
            "contact_message": message,
            "channel_identity": {"channel": channel, "identity": identity, "app_id": app["id"]},
            "metadata": str(body.get("metadata", "")),
            "accept_time": now(),
        }
        if body.get("sender_id"):
            fields["sender_id"] = str(body["sender_id"])
        extra: dict[str, Any] = {"message_metadata": fields["metadata"]}
        if app.get("processing_mode", "DISPATCH") == "CONVERSATION":
            pair = [{"channel": channel, "identity": identity}]
            contact = find_by_identity(state, pair)
            if contact is None:
                contact = new_contact(state, {"channel_identities": pair})
                e.callbacks.project_event(
                    state,
                    "CONTACT_CREATE",
                    "contact_create_notification",
                    {"contact": public(contact)},
                )
            conv = open_conversation(e, state, app["id"], contact["id"], channel)
            msg = store_message(
                state,
                app_id=app["id"],
                source=CONVERSATION_SOURCE,
                fields=fields,
                conversation=conv,
            )
            if conv.get("metadata_json"):
                extra["conversation_metadata"] = conv["metadata_json"]
            if conv.get("correlation_id"):
                extra["correlation_id"] = conv["correlation_id"]
        else:
            msg = store_message(state, app_id=app["id"], source=DISPATCH_SOURCE, fields=fields)
        e.callbacks.emit(state, app["id"], "MESSAGE_INBOUND", "message", public(msg), extra=extra)
        return public(msg)
