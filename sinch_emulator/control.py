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
  Answers the stored message. With ``"contact_event": {...}`` instead (for example
  ``{"composing_event": {}}``) an event is stored and an EVENT_INBOUND callback carries it
  under the key ``event``; answers the stored event. A text that is exactly an opt-out
  keyword (STOP, UNSUBSCRIBE, ...) or START puts the identity on (or takes it off) the
  app's OPT_OUT_ALL consent list.
* ``GET  /_emulator/clock``, ``POST /_emulator/clock``: the emulator's clock for scheduled
  work (Batch API ``send_after``): ``{"now", "offset_seconds"}``. The POST body
  ``{"advance_seconds": N}`` moves it forward and sends every scheduled batch now due.
* ``GET  /_emulator/callbacks``: ``{"callbacks": [...]}``, every delivery attempt series
  (target, trigger, body, status code, attempts, delivered), oldest first; filters
  ``app_id``, ``trigger``, ``webhook_id``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from starlette.datastructures import QueryParams

from . import bodies
from .callbacks import Callbacks
from .config import DEFAULT_REGION, REGIONS, EmulatorConfig
from .context import Request
from .domain import get_app, receive_inbound, receive_inbound_event
from .errors import ApiError, invalid
from .ids import require_id, stamp
from .ratelimit import RateLimiter
from .resources.batch import run_due
from .spec import Spec
from .state import Store

Action = Callable[[QueryParams, Any, "str | None"], Any]


class ControlEndpoints:
    """The control endpoints, given what they act on (never the emulator itself)."""

    def __init__(
        self,
        config: EmulatorConfig,
        spec: Spec,
        store: Store,
        limiter: RateLimiter,
        callbacks: Callbacks,
    ) -> None:
        self.config = config
        self.spec = spec
        self.store = store
        self.limiter = limiter
        self.callbacks = callbacks
        self.routes: dict[tuple[str, str], Action] = {
            ("GET", "/_emulator/health"): self.health,
            ("POST", "/_emulator/reset"): self.reset,
            ("POST", "/_emulator/inbound"): self.inbound,
            ("GET", "/_emulator/callbacks"): self.callback_log,
            ("GET", "/_emulator/clock"): self.clock,
            ("POST", "/_emulator/clock"): self.clock,
        }

    def handle(
        self,
        method: str,
        path: str,
        region: str | None,
        query_string: bytes,
        headers: Mapping[str, str],
        raw: bytes,
    ) -> tuple[int, Any, dict[str, str] | None]:
        """Answer a control request whose body ``raw`` has been read; ``region``: the one
        the path's prefix named (None: no prefix)."""
        handler = self.routes.get((method, path.rstrip("/")))
        if handler is None:
            known = sorted({p for m, p in self.routes})
            raise ApiError(
                404, f"No {method} endpoint at {path}; control endpoints are {', '.join(known)}."
            )
        query = QueryParams(query_string)
        body: Any = None
        if raw.strip():
            body = bodies.parse(raw, headers)
        return 200, handler(query, body, region), None

    def health(self, query: QueryParams, body: Any, region: str | None) -> dict[str, Any]:
        return {
            "status": "ok",
            "regions": list(REGIONS),
            "projects": [c.project_id for c in self.config.credentials],
            "spec": self.spec.source,
            "operations": len(self.spec.operations),
            "callbacks": self.callbacks.summary(),
        }

    def reset(self, query: QueryParams, body: Any, region: str | None) -> dict[str, Any]:
        region = query.get("region") or region
        if region is not None and region not in REGIONS:
            raise invalid(f"region must be one of {', '.join(REGIONS)}", "region")
        self.store.reset(query.get("project_id"), region)
        self.limiter.reset()
        self.callbacks.clear_log()
        return {"reset": True}

    def clock(self, query: QueryParams, body: Any, region: str | None) -> dict[str, Any]:
        clock = self.store.clock
        if body is not None:
            seconds = body.get("advance_seconds") if isinstance(body, dict) else None
            if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
                raise invalid(
                    "advance_seconds must be a number of seconds, zero or more", "advance_seconds"
                )
            clock.advance(float(seconds))
            for state in self.store.states():
                run_due(Request(state, self.callbacks, self.config))
        return {"now": stamp(clock.now()), "offset_seconds": clock.offset}

    def callback_log(self, query: QueryParams, body: Any, region: str | None) -> dict[str, Any]:
        entries = self.callbacks.entries(
            app_id=query.get("app_id"),
            trigger=query.get("trigger"),
            webhook_id=query.get("webhook_id"),
        )
        return {"callbacks": entries, "stats": self.callbacks.summary()}

    def inbound(self, query: QueryParams, body: Any, region: str | None) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise invalid(
                "the body must be a JSON object with app_id, channel, identity and "
                "contact_message (or text)"
            )
        project_id = body.get("project_id") or self.config.project_id
        state = self.store.state(project_id, region or DEFAULT_REGION)
        req = Request(state, self.callbacks, self.config, {}, body)
        app = get_app(req, require_id(body.get("app_id"), "app_id"))
        channel, identity = body.get("channel"), body.get("identity")
        if not isinstance(channel, str) or not isinstance(identity, str) or not identity:
            raise invalid("channel and identity are required strings", "channel")
        if isinstance(body.get("contact_event"), dict):
            return receive_inbound_event(
                req, app, channel, identity, body["contact_event"]
            ).public()
        message = body.get("contact_message")
        if message is None:
            message = {"text_message": {"text": str(body.get("text", ""))}}
        if not isinstance(message, dict):
            raise invalid("contact_message must be an object", "contact_message")
        sender = str(body["sender_id"]) if body.get("sender_id") else None
        msg = receive_inbound(
            req,
            app,
            channel,
            identity,
            message,
            metadata=str(body.get("metadata", "")),
            sender_id=sender,
        )
        return msg.public()
