"""Everything the emulator takes from uvicorn beyond its public ``Config`` and ``Server``.

Two things the ASGI interface cannot express, both reaching into uvicorn's httptools
protocol (``uvicorn.protocols.http.httptools_impl``), which is why ``pyproject.toml`` bounds
uvicorn to the minor series this module is tested with:

* :class:`EnvelopeHttpProtocol`: the HTTP protocol with two changes, so nothing reaches a
  client outside the documented error envelope and a slow client cannot hold a connection:
  bytes that are not HTTP get a 400 envelope, and a request whose headers have not all
  arrived ``header_timeout`` seconds after it began gets a 408 envelope and is closed.
  Overridden: ``connection_made``, ``connection_lost``, ``on_message_begin``,
  ``on_headers_complete`` (hooks of the protocol), ``send_400_response``.
* :func:`close_without_answer`: a fault that drops the connection closes the transport of
  the request's cycle (the object whose bound method is the ASGI ``send``) and marks it
  ``disconnected``, so uvicorn neither answers nor logs an error.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .bodies import encode
from .errors import error_body

_REASONS = {400: b"Bad Request", 408: b"Request Timeout"}


def envelope_response(code: int, message: str) -> bytes:
    """A complete HTTP/1.1 answer carrying the error envelope, closing the connection."""
    body = encode(error_body(code, message))
    return b"".join(
        [
            b"HTTP/1.1 %d %s\r\n" % (code, _REASONS.get(code, b"Error")),
            b"content-type: application/json\r\n",
            b"content-length: %d\r\n" % len(body),
            b"connection: close\r\n\r\n",
            body,
        ]
    )


class EnvelopeHttpProtocol(HttpToolsProtocol):
    """httptools protocol: envelope answers for malformed HTTP, a deadline for headers."""

    header_timeout = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            message = f"Request headers not received within {self.header_timeout:g} seconds."
            self.transport.write(envelope_response(408, message))
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()  # a connection that sends nothing is closed as well

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm_header_timer()

    def on_headers_complete(self) -> None:
        self._disarm_header_timer()
        super().on_headers_complete()

    def send_400_response(self, msg: str) -> None:
        self._disarm_header_timer()
        self.transport.write(envelope_response(400, f"Malformed HTTP request: {msg}"))
        self.transport.close()


def http_protocol(header_timeout: float) -> type[EnvelopeHttpProtocol]:
    """The protocol class for ``uvicorn.Config(http=...)`` with this header deadline."""
    return type("EmulatorHttpProtocol", (EnvelopeHttpProtocol,), {"header_timeout": header_timeout})


def close_without_answer(send: Any) -> bool:
    """Close the client's connection without an answer; False where ``send`` is not
    uvicorn's (an in-process ASGI transport), which the caller then handles itself."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if cycle is None or transport is None:
        return False
    transport.close()
    cycle.disconnected = True  # uvicorn then neither logs nor answers
    return True
