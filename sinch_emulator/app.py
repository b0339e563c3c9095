"""The ASGI application: region prefix, faults, routing from the spec, auth, limits, validation.

A request goes through, in order: the region prefix (``/us``, ``/eu``, ``/br``; none means
us), the per-request fault header, the token endpoint or the emulator control endpoints,
then for API routes configured faults, the spec route (unknown path or wrong method: 404),
authentication (401) and the project check (403), the project rate limit (429), validation
of path, query and body against the spec (400), and the handler. Any error is answered in
the documented envelope; an unexpected exception becomes a 500 envelope and is logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import QueryParams
from starlette.responses import Response

from . import bodies
from .auth import Authenticator
from .callbacks import Callbacks
from .config import DEFAULT_REGION, REGIONS, EmulatorConfig
from .control import ControlEndpoints
from .errors import ApiError, error_body, invalid, retry_info
from .faults import HEADER as FAULT_HEADER
from .faults import Fault, FaultInjector, after_answer, drop_connection, parse_header
from .ratelimit import RateLimiter
from .resources import HANDLERS
from .resources.common import Context, is_ulid
from .spec import Operation, Spec
from .store import Store

log = logging.getLogger("sinch_emulator")
MAX_BODY = bodies.MAX_BODY
JSON_HEADERS = [(b"content-type", b"application/json")]
_REGION_PREFIXES = {f"/{r}": r for r in REGIONS}


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


class Emulator:
    """The emulator as an ASGI callable (uvicorn serves it; Starlette supplies the primitives)."""

    def __init__(self, config: EmulatorConfig | None = None, spec: Spec | None = None) -> None:
        self.config = config or EmulatorConfig()
        self.spec = spec or Spec.load(self.config.spec_path)
        self.store = Store(self.config.db)
        self.auth = Authenticator(self.config)
        self.limiter = RateLimiter(self.config.rate_limit)
        self.faults = FaultInjector(self.config.faults)
        self.callbacks = Callbacks(self.config)
        self.control = ControlEndpoints(self)
        self.handlers: dict[Operation, Callable] = {}
        for op in self.spec.operations:
            handler = HANDLERS.get(op.key)
            if handler is not None:
                self.handlers[op.operation_id or op.key] = handler
        self._project_index = {
            op.operation_id or op.key: next(
                (i for i, p in enumerate(op.path_params) if p.name == "project_id"), None
            )
            for op in self.spec.operations
        }

    # -- ASGI

    async def __call__(self, scope, receive, send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self.handle(scope, receive, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive, send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def aclose(self) -> None:
        await self.callbacks.aclose()
        self.store.close()

    async def handle(self, scope, receive, send) -> None:
        path: str = scope["path"]
        region = DEFAULT_REGION
        head, _, rest = path[1:].partition("/")
        if f"/{head}" in _REGION_PREFIXES:
            region, path = head, "/" + rest
        headers = {}
        for name, value in scope["headers"]:
            headers[name.decode("latin-1").lower()] = value.decode("latin-1")
        method: str = scope["method"]
        fault = None
        try:
            if FAULT_HEADER in headers:
                fault = parse_header(headers[FAULT_HEADER])
                if not self.faults.attempt(
                    fault, method, scope["path"], scope["query_string"], headers[FAULT_HEADER]
                ):
                    fault = None  # its `times` are used up: this attempt passes
            if path.startswith("/v1/"):
                configured = self.faults.draw()
                if configured is not None and fault is None:
                    fault = configured
            if fault is not None and await self._apply_fault(fault, send):
                return
            if path == "/oauth2/token":
                status, body, extra = await self._token(method, headers, receive)
            elif path.startswith("/_emulator/") or path == "/_emulator":
                status, body, extra = await self.control.handle(
                    method, path, region, scope, headers, receive
                )
            else:
                status, body, extra = await self._api(method, path, region, scope, headers, receive)
        except ApiError as exc:
            status, body, extra = exc.code, bodies.shorten_error(exc.body()), exc.headers
        except Exception:  # a bug: answer in the documented shape and say so in the log
            log.exception("unhandled error for %s %s", method, scope["path"])
            status, body, extra = 500, error_body(500), {}
        if fault is not None and fault.after is not None:  # handled; now lose the answer
            if fault.after == "drop" and drop_connection(send):
                return
            status, body, extra = after_answer(fault) or (status, body, extra)
        await self._respond(send, status, body, extra)

    @staticmethod
    async def _respond(send, status: int, body: Any, extra: dict[str, str] | None) -> None:
        try:
            raw = body if isinstance(body, bytes) else bodies.encode(body)
        except ValueError:
            log.exception("answer with status %s cannot be encoded", status)
            status, raw, extra = 500, bodies.encode(error_body(500)), None
        response = Response(
            raw, status_code=status, headers=extra or None, media_type="application/json"
        )
        await send(
            {"type": "http.response.start", "status": status, "headers": response.raw_headers}
        )
        await send({"type": "http.response.body", "body": raw})

    async def _apply_fault(self, fault: Fault, send) -> bool:
        """Delay, drop or fail as asked; True when the request has been answered (or dropped)."""
        if fault.latency_ms:
            await asyncio.sleep(fault.latency_ms / 1000)
        if fault.drop:
            cycle = getattr(send, "__self__", None)
            transport = getattr(cycle, "transport", None)
            if transport is not None:
                transport.close()
                cycle.disconnected = True  # uvicorn then neither logs nor answers
                return True
            raise ConnectionAbortedError("dropped by fault injection")
        if fault.status is not None:
            code = fault.status
            extra = {}
            details = []
            if code in (429, 503):
                wait = fault.retry_after if fault.retry_after is not None else 1
                extra["Retry-After"] = str(wait)
                details.append(retry_info(wait))
            raise ApiError(
                code,
                f"{error_body(code)['error']['message']} (injected fault)",
                details=details,
                headers=extra,
            )
        return False

    # -- the token endpoint

    async def _token(self, method: str, headers: dict, receive) -> tuple[int, Any, dict]:
        """OAuth2 client credentials (RFC 6749 4.4); errors in the OAuth2 shape of RFC 6749 5.2."""
        if method != "POST":
            raise ApiError(
                404, f"No {method} endpoint at /oauth2/token.", headers={"Allow": "POST"}
            )
        raw = await bodies.read(receive, headers)
        form = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        pair = None
        auth = headers.get("authorization", "")
        if auth[:6].lower() == "basic ":
            from .auth import parse_basic

            pair = parse_basic(auth[6:].strip())
        elif "client_id" in form:
            pair = (form.get("client_id", ""), form.get("client_secret", ""))
        if pair is None:
            return (
                401,
                {
                    "error": "invalid_client",
                    "error_description": "client authentication is required",
                },
                {"WWW-Authenticate": 'Basic realm="sinch"'},
            )
        cred = self.auth.check_key(*pair)
        if cred is None:
            return (
                401,
                {
                    "error": "invalid_client",
                    "error_description": "unknown key id or wrong key secret",
                },
                {"WWW-Authenticate": 'Basic realm="sinch"'},
            )
        if form.get("grant_type") != "client_credentials":
            return (
                400,
                {
                    "error": "unsupported_grant_type",
                    "error_description": "grant_type must be client_credentials",
                },
                {},
            )
        return 200, self.auth.issue(cred), {"Cache-Control": "no-store"}

    # -- API operations

    async def _api(self, method, path, region, scope, headers, receive):
        op, args = self.spec.match(method, path)
        principal = self.auth.authenticate(headers.get("authorization"))
        op_key = op.operation_id or op.key
        index = self._project_index[op_key]
        project_id = args[index] if index is not None else principal.project_id
        if project_id != principal.project_id:
            raise ApiError(403, f"Key {principal.key_id} has no access to project {project_id}.")
        wait = self.limiter.acquire(project_id)
        if wait is not None:
            seconds = self.limiter.retry_after(wait)
            raise ApiError(
                429,
                "Too many requests: the project rate limit is "
                f"{self.limiter.rate:g} requests per second.",
                details=[retry_info(int(seconds))],
                headers={"Retry-After": seconds},
            )
        validate = self.config.validate
        for param, value in zip(op.path_params, args):
            if (
                validate
                and param.name != "project_id"
                and param.name.endswith("_id")
                and not is_ulid(value)
            ):
                raise invalid(f"{param.name}: {value!r} is not a valid ID (a ULID)", param.name)
        query: dict[str, Any] = {}
        if scope["query_string"]:
            params = QueryParams(scope["query_string"])
            if validate:
                # the API (gRPC transcoding) rejects query names it does not know
                unknown = [name for name in params if name not in op.query_params]
                if unknown:
                    raise invalid(f"unknown query parameter {unknown[0]!r}", unknown[0])
            for name, param in op.query_params.items():
                raw_values = params.getlist(name)
                if raw_values:
                    value = param.coerce(raw_values)
                    if validate and param.validator is not None:
                        param.validator.check(value)
                    query[name] = value
        if validate:
            for name, param in op.query_params.items():
                if param.required and name not in query:
                    raise invalid(f"{name} is required", name)
        body: Any = {}
        raw = await bodies.read(receive, headers)
        if op.body is not None:
            if raw.strip():
                body = bodies.parse(raw, headers)
                if validate:
                    op.body.check(body)
            elif op.body_required:
                raise invalid("the request body is required")
        handler = self.handlers.get(op_key)
        if handler is None:
            raise ApiError(501, f"{op.operation_id or op.path} is not implemented by the emulator.")
        state = self.store.state(project_id, region)
        result = handler(Context(self, state, args, query, body))
        if self.config.check_responses:
            self._check_response(op, 200, result)
        return 200, result, None

    def _check_response(self, op: Operation, status: int, body: Any) -> None:
        validator = self.spec.response_validator(op, status)
        if validator is not None and not validator.is_valid(body):
            problems = "; ".join(validator.errors(body)[:3])
            log.error("answer of %s breaks its schema: %s", op.operation_id, problems)
            raise ApiError(500, f"emulator answer breaks the spec: {problems}")


async def read_body(receive, headers: dict[str, str] | None = None) -> bytes:
    return await bodies.read(receive, headers or {})


def create_app(config: EmulatorConfig | None = None, **overrides: Any) -> Emulator:
    """The ASGI app for ``config`` (or the defaults with ``overrides``)."""
    if config is None:
        config = EmulatorConfig.build(**overrides)
    return Emulator(config)
