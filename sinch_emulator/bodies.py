"""Bodies on the wire: what a request may carry in, and what an answer may carry out.

Everything a request body holds is checked here, before any handler sees it, so no stored
record can later fail to serialize:

* at most ``MAX_BODY`` bytes (a 413, decided from ``Content-Length`` before reading when sent);
* ``Content-Type: application/json`` (charset UTF-8 only) for a body that is not empty;
* strict UTF-8, strict JSON: no ``NaN``/``Infinity``, no number that overflows to infinity,
  no string holding a lone UTF-16 surrogate (``"\\ud83d"``), at most ``MAX_DEPTH`` levels.

A body is read by orjson; the standard library reads again what orjson refuses (and so words
the 400) and any body where orjson would read a long integer as a float.

Answers are encoded by :func:`encode`, which refuses what is not strict JSON; error messages
are shortened by :func:`shorten` so an oversized bad value is not echoed back in full.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

import orjson
from starlette.types import Receive

from .errors import ApiError, invalid

MAX_BODY = 4 * 1024 * 1024
MAX_DEPTH = 64
MAX_ECHO = 200  # characters of a client's value quoted back in an error message

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
#: nineteen digits in a row: possibly an integer beyond 64 bits (-2**63 has 19), which orjson
#: reads as a float. Found as a run of 9s in the body with every digit made a 9 and every other
#: byte a space: one C pass (a regex search for [0-9]{19} tries every offset, ~5x the time).
_LONG_NUMBER = b"9" * 19
_DIGITS_ONLY = bytes(0x39 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_JSON_TYPES = ("application/json",)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _strict_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{shorten(text, 40)} is out of range for a JSON number")
    return value


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_strict_float)
#: the decoder's C scanner, called directly: ``JSONDecoder.decode`` around it costs as much
#: again (two whitespace regex matches) for a body of a few hundred bytes
_SCAN = _DECODER.scan_once  # type: ignore[attr-defined]
_WHITESPACE = re.compile(r"[ \t\n\r]*")


def decode_json(text: str) -> Any:
    """``json.loads`` with the module's hooks; raises ``json.JSONDecodeError`` likewise."""
    end = len(text)
    start = _WHITESPACE.match(text).end() if text[:1] in " \t\n\r" else 0  # type: ignore[union-attr]
    try:
        value, stop = _SCAN(text, start)
    except StopIteration as err:
        raise json.JSONDecodeError("Expecting value", text, err.value) from None
    if stop != end:
        stop = _WHITESPACE.match(text, stop).end()  # type: ignore[union-attr]
        if stop != end:
            raise json.JSONDecodeError("Extra data", text, stop)
    return value


#: one encoder for every answer (``json.dumps`` with options builds a new one per call)
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


async def read(receive: Receive, headers: Mapping[str, str]) -> bytes:
    """The whole request body; a 413 as soon as it is known to be larger than ``MAX_BODY``."""
    declared = headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > MAX_BODY:
        raise too_large()
    message = await receive()
    if message["type"] == "http.disconnect":
        return b""
    chunk: bytes = message.get("body", b"")
    if len(chunk) > MAX_BODY:
        raise too_large()
    if not message.get("more_body", False):
        return chunk  # the whole body in one message: what a server hands over for most
    chunks = [chunk]
    size = len(chunk)
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large()
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def too_large() -> ApiError:
    return ApiError(413, f"The request body is larger than {MAX_BODY} bytes.")


def check_content_type(headers: Mapping[str, str]) -> None:
    """A JSON body must say it is JSON, in UTF-8."""
    value = headers.get("content-type")
    if value == "application/json":  # what clients send
        return
    if value is None:
        raise invalid("Content-Type is missing; send the body as application/json", "body")
    media, _, params = value.partition(";")
    if media.strip().lower() not in _JSON_TYPES:
        raise invalid(
            f"Content-Type {shorten(media.strip(), 60)!r} is not supported; "
            "send the body as application/json",
            "body",
        )
    for param in params.split(";"):
        name, _, charset = param.partition("=")
        if name.strip().lower() == "charset" and charset.strip().strip('"').lower() not in (
            "utf-8",
            "utf8",
        ):
            raise invalid(
                f"charset {shorten(charset.strip(), 40)!r} is not supported; JSON bodies are UTF-8",
                "body",
            )


def parse(raw: bytes, headers: Mapping[str, str]) -> Any:
    """The JSON value of a non-empty request body, or a 400 that says what is wrong with it."""
    if headers.get("content-type") != "application/json":  # else what clients send: fine
        check_content_type(headers)
    value = _read(raw)
    deep = raw.count(b"{") + raw.count(b"[") > MAX_DEPTH
    # the regex only where an escape is at all (most bodies hold none: a byte search)
    surrogates = b"\\u" in raw and _SURROGATE_ESCAPE.search(raw) is not None
    if deep or surrogates:
        _walk(value)
    return value


def _read(raw: bytes) -> Any:
    """The JSON value of ``raw``: orjson reads what it reads as the standard library does
    (strict UTF-8 and RFC 8259, no NaN, no number out of a double's range, no lone surrogate
    escape, same values, the last of duplicate keys). What orjson refuses, and an integer it
    would round to a float, is read by the standard library, which also words the 400."""
    if _LONG_NUMBER not in raw.translate(_DIGITS_ONLY):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise invalid(f"the request body is not UTF-8 (byte {exc.start})", "body") from None
    try:
        return decode_json(text[1:] if text[:1] == "\ufeff" else text)
    except RecursionError:
        raise invalid(f"the request body nests deeper than {MAX_DEPTH} levels", "body") from None
    except ValueError as exc:
        raise invalid(f"the request body is not valid JSON: {shorten(str(exc))}", "body") from None


def _walk(value: Any) -> None:
    """Depth and encodability of every string (keys included), without recursion."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "")]
    while stack:
        item, depth, where = stack.pop()
        if isinstance(item, str):
            _check_text(item, where)
            continue
        if not isinstance(item, (dict, list)):
            continue
        if depth > MAX_DEPTH:
            raise invalid(f"the request body nests deeper than {MAX_DEPTH} levels", "body")
        if isinstance(item, dict):
            for key, child in item.items():
                path = f"{where}.{key}" if where else key
                _check_text(key, path)
                stack.append((child, depth + 1, path))
        else:
            for index, child in enumerate(item):
                stack.append((child, depth + 1, f"{where}[{index}]"))


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        field = shorten(where.encode("utf-8", "backslashreplace").decode(), 80) or "body"
        raise invalid(
            f"{field}: the string holds a lone UTF-16 surrogate at position {exc.start}; "
            "strings must be valid Unicode",
            field,
        ) from None


def encode(value: Any) -> bytes:
    """Strict JSON in UTF-8; raises ``ValueError`` for what cannot be encoded."""
    try:
        return _ENCODER.encode(value).encode("utf-8")
    except (UnicodeEncodeError, RecursionError, TypeError) as exc:
        raise ValueError(f"answer cannot be encoded as JSON: {type(exc).__name__}") from exc


def shorten(text: str, limit: int = MAX_ECHO) -> str:
    """``text`` cut to about ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters)"


def shorten_error(body: dict[str, Any]) -> dict[str, Any]:
    """An error envelope whose message and violation descriptions echo at most a bounded
    excerpt of whatever value the client sent."""
    error = body.get("error")
    if not isinstance(error, dict):
        return body
    limit = MAX_ECHO * 2
    message = error.get("message")
    if isinstance(message, str):
        error["message"] = shorten(message, limit)
    for detail in error.get("details") or ():
        for violation in detail.get("field_violations") or () if isinstance(detail, dict) else ():
            for key in ("field", "description"):
                if isinstance(violation.get(key), str):
                    violation[key] = shorten(violation[key], limit)
    return body
