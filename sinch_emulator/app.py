"""The ASGI application: region prefix, faults, the token and control endpoints, answers.

A request goes through, in order: the region prefix (``/us``, ``/eu``, ``/br``; none means
us), the per-request fault header, the token endpoint or the emulator control endpoints,
then for API routes configured faults and the operations pipeline (:mod:`.api`: route,
auth, project, rate limit, validation, handler). Any error is answered in the documented
envelope; an unexpected exception becomes a 500 envelope and is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import bodies, faults
from .api import Operations
from .auth import Authenticator, parse_basic
from .callbacks import Callbacks
from .config import DEFAULT_REGION, REGIONS, EmulatorConfig
from .console import PREFIX as CONSOLE_PREFIX
from .console import Backend, Console
from .control import ControlEndpoints
from .errors import ApiError, error_body
from .faults import FaultInjector
from .ratelimit import RateLimiter
from .resources import BATCH_REGISTRY, REGISTRY
from .spec import Spec, find_batch_spec_path
from .state import Store

log = logging.getLogger("sinch_emulator")
MAX_BODY = bodies.MAX_BODY
JSON_HEADERS = [(b"content-type", b"application/json")]
_REGION_PREFIXES = {f"/{r}": r for r in REGIONS}
#: the API's routes: configured faults apply to these only
API = ("/v1/", "/v2/")
#: the Batch API's paths are the Conversation API's; after the region, this prefix selects it
BATCH_PREFIX = "/batch"


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
        self.control = ControlEndpoints(
            self.config, self.spec, self.store, self.limiter, self.callbacks
        )
        self.console = Console(
            Backend(self.config, self.auth, self.store, self.callbacks, self.control)
        )
        self.operations = Operations(
            self.spec,
            REGISTRY,
            config=self.config,
            auth=self.auth,
            limiter=self.limiter,
            store=self.store,
            callbacks=self.callbacks,
        )
        self.batch_spec = Spec.load(find_batch_spec_path(self.config.batch_spec_path))
        self.batch_operations = Operations(
            self.batch_spec,
            BATCH_REGISTRY,
            config=self.config,
            auth=self.auth,
            limiter=self.limiter,
            store=self.store,
            callbacks=self.callbacks,
        )

    # -- ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self.handle(scope, receive, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
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

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        raw_path: bytes | None = scope.get("raw_path")
        if raw_path is not None and b"%" in raw_path:
            path = in_segments(raw_path)
        region = DEFAULT_REGION
        head, _, rest = path[1:].partition("/")
        if f"/{head}" in _REGION_PREFIXES:
            region, path = head, "/" + rest
        operations = self.operations
        if path.startswith(BATCH_PREFIX + "/"):
            operations, path = self.batch_operations, path[len(BATCH_PREFIX) :]
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            headers[name.decode("latin-1").lower()] = value.decode("latin-1")
        if path.startswith(CONSOLE_PREFIX):  # the web console answers on its own (HTML, SSE)
            return await self.console(scope, receive, send, path)
        method: str = scope["method"]
        status: int
        body: Any
        extra: dict[str, str] | None
        fault = None
        try:
            fault = self.faults.for_request(
                headers, method, scope["path"], scope["query_string"], path.startswith(API)
            )
            if fault is not None and await faults.before_handling(fault, send):
                return  # dropped
            if path == "/oauth2/token":
                status, body, extra = await self._token(method, headers, receive)
            elif path.startswith("/_emulator/") or path == "/_emulator":
                raw = await read_body(receive, headers)
                prefixed = region if scope["path"].startswith(f"/{region}/") else None
                query = scope["query_string"]
                status, body, extra = self.control.handle(
                    method, path, prefixed, query, headers, raw
                )
            else:
                result = await operations.answer(
                    method, path, region, scope["query_string"], headers, receive
                )
                status, body, extra = 200, result, None
        except ApiError as exc:
            status, body, extra = exc.code, bodies.shorten_error(exc.body()), exc.headers
        except Exception:  # a bug: answer in the documented shape and say so in the log
            log.exception("unhandled error for %s %s", method, scope["path"])
            status, body, extra = 500, error_body(500), {}
        if fault is not None and fault.after is not None:  # handled; now lose the answer
            answer = faults.after_handling(fault, send, (status, body, extra))
            if answer is None:
                return  # dropped
            status, body, extra = answer
        await self._respond(send, status, body, extra)

    @staticmethod
    async def _respond(send: Send, status: int, body: Any, extra: dict[str, str] | None) -> None:
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

    # -- the token endpoint

    async def _token(
        self, method: str, headers: dict[str, str], receive: Receive
    ) -> tuple[int, Any, dict[str, str]]:
        """OAuth2 client credentials (RFC 6749 4.4); errors in the OAuth2 shape of RFC 6749 5.2."""
        if method != "POST":
            raise ApiError(
                404, f"No {method} endpoint at /oauth2/token.", headers={"Allow": "POST"}
            )
        raw = await read_body(receive, headers)
        form = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        pair = None
        auth = headers.get("authorization", "")
        if auth[:6].lower() == "basic ":
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


async def read_body(receive: Receive, headers: Mapping[str, str]) -> bytes:
    return await bodies.read(receive, headers)


def create_app(config: EmulatorConfig | None = None, **overrides: Any) -> Emulator:
    """The ASGI app for ``config`` (or the defaults with ``overrides``)."""
    if config is None:
        config = EmulatorConfig.build(**overrides)
    return Emulator(config)


def in_segments(raw_path: bytes) -> str:
    """The request path decoded segment by segment: an escaped ``/`` or ``%`` inside a segment
    stays escaped (``%2F``, ``%25``), so a path value holding ``/`` is one value, not two
    segments (RFC 3986 3.3). :meth:`Spec.match` unescapes the values it captures."""
    return "/".join(
        unquote(segment).replace("%", "%25").replace("/", "%2F")
        for segment in raw_path.decode("latin-1").split("/")
    )
