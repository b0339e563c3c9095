"""Verifying and parsing Conversation API callbacks.

Sinch signs each callback with the webhook's secret::

    signature = base64(HMAC-SHA256(secret, raw_body + "." + nonce + "." + timestamp))

sent in ``x-sinch-webhook-signature`` together with the ``-nonce``, ``-timestamp`` (Unix
seconds) and ``-algorithm`` headers. Verify against the *raw* request body: re-serialised JSON
does not reproduce the signed bytes. The timestamp check bounds how long a captured callback
can be replayed; a nonce store (``nonces=``) refuses a second delivery of the same signed
callback inside that window. :class:`MemoryNonceStore` serves one process; several
processes behind a load balancer share one through anything with an atomic
"set if absent, with expiry" (the :class:`NonceStore` protocol), e.g. Redis ``SET NX EX``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from sinch_conversation_client.models.callback_event import CallbackEvent
from sinch_conversation_client.types import UNSET, Unset

from .errors import (
    ConfigurationError,
    ReplayedWebhookError,
    StaleWebhookError,
    WebhookSignatureError,
)

__all__ = [
    "ALGORITHM_HEADER",
    "NONCE_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "Callback",
    "MemoryNonceStore",
    "NonceStore",
    "compute_signature",
    "parse_callback",
    "verify_signature",
]

SIGNATURE_HEADER = "x-sinch-webhook-signature"
NONCE_HEADER = "x-sinch-webhook-signature-nonce"
TIMESTAMP_HEADER = "x-sinch-webhook-signature-timestamp"
ALGORITHM_HEADER = "x-sinch-webhook-signature-algorithm"
ALGORITHM = "HmacSHA256"

DEFAULT_MAX_AGE = 300.0


@runtime_checkable
class NonceStore(Protocol):
    """Where accepted callback nonces are remembered until they can no longer be replayed."""

    def add(self, nonce: str, expires_at: float) -> bool:
        """Remember ``nonce`` until ``expires_at`` (Unix time); False if it is already there.

        Must be atomic: of two concurrent calls with the same nonce, one returns False.
        """
        ...


class MemoryNonceStore:
    """A bounded in-process :class:`NonceStore`.

    Holds at most ``max_entries`` nonces; when full it forgets expired ones first, then the
    oldest, so memory stays bounded under any callback rate (a replay of a forgotten nonce
    is then caught only by the timestamp window). Thread-safe.
    """

    def __init__(self, max_entries: int = 100_000, clock: Any = time.time) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.max_entries = max_entries
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, nonce: str, expires_at: float) -> bool:
        with self._lock:
            now = self._clock()
            known = self._seen.get(nonce)
            if known is not None and known > now:
                return False
            self._seen.pop(nonce, None)
            self._seen[nonce] = expires_at
            if len(self._seen) > self.max_entries:
                for key in [k for k, exp in self._seen.items() if exp <= now]:
                    del self._seen[key]
                while len(self._seen) > self.max_entries:
                    self._seen.popitem(last=False)
            return True

    def __len__(self) -> int:
        return len(self._seen)

    def __repr__(self) -> str:
        return f"MemoryNonceStore({len(self._seen)} of {self.max_entries})"


def _as_bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else bytes(value)


def compute_signature(
    secret: str | bytes, raw_body: str | bytes, nonce: str, timestamp: str | int
) -> str:
    """The base64 signature Sinch sends for ``raw_body`` with ``nonce`` and ``timestamp``."""
    signed = _as_bytes(raw_body) + b"." + _as_bytes(nonce) + b"." + _as_bytes(str(timestamp))
    digest = hmac.new(_as_bytes(secret), signed, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if value is None:  # plain dicts are case-sensitive; httpx/starlette headers are not
        lowered = name.lower()
        for key, candidate in headers.items():
            if key.lower() == lowered:
                value = candidate
                break
    if value is None or value == "":
        raise WebhookSignatureError(f"missing {name} header")
    return value


def verify_signature(
    secret: str | bytes,
    raw_body: str | bytes,
    headers: Mapping[str, str],
    *,
    max_age: float | None = DEFAULT_MAX_AGE,
    now: float | None = None,
    nonces: NonceStore | None = None,
) -> None:
    """Check a callback's signature; return ``None`` if valid.

    Raises :class:`WebhookSignatureError` for missing or wrong headers or a signature that
    does not match, :class:`StaleWebhookError` when the timestamp is more than ``max_age``
    seconds away from ``now`` (``None`` disables the check), and, with a ``nonces`` store,
    :class:`ReplayedWebhookError` for a nonce already accepted. An empty secret is a
    :class:`ConfigurationError`: any body would verify against it.
    """
    if not secret:
        raise ConfigurationError("webhook secret is empty; pass the secret set on the webhook")
    signature = _header(headers, SIGNATURE_HEADER)
    nonce = _header(headers, NONCE_HEADER)
    timestamp = _header(headers, TIMESTAMP_HEADER)
    algorithm = _lookup_optional(headers, ALGORITHM_HEADER)
    if algorithm is not None and algorithm.lower() != ALGORITHM.lower():
        raise WebhookSignatureError(f"unsupported signature algorithm {algorithm!r}")
    try:
        signed_at = int(timestamp)
    except ValueError:
        raise WebhookSignatureError(f"malformed {TIMESTAMP_HEADER} header") from None
    try:
        received = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookSignatureError("malformed signature") from None
    expected = base64.b64decode(compute_signature(secret, raw_body, nonce, timestamp))
    if not hmac.compare_digest(received, expected):
        raise WebhookSignatureError("signature does not match the callback body")
    if max_age is not None:
        current = time.time() if now is None else now
        if abs(current - signed_at) > max_age:
            raise StaleWebhookError(
                f"callback timestamp is {current - signed_at:.0f}s from now "
                f"(more than {max_age:g}s)"
            )
    if nonces is not None:
        window = max_age if max_age is not None else DEFAULT_MAX_AGE
        if not nonces.add(nonce, signed_at + window):
            raise ReplayedWebhookError("callback nonce already seen: a replayed callback")


def _lookup_optional(headers: Mapping[str, str], name: str) -> str | None:
    try:
        return _header(headers, name)
    except WebhookSignatureError:
        return None


# Envelope keys common to every callback; the one other key names the kind of callback.
_ENVELOPE_KEYS = frozenset(
    {
        "app_id",
        "project_id",
        "accepted_time",
        "event_time",
        "message_metadata",
        "correlation_id",
        "conversation_metadata",
    }
)


@dataclass
class Callback:
    """A parsed callback: the envelope fields, the payload ``kind`` and the typed ``payload``.

    ``payload`` is a generated model where the spec defines one, otherwise the JSON object.
    """

    kind: str | None
    payload: Any
    app_id: str | None = None
    project_id: str | None = None
    accepted_time: str | None = None
    event_time: str | None = None
    message_metadata: str | None = None
    correlation_id: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


def parse_callback(raw_body: str | bytes | Mapping[str, Any]) -> Callback:
    """Parse a callback body into a :class:`Callback` with a typed payload where possible."""
    if isinstance(raw_body, Mapping):
        data = dict(raw_body)
    else:
        try:
            data = json.loads(raw_body)
        except ValueError as exc:
            raise ValueError(f"callback body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("callback body is not a JSON object")  # noqa: TRY004 - bad data, not a bad argument type
    kind = next((key for key in data if key not in _ENVELOPE_KEYS), None)
    payload = data.get(kind) if kind is not None else None
    # The generated CallbackEvent knows every kind the spec describes and its model; a kind
    # newer than this client, or a body that does not fit, keeps its JSON.
    try:
        event = CallbackEvent.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        event = None
    if event is not None and kind is not None:
        typed = getattr(event, kind, UNSET)
        if not isinstance(typed, Unset) and typed is not None:
            payload = typed

    def text(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) else None

    return Callback(
        kind=kind,
        payload=payload,
        app_id=text("app_id"),
        project_id=text("project_id"),
        accepted_time=text("accepted_time"),
        event_time=text("event_time"),
        message_metadata=text("message_metadata"),
        correlation_id=text("correlation_id"),
        raw=data,
    )
