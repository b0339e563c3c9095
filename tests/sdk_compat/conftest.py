"""The official Sinch Python SDK (``sinch``), configured as its users would point it at the
emulator: only the auth origin and the Conversation domain change.

Every HTTP exchange the SDK makes during a test is recorded; a failing test's report shows
them (request sent, answer received), which is what a finding about the emulator needs.
"""

from __future__ import annotations

import http.server
import queue
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sinch import SinchClient

from sinch_emulator.testing import RunningEmulator

Exchange = dict[str, Any]


def sdk_client(emu: RunningEmulator, region: str = "us") -> SinchClient:
    """The README's configuration: ``auth_origin`` and ``conversation_domain`` (``{}`` is
    where the SDK puts the region, here a path prefix of the emulator)."""
    client = SinchClient(
        project_id=emu.project_id,
        key_id=emu.key_id,
        key_secret=emu.key_secret,
        conversation_region=region,
    )
    client.configuration.auth_origin = emu.url
    client.configuration.conversation_domain = emu.url + "/{}"
    return client


class Wire:
    """The SDK's HTTP exchanges in one test, recorded from its ``requests`` session."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def hook(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        request = response.request
        body = request.body
        self.exchanges.append(
            {
                "request": f"{request.method} {request.url}",
                "body": body.decode() if isinstance(body, bytes) else body,
                "status": response.status_code,
                "answer": response.text[:2000],
            }
        )

    def text(self) -> str:
        lines = []
        for x in self.exchanges:
            if "/oauth2/token" in x["request"]:
                continue
            lines.append(f"> {x['request']}")
            if x["body"]:
                lines.append(f"> {x['body']}")
            lines.append(f"< {x['status']} {x['answer']}")
        return "\n".join(lines)


@pytest.fixture(scope="session")
def sinch_sdk(emulator: RunningEmulator) -> SinchClient:
    return sdk_client(emulator)


@pytest.fixture
def wire(sinch_sdk: SinchClient, request: pytest.FixtureRequest) -> Iterator[Wire]:
    recorder = Wire()
    hooks = sinch_sdk.configuration.transport.http_session.hooks["response"]
    hooks.append(recorder.hook)
    request.node.sdk_wire = recorder
    yield recorder
    hooks.remove(recorder.hook)


@pytest.fixture
def conv(sinch_sdk: SinchClient, wire: Wire) -> Any:
    """``client.conversation`` of the official SDK, with its exchanges recorded."""
    return sinch_sdk.conversation


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    recorder = getattr(item, "sdk_wire", None)
    if report.failed and recorder is not None and recorder.exchanges:
        report.sections.append(("what the SDK sent and the emulator answered", recorder.text()))
    return report


class CallbackInbox:
    """A webhook target on 127.0.0.1 that keeps each callback's raw body and headers."""

    def __init__(self) -> None:
        self.inbox: queue.Queue[tuple[bytes, dict[str, str]]] = queue.Queue()
        inbox = self.inbox

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                inbox.put((raw, {k.lower(): v for k, v in self.headers.items()}))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/callbacks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def next(self, timeout: float = 10) -> tuple[bytes, dict[str, str]]:
        return self.inbox.get(timeout=timeout)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def callback_inbox() -> Iterator[CallbackInbox]:
    inbox = CallbackInbox()
    yield inbox
    inbox.close()
