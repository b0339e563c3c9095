"""Serving the app with uvicorn (uvloop + httptools), in the foreground or a background thread.

The HTTP protocol is uvicorn's httptools one with two changes, so that nothing reaches a
client outside the documented error envelope and a slow client cannot hold a connection:
a request whose bytes are not HTTP gets a 400 envelope, and a request whose headers have not
all arrived ``header_timeout`` seconds after it began gets a 408 envelope and is closed.
A shutdown (SIGTERM) waits at most ``shutdown_timeout`` seconds for requests in flight.
"""

from __future__ import annotations

import asyncio
import gc
import socket
import threading
import time
from typing import Any

import uvicorn
import uvloop
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .app import Emulator
from .bodies import encode
from .config import EmulatorConfig
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


def uvicorn_config(app: Emulator, host: str, port: int) -> uvicorn.Config:
    protocol = type(
        "EmulatorHttpProtocol",
        (EnvelopeHttpProtocol,),
        {"header_timeout": app.config.header_timeout},
    )
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http=protocol,
        log_level="warning",
        lifespan="on",
        access_log=False,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=max(1, round(app.config.shutdown_timeout)),
        backlog=4096,
    )


def serve(config: EmulatorConfig, app: Emulator | None = None) -> None:
    """Run in the foreground until interrupted."""
    app = app or Emulator(config)
    # the spec, its routes and compiled validators live as long as the process: kept out
    # of the collector, a full collection walks only what requests created since
    gc.collect()
    gc.freeze()
    uvicorn.Server(uvicorn_config(app, config.host, config.port)).run()


class BackgroundServer:
    """The emulator on its own event loop in a daemon thread, bound before it starts."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.app = Emulator(config)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((config.host, config.port))
        self.host, self.port = self.sock.getsockname()[:2]
        self.server = uvicorn.Server(uvicorn_config(self.app, self.host, self.port))
        self.thread = threading.Thread(
            target=self._run, name=f"sinch-emulator:{self.port}", daemon=True
        )
        self.error: BaseException | None = None

    def _run(self) -> None:
        loop = uvloop.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self.server.serve(sockets=[self.sock]))
        except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
            self.error = exc
        finally:
            loop.close()

    def start(self, timeout: float = 10.0) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if self.error is not None or not self.thread.is_alive():
                raise RuntimeError(f"the emulator did not start: {self.error!r}")
            if time.monotonic() > deadline:
                raise TimeoutError("the emulator did not start in time")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)
        if self.thread.is_alive():
            self.server.force_exit = True
            self.thread.join(timeout)
        self.sock.close()
