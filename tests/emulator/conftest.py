"""Fixtures for the emulator's own tests: HTTP clients that check every answer against the spec."""

from __future__ import annotations

import http.server
import json
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from sinch_emulator.config import REGIONS
from sinch_emulator.errors import ApiError
from sinch_emulator.spec import Spec
from sinch_emulator.testing import RunningEmulator

SPEC = Spec.load()
ERROR_STATUSES = {
    "INVALID_ARGUMENT",
    "UNAUTHENTICATED",
    "PERMISSION_DENIED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "ABORTED",
    "UNIMPLEMENTED",
    "RESOURCE_EXHAUSTED",
    "INTERNAL",
    "NOT_IMPLEMENTED",
    "UNAVAILABLE",
}


def check_answer(response: httpx.Response) -> None:
    """Every API answer: a documented status, and a body that fits the documented schema."""
    path = response.request.url.path
    head, _, rest = path[1:].partition("/")
    if head in REGIONS:
        path = "/" + rest
    if not path.startswith("/v1/"):
        return
    response.read()
    body = response.json()
    if response.status_code >= 400:
        assert set(body) == {"error"}, body
        err = body["error"]
        assert err["code"] == response.status_code, body
        assert err["status"] in ERROR_STATUSES, body
        assert isinstance(err["message"], str) and isinstance(err["details"], list), body
    if "x-emulator-fault" not in response.request.headers:
        assert response.status_code != 500, body
    try:
        op, _ = SPEC.match(response.request.method, path)
    except ApiError as exc:
        assert response.status_code == exc.code in (404, 405), body
        return
    assert response.status_code in op.documented_statuses, (response.status_code, body)
    validator = SPEC.response_validator(op, response.status_code)
    if validator is not None:
        problems = validator.errors(body)
        assert not problems, (op.operation_id, problems, body)


class Api:
    """A checked client for one region, with the project path prefilled."""

    def __init__(self, emu: RunningEmulator, region: str = "us", auth: Any = None) -> None:
        self.emu = emu
        self.region = region
        self.http = httpx.Client(
            base_url=emu.base_url(region),
            timeout=30,
            auth=auth or (emu.key_id, emu.key_secret),
            event_hooks={"response": [check_answer]},
        )
        self.p = f"/v1/projects/{emu.project_id}"

    def __getattr__(self, name: str) -> Callable[..., httpx.Response]:
        method = getattr(self.http, name)

        def call(path: str, **kwargs: Any) -> httpx.Response:
            return method(self.p + path if path.startswith("/") else path, **kwargs)

        return call

    def ok(self, method: str, path: str, **kwargs: Any) -> Any:
        response = getattr(self, method)(path, **kwargs)
        assert response.status_code == 200, response.text
        return response.json()

    def create_app(self, mode: str = "CONVERSATION", **fields: Any) -> dict:
        body = {
            "display_name": "test app",
            "processing_mode": mode,
            "channel_credentials": [
                {
                    "channel": "SMS",
                    "static_bearer": {"claimed_identity": "sms-sender", "token": "t"},
                },
                {"channel": "WHATSAPP", "static_bearer": {"claimed_identity": "wa", "token": "t"}},
            ],
            **fields,
        }
        return self.ok("post", "/apps", json=body)

    def create_contact(
        self, identity: str = "+46700000001", channel: str = "SMS", **fields: Any
    ) -> dict:
        body = {"channel_identities": [{"channel": channel, "identity": identity}], **fields}
        return self.ok("post", "/contacts", json=body)

    def send(
        self,
        app_id: str,
        identity: str = "+46700000001",
        channel: str = "SMS",
        text: str = "hello",
        **fields: Any,
    ) -> dict:
        body = {
            "app_id": app_id,
            "message": {"text_message": {"text": text}},
            "recipient": {
                "identified_by": {
                    "channel_identities": [{"channel": channel, "identity": identity}]
                }
            },
            **fields,
        }
        return self.ok("post", "/messages:send", json=body)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def api(emulator: RunningEmulator) -> Iterator[Api]:
    client = Api(emulator)
    yield client
    client.close()


@pytest.fixture
def make_api(emulator: RunningEmulator) -> Iterator[Callable[..., Api]]:
    made: list[Api] = []

    def factory(region: str = "us", auth: Any = None, emu: RunningEmulator | None = None) -> Api:
        client = Api(emu or emulator, region, auth)
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02) -> Any:
    """Poll until ``predicate`` returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        time.sleep(interval)


class Receiver:
    """A webhook target on 127.0.0.1 that records what it receives."""

    def __init__(self, fail_first: int = 0) -> None:
        self.requests: queue.Queue[dict] = queue.Queue()
        self.received: list[dict] = []
        self.fail_first = fail_first
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                if outer.fail_first > 0:
                    outer.fail_first -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                entry = {
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "raw": raw,
                    "body": json.loads(raw),
                }
                outer.received.append(entry)
                outer.requests.put(entry)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/callbacks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait(self, predicate: Callable[[dict], bool], timeout: float = 10.0) -> dict:
        return wait_for(
            lambda: next((e for e in list(self.received) if predicate(e)), None), timeout
        )

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()
