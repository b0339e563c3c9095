"""Transport wrappers for tests: they sit under the client's retry layer and in front of the
real network transport, counting what is actually sent and adding emulator fault headers."""

from __future__ import annotations

import collections
import threading

import httpx

TOKEN_PATH = "/oauth2/token"


class Recorder:
    """Counts sent requests by kind: ``"token"`` or ``"METHOD /path"``."""

    def __init__(self) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()
        self.faults: list[str] = []  # fault headers for the next API requests, consumed in order

    def note(self, request: httpx.Request) -> None:
        with self._lock:
            self.requests.append(request)
            if request.url.path.endswith(TOKEN_PATH):
                self.counts["token"] += 1
                return
            self.counts["api"] += 1
            # A retried request is the same object: replace or remove the header set last time.
            if self.faults:
                request.headers["X-Emulator-Fault"] = self.faults.pop(0)
                request.extensions["test_fault"] = True
            elif request.extensions.pop("test_fault", False):
                del request.headers["X-Emulator-Fault"]

    @property
    def token_requests(self) -> int:
        return self.counts["token"]

    @property
    def api_requests(self) -> int:
        return self.counts["api"]


class RecordingTransport(httpx.BaseTransport):
    def __init__(self, recorder: Recorder, inner: httpx.BaseTransport | None = None) -> None:
        self.recorder = recorder
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.note(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, recorder: Recorder, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.recorder = recorder
        if inner is None:
            from sinch_conversation._aiohttp import BufferedAiohttpTransport

            inner = BufferedAiohttpTransport()
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.note(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
