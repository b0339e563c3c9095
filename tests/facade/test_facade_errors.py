"""Typed errors from answers, including bodies the documented envelope does not cover."""

import email.utils
import time

import httpx
import pytest

from sinch_conversation import errors
from sinch_conversation.errors import error_from_response

URL = "https://us.conversation.api.sinch.com/v1/projects/p/contacts/c1"


def answer(status, *, json=None, content=None, headers=None, method="GET", url=URL):
    request = httpx.Request(method, url)
    kwargs = {"json": json} if json is not None else {"content": content or b""}
    response = httpx.Response(status, headers=headers, request=request, **kwargs)
    response.read()
    return response


def envelope(code, status, message="boom", details=None):
    return {"error": {"code": code, "message": message, "status": status, "details": details or []}}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (501, errors.ServerError),
        (502, errors.ServerError),
        (503, errors.ServerError),
        (504, errors.ServerError),
        (409, errors.APIError),
    ],
)
def test_status_maps_to_class(status, cls):
    exc = error_from_response(answer(status, json=envelope(status, "X")))
    assert type(exc) is cls
    assert isinstance(exc, errors.APIError) and isinstance(exc, errors.SinchError)
    assert exc.status_code == status


def test_envelope_fields_method_url_and_request_id():
    details = [{"@type": "type.googleapis.com/google.rpc.BadRequest", "field": "app_id"}]
    exc = error_from_response(
        answer(
            400,
            json=envelope(400, "INVALID_ARGUMENT", "app_id is required", details),
            headers={"x-request-id": "req-123"},
            method="POST",
        )
    )
    assert (exc.code, exc.status, exc.message) == (400, "INVALID_ARGUMENT", "app_id is required")
    assert exc.details == details
    assert (exc.method, exc.url, exc.request_id) == ("POST", URL, "req-123")
    assert "INVALID_ARGUMENT" in str(exc) and "req-123" in str(exc) and URL in str(exc)


@pytest.mark.parametrize(
    "body", [b"", b"<html>Bad gateway</html>", b"not json", b"[1, 2]", b"null"]
)
def test_robust_to_empty_and_non_json_bodies(body):
    exc = error_from_response(answer(502, content=body))
    assert isinstance(exc, errors.ServerError)
    assert exc.status is None and exc.details == []
    assert exc.message.startswith("Bad Gateway")


def test_oauth_error_body():
    exc = error_from_response(
        answer(401, json={"error": "invalid_client", "error_description": "bad key"})
    )
    assert exc.status == "invalid_client" and exc.message == "bad key"


@pytest.mark.parametrize(
    "where",
    ["status", "message", "details"],
)
def test_billing_blocked(where):
    body = envelope(403, "PERMISSION_DENIED", "Forbidden")
    if where == "status":
        body["error"]["status"] = "BILLING_CREDIT_LIMIT_BREACHED"
    elif where == "message":
        body["error"]["message"] = "BILLING_CREDIT_LIMIT_BREACHED"
    else:
        body["error"]["details"] = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "BILLING_CREDIT_LIMIT_BREACHED",
            }
        ]
    exc = error_from_response(answer(403, json=body))
    assert isinstance(exc, errors.PermissionDeniedError) and exc.billing_blocked


def test_plain_permission_denied_is_not_billing_blocked():
    exc = error_from_response(answer(403, json=envelope(403, "PERMISSION_DENIED")))
    assert not exc.billing_blocked


def test_rate_limit_retry_after_seconds_and_date():
    assert error_from_response(answer(429, headers={"retry-after": "3"})).retry_after == 3.0
    soon = email.utils.formatdate(time.time() + 120, usegmt=True)
    delay = error_from_response(answer(429, headers={"retry-after": soon})).retry_after
    assert 100 < delay <= 120
    assert error_from_response(answer(429)).retry_after is None


def test_urls_are_redacted():
    exc = error_from_response(
        answer(404, url="https://user:hunter2@example.com/x?access_token=abc&page_size=2")
    )
    text = str(exc) + repr(exc) + exc.url
    assert "hunter2" not in text and "abc" not in text
    assert "page_size=2" in exc.url


def test_headers_are_not_copied_wholesale():
    exc = error_from_response(
        answer(500, headers={"set-cookie": "session=s3cr3t", "retry-after": "1"})
    )
    assert "set-cookie" not in exc.headers and exc.headers["retry-after"] == "1"
