"""The documented error envelope, so every failure path answers in one shape.

Every error the emulator produces is ``{"error": {"code", "message", "status", "details"}}``
with the HTTP status code repeated in ``code`` and the gRPC-style status name in ``status``,
as the reference document describes.
"""

from __future__ import annotations

import json
from typing import Any

STATUS_NAMES: dict[int, str] = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "UNIMPLEMENTED",
    408: "DEADLINE_EXCEEDED",
    409: "ALREADY_EXISTS",
    413: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    501: "NOT_IMPLEMENTED",
    503: "UNAVAILABLE",
}

DEFAULT_MESSAGES: dict[int, str] = {
    400: "Malformed request.",
    401: "Request had invalid credentials.",
    403: "You do not have access to the requested resource.",
    404: "Resource not found.",
    405: "Method Not Allowed",
    429: "Too many requests.",
    500: "There was an internal server error.",
    501: "Not implemented.",
    503: "The service is unavailable.",
}


class ApiError(Exception):
    """Raised anywhere in request handling; rendered as the documented error envelope."""

    def __init__(
        self,
        code: int,
        message: str | None = None,
        *,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        status: str | None = None,
    ) -> None:
        """``status``: the status name when it is not the code's usual one (409 ABORTED)."""
        self.code = code
        self.message = message or DEFAULT_MESSAGES.get(code, "Error.")
        self.details = details or []
        self.headers = headers or {}
        self._status = status
        super().__init__(f"{code} {self.message}")

    @property
    def status(self) -> str:
        return self._status or STATUS_NAMES.get(self.code, "UNKNOWN")

    def body(self) -> dict[str, Any]:
        body = error_body(self.code, self.message, self.details)
        body["error"]["status"] = self.status
        return body


def error_body(code: int, message: str | None = None, details: list | None = None) -> dict:
    return {
        "error": {
            "code": code,
            "message": message or DEFAULT_MESSAGES.get(code, "Error."),
            "status": STATUS_NAMES.get(code, "UNKNOWN"),
            "details": details or [],
        }
    }


def conflict(message: str, *, status: str = "ALREADY_EXISTS") -> ApiError:
    """A 409: the resource exists already (ALREADY_EXISTS) or changed since it was read
    (ABORTED), as gRPC statuses map to HTTP."""
    return ApiError(409, message, status=status)


def error_bytes(code: int, message: str | None = None, details: list | None = None) -> bytes:
    return json.dumps(error_body(code, message, details)).encode()


def invalid(message: str, field: str | None = None) -> ApiError:
    """A 400 INVALID_ARGUMENT with a google.rpc.BadRequest detail naming the field."""
    details = []
    if field:
        details.append(
            {
                "@type": "type.googleapis.com/google.rpc.BadRequest",
                "field_violations": [{"field": field, "description": message}],
            }
        )
    return ApiError(400, message, details=details)


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, f"{what} {ident} not found in this project and region.")


def retry_info(seconds: float) -> dict[str, Any]:
    return {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retry_delay": f"{seconds:g}s"}
