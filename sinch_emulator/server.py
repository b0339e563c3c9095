"""Serving the app with uvicorn (uvloop + httptools), in the foreground or a background thread.

The HTTP protocol is uvicorn's httptools one with envelope answers for malformed HTTP and
a deadline for headers (:mod:`.uvicorn_internals`, the one module that reaches into uvicorn).
A shutdown (SIGTERM) waits at most ``shutdown_timeout`` seconds for requests in flight.
"""

from __future__ import annotations

import asyncio
import gc
import socket
import threading
import time

import uvicorn
import uvloop

from .app import Emulator
from .config import EmulatorConfig
from .uvicorn_internals import http_protocol

#: the collector's threshold for its youngest generation in a served emulator (see serve)
YOUNG_GENERATION = 7000


def uvicorn_config(app: Emulator, host: str, port: int) -> uvicorn.Config:
    protocol = http_protocol(app.config.header_timeout)
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
    # every stored message keeps about five containers alive (the record, its view, its
    # content): at the default threshold of 700 the youngest generation is collected every
    # ~140 sends, and each pass also walks every request in flight. Ten times the threshold
    # does the same work on stored records in a tenth of the passes (a pass stays ~2 ms).
    gc.set_threshold(YOUNG_GENERATION, *gc.get_threshold()[1:])
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
