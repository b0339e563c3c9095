"""The web console at ``/_emulator/console``: watch what an app sends, answer as the customer.

A page (``static/index.html`` with plain JavaScript, no build step) reads JSON endpoints
under ``/_emulator/console/api/`` and follows a server-sent event stream that says when
something changed:

* ``GET  api/overview``: the apps per project and region, the newest messages across apps;
* ``GET  api/app``: one app, its webhooks, conversations or dispatch messages;
* ``GET  api/thread``: a conversation's (or an identity's) messages with their status;
* ``GET  api/callbacks``: the callback log, newest first;
* ``POST api/reply``: a contact answers (text, a tapped choice, a location or a media URL),
  through exactly the code of ``POST /_emulator/inbound``;
* ``POST api/mark``: mark an app message DELIVERED, READ or FAILED and send that receipt;
* ``POST api/resend``: deliver a logged callback again;
* ``GET  api/events``: ``text/event-stream``, a ``change`` event whenever state or the
  callback log changed (checked a few times a second; the send path is not touched).

Errors answer the emulator's error envelope. The console is for loopback clients only
(``console="loopback"``, the default), for anyone with a project's key (``"credentials"``,
HTTP Basic) or switched off (``"off"``); secrets are masked in everything it shows.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import QueryParams
from starlette.types import Receive, Scope, Send

from .. import bodies
from ..auth import Authenticator, parse_basic
from ..callbacks import Callbacks
from ..config import EmulatorConfig
from ..control import ControlEndpoints
from ..errors import ApiError, error_body, invalid, not_found
from ..ids import now
from ..state import Message, ProjectState, Store
from . import views

log = logging.getLogger("sinch_emulator.console")

PREFIX = "/_emulator/console"
STATIC = Path(__file__).resolve().parent / "static"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}
#: seconds between two looks at the state for the event stream, and between keep-alives
TICK = 0.25
KEEPALIVE = 15.0
MAX_MARKS = 10_000
MAX_TEXT = 4096

Handler = Callable[[QueryParams, Any], Any]


def _limit(query: QueryParams, default: int = 50) -> int:
    raw = query.get("limit")
    if raw is None:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= 1000:
        raise invalid("limit must be a whole number from 1 to 1000", "limit")
    return int(raw)


@dataclass(frozen=True, slots=True)
class Backend:
    """What the console acts on, given by the emulator (never the emulator itself)."""

    config: EmulatorConfig
    auth: Authenticator
    store: Store
    callbacks: Callbacks
    control: ControlEndpoints


class Console:
    """The console's ASGI handler, mounted by the emulator on ``/_emulator/console``."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        #: delivery statuses set by hand: message_id -> {"status", "reason", "time"}
        self.marks: dict[str, dict[str, Any]] = {}
        self.version = 0  # bumped by the console's own writes
        self.routes: dict[tuple[str, str], Handler] = {
            ("GET", "overview"): self.overview,
            ("GET", "app"): self.app,
            ("GET", "thread"): self.thread,
            ("GET", "callbacks"): self.callbacks,
            ("POST", "reply"): self.reply,
            ("POST", "mark"): self.mark,
            ("POST", "resend"): self.resend,
        }

    @property
    def projects(self) -> list[str]:
        return [c.project_id for c in self.backend.config.credentials]

    # -- ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        method: str = scope["method"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        rest = path[len(PREFIX) :].strip("/")
        try:
            self._admit(scope, headers)
            if method == "POST":
                self._same_origin(headers)
            if rest == "api/events" and method == "GET":
                await self._events(receive, send)
                return
            if rest.startswith("api/") or rest == "api":
                raw = await bodies.read(receive, headers)
                answer = self._api(method, rest[4:], scope, headers, raw)
                await _send(send, 200, bodies.encode(answer), "application/json")
                return
            await self._static(method, rest, send)
        except ApiError as exc:
            extra = exc.headers or None
            await _send(send, exc.code, bodies.encode(exc.body()), "application/json", extra)
        except Exception:  # a bug: answer in the documented shape and say so in the log
            log.exception("console error for %s %s", method, path)
            await _send(send, 500, bodies.encode(error_body(500)), "application/json")

    def _admit(self, scope: Scope, headers: dict[str, str]) -> None:
        mode = self.backend.config.console
        if mode == "off":
            raise ApiError(404, "The console is switched off (--console off).")
        if mode == "credentials":
            auth = headers.get("authorization", "")
            pair = parse_basic(auth[6:].strip()) if auth[:6].lower() == "basic " else None
            if pair is None or self.backend.auth.check_key(*pair) is None:
                raise ApiError(
                    401,
                    "The console needs a project's key id and key secret (HTTP Basic).",
                    headers={"WWW-Authenticate": 'Basic realm="sinch emulator console"'},
                )
            return
        client = (scope.get("client") or ("", 0))[0]
        try:
            loopback = ipaddress.ip_address(client).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ApiError(
                403,
                "The console answers loopback clients only; start the emulator with "
                "--console credentials to open it from elsewhere.",
            )

    @staticmethod
    def _same_origin(headers: dict[str, str]) -> None:
        """A page of another origin must not act through the console (its POSTs change state)."""
        origin = headers.get("origin")
        if origin and urlsplit(origin).netloc != headers.get("host", ""):
            raise ApiError(403, f"Cross-origin requests to the console are refused ({origin}).")

    async def _static(self, method: str, rest: str, send: Send) -> None:
        if method != "GET":
            raise ApiError(404, f"No {method} endpoint at {PREFIX}/{rest}.")
        name = "index.html" if rest in ("", "index.html") else rest.removeprefix("static/")
        target = (STATIC / name).resolve()
        if (
            not rest.startswith("static/") and rest not in ("", "index.html")
        ) or not target.is_relative_to(STATIC):
            raise ApiError(404, f"No console page at {PREFIX}/{rest}.")
        if not target.is_file():
            raise ApiError(404, f"No console page at {PREFIX}/{rest}.")
        kind = CONTENT_TYPES.get(target.suffix, "application/octet-stream")
        await _send(send, 200, target.read_bytes(), kind)

    def _api(
        self, method: str, name: str, scope: Scope, headers: dict[str, str], raw: bytes
    ) -> Any:
        handler = self.routes.get((method, name))
        if handler is None:
            known = ", ".join(f"{m} api/{n}" for m, n in self.routes)
            raise ApiError(404, f"No {method} endpoint at {PREFIX}/api/{name}; there are {known}.")
        body: Any = None
        if method == "POST":
            body = bodies.parse(raw, headers) if raw.strip() else None
            if not isinstance(body, dict):
                raise invalid("the body must be a JSON object", "body")
        return handler(QueryParams(scope["query_string"]), body)

    # -- reading

    def _status(self) -> dict[str, dict[str, Any]]:
        return views.statuses(self.backend.callbacks, self.marks)

    def _state(self, source: Any) -> ProjectState:
        e = self.backend
        return views.state_for(
            e.store,
            self.projects,
            source.get("project_id") or e.config.project_id,
            source.get("region") or "us",
        )

    def overview(self, query: QueryParams, body: Any) -> dict[str, Any]:
        e = self.backend
        return {
            "console": e.config.console,
            "projects": views.overview(e.store, self.projects),
            "activity": views.activity(e.store, self.projects, self._status(), _limit(query)),
            "callbacks": e.callbacks.summary(),
        }

    def app(self, query: QueryParams, body: Any) -> dict[str, Any]:
        state = self._state(query)
        app = views.app_in(state, query.get("app_id"))
        return views.app_detail(state, app, self._status(), _limit(query))

    def thread(self, query: QueryParams, body: Any) -> dict[str, Any]:
        state = self._state(query)
        app = views.app_in(state, query.get("app_id"))
        return views.thread(
            state,
            app,
            self._status(),
            conversation_id=query.get("conversation_id"),
            channel=query.get("channel"),
            identity=query.get("identity"),
        )

    def callbacks(self, query: QueryParams, body: Any) -> dict[str, Any]:
        e = self.backend
        rows = views.callback_rows(e.callbacks, app_id=query.get("app_id"), limit=_limit(query))
        return {"callbacks": rows, "stats": e.callbacks.summary()}

    # -- acting

    def _app_message(self, state: ProjectState, app_id: str, message_id: Any) -> Message:
        if not isinstance(message_id, str) or not message_id:
            raise invalid("message_id is required", "message_id")
        msg = state.messages.get(message_id)
        if msg is None or msg.app_id != app_id:
            raise not_found("Message", message_id)
        if msg.view.get("direction") != "TO_CONTACT":
            raise invalid(f"message {message_id} is the contact's, not the app's", "message_id")
        return msg

    def reply(self, query: QueryParams, body: dict[str, Any]) -> dict[str, Any]:
        """A contact's answer, handed to exactly what ``POST /_emulator/inbound`` runs."""
        state = self._state(body)
        app = views.app_in(state, body.get("app_id"))
        channel, identity = body.get("channel"), body.get("identity")
        if not isinstance(channel, str) or not channel.strip():
            raise invalid("choose the channel the contact writes on", "channel")
        if not isinstance(identity, str) or not identity.strip():
            raise invalid("give the contact's identity on that channel", "identity")
        given = [k for k in ("text", "choice", "location", "media") if body.get(k) is not None]
        if len(given) != 1:
            raise invalid("give exactly one of text, choice, location or media", "text")
        message = self._contact_message(state, app.id, given[0], body[given[0]])
        inbound = {
            "project_id": state.project_id,
            "app_id": app.id,
            "channel": channel.strip(),
            "identity": identity.strip(),
            "contact_message": message,
        }
        answer: dict[str, Any] = self.backend.control.inbound(
            QueryParams(""), inbound, state.region
        )
        self.version += 1
        return answer

    def _contact_message(
        self, state: ProjectState, app_id: str, kind: str, value: Any
    ) -> dict[str, Any]:
        if kind == "text":
            if not isinstance(value, str) or not value.strip():
                raise invalid("the text is empty: type what the contact says", "text")
            if len(value) > MAX_TEXT:
                raise invalid(f"the text is longer than {MAX_TEXT} characters", "text")
            return {"text_message": {"text": value}}
        if kind == "choice":
            if not isinstance(value, dict):
                raise invalid("choice must be {message_id, index}", "choice")
            msg = self._app_message(state, app_id, value.get("message_id"))
            choices = views.choices_of(msg.view.get("app_message") or {})
            index = value.get("index")
            if (
                not isinstance(index, int)
                or isinstance(index, bool)
                or not (0 <= index < len(choices))
            ):
                raise invalid(
                    f"choice {index!r} does not exist: message {msg.id} has "
                    f"{len(choices)} choice(s)",
                    "choice.index",
                )
            postback = choices[index]["postback_data"]
            return {"choice_response_message": {"message_id": msg.id, "postback_data": postback}}
        if kind == "location":
            if not isinstance(value, dict):
                raise invalid("location must be {latitude, longitude, title}", "location")
            lat, lon = value.get("latitude"), value.get("longitude")
            for name, number, bound in (("latitude", lat, 90), ("longitude", lon, 180)):
                if not isinstance(number, int | float) or isinstance(number, bool):
                    raise invalid(f"location.{name} must be a number", f"location.{name}")
                if not -bound <= number <= bound:
                    raise invalid(
                        f"location.{name} must be between -{bound} and {bound}",
                        f"location.{name}",
                    )
            title = str(value.get("title") or "Shared location")
            return {
                "location_message": {
                    "coordinates": {"latitude": lat, "longitude": lon},
                    "title": title,
                }
            }
        url = value.get("url") if isinstance(value, dict) else value
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
            raise invalid("media must be an http(s) URL", "media.url")
        return {"media_message": {"url": url}}

    def mark(self, query: QueryParams, body: dict[str, Any]) -> dict[str, Any]:
        """Mark an app message DELIVERED, READ or FAILED and send the matching receipt."""
        state = self._state(body)
        status = body.get("status")
        if status not in views.HAND_STATUSES:
            raise invalid(f"status must be one of {', '.join(views.HAND_STATUSES)}", "status")
        message_id = body.get("message_id")
        found = state.messages.get(message_id) if isinstance(message_id, str) else None
        if found is None:
            raise not_found("Message", str(message_id))
        msg = self._app_message(state, found.app_id, message_id)
        reason_code = body.get("reason") or "RECIPIENT_NOT_REACHABLE"
        report: dict[str, Any] = {
            "message_id": msg.id,
            "status": status,
            "channel_identity": msg.view.get("channel_identity"),
            "processing_mode": msg.view.get("processing_mode"),
        }
        for name in ("conversation_id", "contact_id"):
            if msg.view.get(name):
                report[name] = msg.view[name]
        if status == "FAILED":
            if not isinstance(reason_code, str):
                raise invalid("reason must be a reason code", "reason")
            report["reason"] = {
                "code": reason_code,
                "description": "marked FAILED in the emulator console",
                "sub_code": "UNSPECIFIED_SUB_CODE",
            }
        targets = sum(
            1
            for w in state.webhooks.values()
            if w.view.get("app_id") == msg.app_id
            and "MESSAGE_DELIVERY" in (w.view.get("triggers") or ())
        )
        self.backend.callbacks.emit(
            state,
            msg.app_id,
            "MESSAGE_DELIVERY",
            "message_delivery_report",
            report,
            extra={
                "message_metadata": msg.view.get("metadata") or "",
                "correlation_id": msg.correlation_id or "",
            },
        )
        if len(self.marks) >= MAX_MARKS:
            self.marks.pop(next(iter(self.marks)))
        self.marks[msg.id] = {
            "status": status,
            "reason": report.get("reason", {}).get("code"),
            "time": now(),
        }
        self.version += 1
        return {"message_id": msg.id, "status": status, "receipts": targets}

    def resend(self, query: QueryParams, body: dict[str, Any]) -> dict[str, Any]:
        """Deliver a logged callback once more, to its webhook as it is configured now."""
        e = self.backend
        ident = body.get("id")
        entry = next((x for x in e.callbacks.log if x["id"] == ident), None)
        if entry is None:
            raise not_found("Callback", str(ident))
        target, secret = entry["target"], None
        for state in views.states(e.store, self.projects):
            if entry["webhook_id"]:
                hook = state.webhooks.get(entry["webhook_id"])
                if hook is not None:
                    target, secret = hook.view["target"], hook.view.get("secret") or ""
                    break
            else:  # a message's callback_url: signed with the app's secret for those
                app = state.apps.get(entry["app_id"])
                if app is not None:
                    settings = app.view.get("callback_settings") or {}
                    secret = settings.get("secret_for_overridden_callback_urls") or ""
                    break
        if secret is None:
            raise ApiError(
                404, f"Callback {ident}'s webhook (or app) no longer exists; nothing was sent."
            )
        e.callbacks.send_again(entry, target, secret)
        self.version += 1
        return {"resent": ident, "target": target}

    # -- the event stream

    def _signature(self) -> tuple[int, ...]:
        e = self.backend
        return (self.version, *views.fingerprint(e.store, self.projects, e.callbacks))

    async def _events(self, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/event-stream; charset=utf-8"),
                    (b"cache-control", b"no-store"),
                    (b"x-accel-buffering", b"no"),
                ],
            }
        )
        gone = asyncio.ensure_future(_disconnected(receive))
        cycle: Any = getattr(send, "__self__", None)  # uvicorn's response cycle, if any
        try:
            last = self._signature()
            await send(
                {"type": "http.response.body", "body": b"retry: 1000\n\n", "more_body": True}
            )
            await send({"type": "http.response.body", "body": _event(last), "more_body": True})
            quiet = 0.0
            while not gone.done():
                await asyncio.wait({gone}, timeout=TICK)
                if cycle is not None and getattr(cycle, "keep_alive", True) is False:
                    break  # the server is shutting down: end the stream, the page reconnects
                current = self._signature()
                if current != last:
                    last, quiet = current, 0.0
                    await send(
                        {"type": "http.response.body", "body": _event(current), "more_body": True}
                    )
                else:
                    quiet += TICK
                    if quiet >= KEEPALIVE:
                        quiet = 0.0
                        await send(
                            {
                                "type": "http.response.body",
                                "body": b": keep-alive\n\n",
                                "more_body": True,
                            }
                        )
            if not gone.done():
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:  # the client went away mid-write
            pass
        finally:
            gone.cancel()


def _event(signature: tuple[int, ...]) -> bytes:
    return b"event: change\ndata: %d\n\n" % (hash(signature) & 0xFFFFFFFF)


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _send(
    send: Send,
    status: int,
    raw: bytes,
    kind: str,
    extra: dict[str, str] | None = None,
) -> None:
    headers = [
        (b"content-type", kind.encode()),
        (b"content-length", str(len(raw)).encode()),
        (b"cache-control", b"no-store"),
        (b"x-content-type-options", b"nosniff"),
    ]
    headers += [(k.lower().encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": raw})


__all__ = ["PREFIX", "Console"]
