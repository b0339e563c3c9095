"""The emulator under measurement: a separate ``sinch-emulator`` process on 127.0.0.1 with
rate limiting off, so it runs on its own interpreter (and core, where the machine has one
to give), plus the few API and control calls the bench needs."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Self

PROJECT_ID = "emulator-project"
KEY_ID = "emulator-key-id"
KEY_SECRET = "emulator-key-secret"
HOST = "127.0.0.1"
REGION = "us"
IDENTITY = "+46700000001"
TEXT = "Hello from the bench"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _command() -> list[str]:
    script = Path(sys.executable).parent / "sinch-emulator"
    if script.exists():
        return [str(script)]
    found = shutil.which("sinch-emulator")
    return [found] if found else [sys.executable, "-m", "sinch_emulator"]


class EmulatorProcess:
    """``with EmulatorProcess() as emu:`` starts the emulator and waits for its health check."""

    def __init__(self, port: int | None = None, extra_args: list[str] | None = None) -> None:
        self.port = port or _free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.base_url = f"{self.url}/{REGION}"
        self.auth_url = f"{self.url}/oauth2/token"
        self.send_path = f"/{REGION}/v1/projects/{PROJECT_ID}/messages:send"
        self.send_url = self.url + self.send_path
        self.args = [
            *_command(),
            "--host",
            HOST,
            "--port",
            str(self.port),
            "--rate-limit",
            "off",
            *(extra_args or []),
        ]
        self.process: subprocess.Popen[bytes] | None = None
        self._token: str | None = None

    # -- lifecycle

    def start(self, timeout: float = 30.0) -> Self:
        self.process = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                output = (
                    self.process.stdout.read().decode(errors="replace")
                    if self.process.stdout
                    else ""
                )
                raise RuntimeError(f"the emulator exited with {self.process.returncode}:\n{output}")
            try:
                if self.control("GET", "/_emulator/health").get("status") == "ok":
                    return self
            except (urllib.error.URLError, OSError, ValueError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"the emulator did not answer {self.url}/_emulator/health")
            time.sleep(0.05)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        if process.stdout:
            process.stdout.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def pid(self) -> int:
        assert self.process is not None, "the emulator is not running"
        return self.process.pid

    def cpu_seconds(self) -> float | None:
        """User + system CPU time of the emulator process so far (Linux ``/proc``; None where
        that is not available)."""
        try:
            with open(f"/proc/{self.pid}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return None

    # -- HTTP helpers (urllib: setup only, never measured)

    def _call(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        data: bytes | None = None,
    ) -> Any:
        if body is not None:
            data = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        request = urllib.request.Request(
            self.url + path, data=data, method=method, headers=headers or {}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def control(self, method: str, path: str, body: Any = None) -> Any:
        return self._call(method, path, body if body is not None or method == "GET" else {})

    def token(self) -> str:
        """A bearer token, fetched once (the emulator's tokens live an hour)."""
        if self._token is None:
            import base64

            basic = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
            answer = self._call(
                "POST",
                "/oauth2/token",
                data=b"grant_type=client_credentials",
                headers={
                    "Authorization": f"Basic {basic}",
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            self._token = answer["access_token"]
        return self._token

    def fresh_app(self) -> str:
        """Forget all state, then create one SMS app through the API; its id."""
        self.control("POST", "/_emulator/reset", {})
        app = self._call(
            "POST",
            f"/{REGION}/v1/projects/{PROJECT_ID}/apps",
            {
                "display_name": "bench",
                "processing_mode": "CONVERSATION",
                "channel_credentials": [
                    {"channel": "SMS", "static_bearer": {"claimed_identity": "12345", "token": "t"}}
                ],
            },
            headers={"Authorization": f"Bearer {self.token()}"},
        )
        return app["id"]


def send_payload(app_id: str) -> dict[str, Any]:
    """The text message every client sends (as JSON)."""
    return {
        "app_id": app_id,
        "recipient": {
            "identified_by": {"channel_identities": [{"channel": "SMS", "identity": IDENTITY}]}
        },
        "message": {"text_message": {"text": TEXT}},
    }
