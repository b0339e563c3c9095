"""The emulator as a separate process (its own interpreter), for tests that load it, stop it
with SIGTERM, or need it to outrun the client."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from typing import Any, Self

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class EmulatorProcess:
    """``with EmulatorProcess("--rate-limit", "off") as emu:``; ``emu.terminate()`` sends
    SIGTERM and returns the seconds the process took to exit."""

    project_id = "emulator-project"
    key_id = "emulator-key-id"
    key_secret = "emulator-key-secret"

    def __init__(self, *args: str) -> None:
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.base_url_template = self.url + "/{region}"
        self.auth_url = self.url + "/oauth2/token"
        self.args = [sys.executable, "-m", "sinch_emulator", "--host", HOST]
        self.args += ["--port", str(self.port), *args]
        self.output = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the process; closed in stop())
        self.process: subprocess.Popen[bytes] | None = None

    def control(self, method: str, path: str, timeout: float = 5.0) -> Any:
        request = urllib.request.Request(self.url + path, method=method)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())

    def start(self, timeout: float = 60.0) -> Self:
        self.process = subprocess.Popen(self.args, stdout=self.output, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the emulator exited:\n{self.log()}")
            try:
                if self.control("GET", "/_emulator/health")["status"] == "ok":
                    return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("the emulator did not start")
            time.sleep(0.05)

    def log(self) -> str:
        self.output.seek(0)
        return self.output.read().decode(errors="replace")

    def terminate(self, timeout: float = 30.0) -> float:
        assert self.process is not None
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout)
        return time.monotonic() - started

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.output.close()
