"""Exceptions raised by the facade.

Every non-2xx answer becomes an :class:`APIError` subclass chosen by HTTP status, so callers
can ``except NotFoundError`` instead of comparing status codes. The exception carries the
documented Sinch error envelope (``{"error": {"code", "message", "status", "details"}}``) and
the request method, URL and request id, but never credentials: URLs are stripped of user info
and of query values whose names look secret, and headers are never copied.
"""

from __future__ import annotations

import email.utils
import json
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
from sinch_conversation_client.errors import MissingFieldError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "MissingFieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReplayedWebhookError",
    "RequestValidationError",
    "ServerError",
    "SinchError",
    "StaleWebhookError",
    "WebhookSignatureError",
    "error_from_response",
    "parse_retry_after",
    "redact_url",
]

BILLING_CREDIT_LIMIT_BREACHED = "BILLING_CREDIT_LIMIT_BREACHED"

# Headers a gateway may use to identify a request; the first present one is reported.
_REQUEST_ID_HEADERS = ("x-request-id", "x-sinch-request-id", "x-correlation-id", "request-id")
_SECRET_QUERY_NAMES = ("secret", "token", "password", "signature", "key", "auth")
# Bound the size of a non-JSON body quoted in an exception message.
_MAX_BODY_EXCERPT = 200


class SinchError(Exception):
    """Base class of every exception this package raises."""


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` value (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if math.isnan(seconds):
        return None
    return max(0.0, seconds)


class RequestValidationError(SinchError, ValueError):
    """A request the client refused before sending it: an unknown field or enum value, a
    missing required field or a value of the wrong type. Nothing was sent.

    ``model`` is the model at fault, ``path`` where in the request (``message.text_mesage``),
    ``suggestion`` the closest known name, if one is close.
    """

    def __init__(
        self, *, model: str, path: str, problem: str, suggestion: str | None = None
    ) -> None:
        self.model = model
        self.path = path
        self.problem = problem
        self.suggestion = suggestion
        hint = f"; did you mean {suggestion!r}?" if suggestion else ""
        super().__init__(f"{path}: {problem}{hint} (nothing was sent)")


class ConfigurationError(SinchError, ValueError):
    """The client was given missing or invalid settings (credentials, region, URLs)."""


class WebhookSignatureError(SinchError):
    """A callback's signature headers are missing, malformed or do not match its body."""


class StaleWebhookError(WebhookSignatureError):
    """A callback's signature timestamp is outside the accepted window (possible replay)."""


class ReplayedWebhookError(WebhookSignatureError):
    """A correctly signed callback whose nonce was already accepted once (a replay)."""


class APIConnectionError(SinchError):
    """The request could not be completed at the transport level (DNS, connect, reset)."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None):
        self.method = method
        self.url = redact_url(url) if url else None
        where = f" ({method} {self.url})" if method and self.url else ""
        super().__init__(f"{message}{where}")


class APITimeoutError(APIConnectionError):
    """The request timed out; a non-idempotent request may or may not have been processed."""


class APIError(SinchError):
    """The API answered with a non-2xx status.

    Attributes mirror the documented error object: ``code`` (HTTP status as reported in the
    body), ``status`` (e.g. ``INVALID_ARGUMENT``), ``message`` and ``details`` (list of dicts
    tagged by ``@type``), plus ``status_code``, ``method``, ``url``, ``request_id`` and the raw
    ``body`` text.
    """

    def __init__(
        self,
        *,
        status_code: int,
        message: str,
        code: int | None = None,
        status: str | None = None,
        details: list[Any] | None = None,
        method: str | None = None,
        url: str | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: str = "",
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.status = status
        self.message = message
        self.details = details if details is not None else []
        self.method = method
        self.url = redact_url(url) if url else None
        self.request_id = request_id
        self.headers = dict(headers) if headers is not None else {}
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.status_code}"
        if self.status:
            text += f" {self.status}"
        text += f": {self.message}"
        if self.method and self.url:
            text += f" ({self.method} {self.url})"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, status={self.status!r}, "
            f"message={self.message!r}, url={self.url!r})"
        )


class APIResponseValidationError(APIError):
    """A 2xx answer whose body does not parse as the operation's model.

    The API accepted the request: retrying it may do it twice (a second message sent).
    ``status_code``, ``headers`` (all of them) and the raw ``body`` are kept.
    """


class BadRequestError(APIError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIError):
    """401 (or a rejected token request): the credentials or the access token are invalid."""


class PermissionDeniedError(APIError):
    """403: valid credentials without access to the resource, or a billing block."""

    @property
    def billing_blocked(self) -> bool:
        """True when the project is blocked for credit reasons (BILLING_CREDIT_LIMIT_BREACHED)."""
        if BILLING_CREDIT_LIMIT_BREACHED in (self.status or "") or (
            BILLING_CREDIT_LIMIT_BREACHED in (self.message or "")
        ):
            return True
        return any(
            BILLING_CREDIT_LIMIT_BREACHED in json.dumps(d, default=str) for d in self.details
        )


class NotFoundError(APIError):
    """404: the resource or endpoint does not exist in this project and region."""


class RateLimitError(APIError):
    """429: a project, app or channel rate limit was hit.

    ``retry_after`` is the server's requested wait in seconds, or ``None`` if it gave none.
    """

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("retry-after"))


class ServerError(APIError):
    """5xx: the API failed; the documented remedy is a retry with exponential back-off."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def _error_class(status_code: int) -> type[APIError]:
    cls = _BY_STATUS.get(status_code)
    if cls is not None:
        return cls
    if status_code >= 500:
        return ServerError
    return APIError


def redact_url(url: str | httpx.URL) -> str:
    """Return ``url`` without user info and with secret-looking query values masked."""
    parts = urlsplit(str(url))
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode(
            [
                (k, "***" if any(s in k.lower() for s in _SECRET_QUERY_NAMES) else v)
                for k, v in pairs
            ]
        )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def error_from_response(
    response: httpx.Response, *, error_class: type[APIError] | None = None
) -> APIError:
    """Build the typed exception for a non-2xx ``response`` (its body must have been read).

    Accepts the documented envelope, an OAuth2 error body (``{"error": "invalid_client"}``),
    or any other body (empty, HTML from a proxy, plain text).
    """
    status_code = response.status_code
    content = response.content
    text = content.decode("utf-8", errors="replace") if content else ""
    code: int | None = None
    status: str | None = None
    message: str | None = None
    details: list[Any] | None = None

    payload: Any = None
    if content:
        try:
            payload = json.loads(content)
        except ValueError:
            payload = None
    if isinstance(payload, dict):
        error = payload.get("error")
        if isinstance(error, dict):
            raw_code = error.get("code")
            code = raw_code if isinstance(raw_code, int) else None
            status = error.get("status") if isinstance(error.get("status"), str) else None
            message = error.get("message") if isinstance(error.get("message"), str) else None
            raw_details = error.get("details")
            details = raw_details if isinstance(raw_details, list) else None
        elif isinstance(error, str):  # OAuth2 token endpoint (RFC 6749 section 5.2)
            status = error
            description = payload.get("error_description")
            message = description if isinstance(description, str) else error
        elif isinstance(payload.get("message"), str):
            message = payload["message"]
    if message is None:
        reason = response.reason_phrase or "HTTP error"
        message = f"{reason}: {text[:_MAX_BODY_EXCERPT]}" if text and payload is None else reason

    request_id = None
    headers = response.headers
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            request_id = value
            break

    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built by hand, without a request
        request = None
    method = request.method if request is not None else None
    url = str(request.url) if request is not None else None
    cls = error_class or _error_class(status_code)
    return cls(
        status_code=status_code,
        code=code,
        status=status,
        message=message,
        details=details,
        method=method,
        url=url,
        request_id=request_id,
        headers={
            k: v for k, v in headers.items() if k.lower() in ("retry-after", "www-authenticate")
        }
        | ({"x-request-id": request_id} if request_id else {}),
        body=text,
    )
