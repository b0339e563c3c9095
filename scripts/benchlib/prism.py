"""The peer: Stoplight Prism (``@stoplight/prism-cli`` 5.x, run with ``npx``) mocking the
same effective spec, answering the same ``messages:send`` from the same load generator.

Prism validates the request against the spec and answers from its examples, keeping no
state; the emulator authenticates, validates, stores and answers. Where ``npx`` is not on
PATH, or Prism does not start, the peer is skipped with a message saying why.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Self

from .emulator import HOST, PROJECT_ID, send_payload
from .loadgen import build_request

PACKAGE = "@stoplight/prism-cli@5"
SPEC = Path(__file__).resolve().parents[2] / "build" / "spec" / "openapi.json"
#: Prism mocks the paths as the spec writes them (no region prefix)
SEND_PATH = f"/v1/projects/{PROJECT_ID}/messages:send"


class PeerUnavailable(RuntimeError):
    """Prism cannot be run here; the message says why."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class PrismProcess:
    """``with PrismProcess() as prism:`` runs ``prism mock`` on a free 127.0.0.1 port."""

    def __init__(self, spec: Path = SPEC, timeout: float = 180.0) -> None:
        self.spec = spec
        self.timeout = timeout
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Self:
        npx = shutil.which("npx")
        if npx is None:
            raise PeerUnavailable("npx is not on PATH (install Node.js to measure Prism)")
        if not self.spec.is_file():
            raise PeerUnavailable(f"{self.spec} is missing (run make spec)")
        command = [npx, "--yes", PACKAGE, "mock", str(self.spec), "-h", HOST, "-p", str(self.port)]
        # its own process group, so stopping it also stops the node process npx starts
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
        )
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = (
                    self.process.stderr.read().decode(errors="replace")
                    if self.process.stderr
                    else ""
                )
                raise PeerUnavailable(
                    f"prism exited with {self.process.returncode}: {error[-300:]}"
                )
            try:
                self.call_send()
                return self
            except (urllib.error.URLError, OSError, ValueError):
                time.sleep(0.5)
        self.stop()
        raise PeerUnavailable(f"prism did not answer on port {self.port} within {self.timeout:g} s")

    def call_send(self) -> int:
        request = urllib.request.Request(
            f"http://{HOST}:{self.port}{SEND_PATH}",
            data=json.dumps(send_payload("01HZY0B7JZ8Y5Q3M2N1P0R9S8T")).encode(),
            method="POST",
            headers={"Authorization": "Bearer bench", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return int(response.status)

    def send_request(self, app_id: str, token: str) -> bytes:
        """The emulator's ``messages:send`` request, addressed to Prism."""
        return build_request(
            "POST",
            HOST,
            self.port,
            SEND_PATH,
            {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            json.dumps(send_payload(app_id), separators=(",", ":")).encode(),
        )

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
        if process.stderr:
            process.stderr.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
