"""The API operations pipeline: route, authenticate, authorize, limit, validate, handle.

For a ``/v1/`` request, in order: the spec route (unknown path: 404; wrong method: 405
with ``Allow``), authentication (401) and the project check (403), the project rate limit
(429), validation of path IDs, query and body against the spec (400), then the registry's
handler (501 for an operation of the spec no handler serves). What can be known per
operation is worked out once, at start-up, in the operation's compiled record (:class:`~.spec.Operation`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from starlette.datastructures import QueryParams
from starlette.types import Receive

from . import bodies
from .auth import Authenticator
from .callbacks import Callbacks
from .config import EmulatorConfig
from .context import Request
from .errors import ApiError, invalid, retry_info
from .ids import is_ulid
from .ratelimit import RateLimiter
from .registry import Registry
from .spec import Operation, Spec
from .state import Store

log = logging.getLogger("sinch_emulator")
#: query names the API accepts for another parameter (gRPC transcoding spells a field
#: mask both ways: update_mask=a,b and update_mask.paths=a&update_mask.paths=b)
ALIASES = {"update_mask.paths": "update_mask"}
#: free-form objects (JSON Struct) where a null is a value, not "unset"
FREE_FORM = frozenset({"metadata_json", "conversation_metadata", "payload"})
#: operations whose body an official SDK sends with every unset field as null (the Python
#: SDK's fetch-last-message). The API reads JSON as proto3 does, a null meaning the default;
#: elsewhere the spec's non-nullable fields stay strict, as the contract suite checks.
NULLS_MEAN_UNSET = frozenset({"Messages_ListLastMessagesByChannelIdentity"})


def without_nulls(value: Any) -> Any:
    """A body with its ``null`` fields dropped (a null means the field's default)."""
    if isinstance(value, dict):
        return {
            k: (v if k in FREE_FORM else without_nulls(v))
            for k, v in value.items()
            if v is not None
        }
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


class Operations:
    """Every operation of the spec, ready to answer."""

    def __init__(
        self,
        spec: Spec,
        registry: Registry,
        *,
        config: EmulatorConfig,
        auth: Authenticator,
        limiter: RateLimiter,
        store: Store,
        callbacks: Callbacks,
    ) -> None:
        self.spec = spec
        self.config = config
        self.auth = auth
        self.limiter = limiter
        self.store = store
        self.callbacks = callbacks
        # fails at start-up when a handler's route is not an operation of the spec
        registry.bind(spec)

    async def answer(
        self,
        method: str,
        path: str,
        region: str,
        query_string: bytes,
        headers: Mapping[str, str],
        receive: Receive,
    ) -> Any:
        op, args = self.spec.match(method, path)
        principal = self.auth.authenticate(headers.get("authorization"))
        index = op.project_index
        project_id = args[index] if index is not None else principal.project_id
        if project_id != principal.project_id:
            raise ApiError(403, f"Key {principal.key_id} has no access to project {project_id}.")
        self._take_token(project_id)
        validate = self.config.validate
        if validate:
            for i, name in op.id_params:
                if not is_ulid(args[i]):
                    raise invalid(f"{name}: {args[i]!r} is not a valid ID (a ULID)", name)
            for i, validator in op.checked_path:
                validator.check(args[i])
        query = self._query(op, query_string, validate) if query_string else {}
        if validate:
            for name in op.required_query:
                if name not in query:
                    raise invalid(f"{name} is required", name)
        raw = await bodies.read(receive, headers)
        body = self._body(op, raw, headers, validate)
        handler = op.handler
        if handler is None:
            raise ApiError(501, f"{op.operation_id or op.path} is not implemented by the emulator.")
        state = self.store.state(project_id, region)
        result = handler(Request(state, self.callbacks, self.config, query, body), args)
        if self.config.check_responses:
            self._check_response(op, 200, result)
        return result

    def _take_token(self, project_id: str) -> None:
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

    @staticmethod
    def _query(op: Operation, query_string: bytes, validate: bool) -> dict[str, Any]:
        # RFC 3986: '+' in a query is a plus sign (only HTML forms mean a space by it), and
        # phone-number identities start with one
        params = QueryParams(query_string.replace(b"+", b"%2B"))
        known = op.query_params
        if validate:
            # the API (gRPC transcoding) rejects query names it does not know
            unknown = [
                name for name in params if name not in known and ALIASES.get(name) not in known
            ]
            if unknown:
                raise invalid(f"unknown query parameter {unknown[0]!r}", unknown[0])
        query: dict[str, Any] = {}
        for name, param in known.items():
            raw_values = params.getlist(name)
            for alias, target in ALIASES.items():
                if target == name:
                    raw_values += params.getlist(alias)
            if raw_values:
                value = param.coerce(raw_values)
                if validate and param.validator is not None:
                    param.validator.check(value)
                query[name] = value
        return query

    @staticmethod
    def _body(op: Operation, raw: bytes, headers: Mapping[str, str], validate: bool) -> Any:
        if op.body is None:
            return {}
        if not raw or raw.isspace():  # as raw.strip() is empty, without the copy
            if op.body_required:
                raise invalid("the request body is required")
            return {}
        body = bodies.parse(raw, headers)
        if op.operation_id in NULLS_MEAN_UNSET and b"null" in raw:
            body = without_nulls(body)
        if validate:
            if op.valid_as_is is not None and op.valid_as_is(body):
                return body  # valid, and nothing in it to prune
            op.body.check(body)
        return body if op.prune is None else op.prune(body)

    def _check_response(self, op: Operation, status: int, body: Any) -> None:
        validator = self.spec.response_validator(op, status)
        if validator is not None and not validator.is_valid(body):
            problems = "; ".join(validator.errors(body)[:3])
            log.error("answer of %s breaks its schema: %s", op.operation_id, problems)
            raise ApiError(500, f"emulator answer breaks the spec: {problems}")
