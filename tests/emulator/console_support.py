"""What the console's tests share: a headless Chromium for the browser tests, a PNG reader
to check screenshots, a webhook and a choice message.

The browser is the system's Chromium (Debian's ``chromium`` package, which ``.ci/run``
installs), driven by Playwright over the DevTools protocol; Playwright's own browser
downloads are never used. Where no Chromium is installed the tests skip and say so, except
under CI (``CI`` set), where a missing browser is a failure: CI installs one.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from scripts.benchlib.console import chromium_path

from .conftest import Api, Receiver

#: an app message with two choices to tap
CHOICES = {
    "choice_message": {
        "text_message": {"text": "Which size?"},
        "choices": [
            {"text_message": {"text": "Small"}, "postback_data": "size-s"},
            {"text_message": {"text": "Large"}, "postback_data": "size-l"},
        ],
    }
}


def hook(api: Api, app_id: str, receiver: Receiver, secret: str, *triggers: str) -> Any:
    """A webhook of the app to ``receiver``, signing with ``secret``."""
    body = {"app_id": app_id, "target": receiver.url, "secret": secret, "triggers": list(triggers)}
    return api.ok("post", "/webhooks", json=body)


def send(api: Api, app_id: str, identity: str, message: dict[str, Any]) -> str:
    """The app sends ``message`` to an SMS identity; its message ID."""
    return str(api.send(app_id, identity=identity, message=message)["message_id"])


def require_chromium() -> str:
    path = chromium_path()
    if path is None:
        message = (
            "no Chromium on this machine: install Debian's `chromium` package "
            "(apt-get install chromium; .ci/run does) or set SINCH_CONSOLE_BROWSER"
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {message}")
        pytest.skip(message)
    return path


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) pixels (3 or 4 bytes each) of an 8-bit PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, chunk = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and color in (2, 6) and interlace == 0, "unsupported PNG"
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(r) for r in rows]


def pixel(image: tuple[int, int, list[bytes]], x: int, y: int) -> tuple[int, int, int]:
    width, _, rows = image
    channels = len(rows[0]) // width
    at = x * channels
    r, g, b = rows[y][at : at + 3]
    return r, g, b
