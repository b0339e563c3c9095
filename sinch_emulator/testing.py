"""Run the emulator in-process for tests: ``with run_emulator() as emu: ...``.

The server binds a free port on 127.0.0.1, runs in a background thread with its own event
loop, and stops cleanly when the block ends. ``emu`` carries everything a client needs::

    with run_emulator(rate_limit=None) as emu:
        client = MyClient(base_url=emu.base_url("eu"), auth_url=emu.auth_url,
                          project_id=emu.project_id, key_id=emu.key_id,
                          key_secret=emu.key_secret)
"""

from __future__ import annotations

import contextlib
import json
import urllib.request
from collections.abc import Iterator
from typing import Any

from .config import REGIONS, EmulatorConfig
from .server import BackgroundServer


class RunningEmulator:
    """A started emulator: its URLs, credentials and control endpoints."""

    def __init__(self, server: BackgroundServer) -> None:
        self._server = server
        self.config: EmulatorConfig = server.app.config
        self.url = f"http://{server.host}:{server.port}"
        self.base_url_template = self.url + "/{region}"
        self.auth_url = self.url + "/oauth2/token"
        self.project_id = self.config.project_id
        self.key_id = self.config.key_id
        self.key_secret = self.config.key_secret
        self.regions = REGIONS

    def __repr__(self) -> str:
        return f"RunningEmulator(url={self.url!r}, project_id={self.project_id!r})"

    @property
    def app(self):
        """The ASGI app object (for inspection; call it only through HTTP)."""
        return self._server.app

    def base_url(self, region: str = "us") -> str:
        if region not in REGIONS:
            raise ValueError(f"region must be one of {REGIONS}")
        return f"{self.url}/{region}"

    def batch_base_url(self, region: str = "us") -> str:
        """The Batch API of ``region`` (the same listener, under ``/batch``)."""
        return f"{self.base_url(region)}/batch"

    def advance_clock(self, seconds: float) -> dict:
        """Move the emulator's clock forward (see POST /_emulator/clock): scheduled batches
        whose ``send_after`` it passes are sent before this returns."""
        return self._control("POST", "/_emulator/clock", {"advance_seconds": seconds})

    def _control(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"content-type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def reset(self, region: str | None = None) -> None:
        """Forget all state (or one region's), rate-limit buckets and the callback log."""
        prefix = f"/{region}" if region else ""
        self._control("POST", f"{prefix}/_emulator/reset", {})

    def inbound(
        self,
        app_id: str,
        channel: str,
        identity: str,
        text: str = "hello",
        region: str = "us",
        **fields: Any,
    ) -> dict:
        """Inject a message from a contact (see POST /_emulator/inbound)."""
        body = {
            "app_id": app_id,
            "channel": channel,
            "identity": identity,
            "text": text,
            "project_id": self.project_id,
            **fields,
        }
        return self._control("POST", f"/{region}/_emulator/inbound", body)

    def callbacks(self, **filters: str) -> list[dict]:
        """Delivery log entries (see GET /_emulator/callbacks), oldest first."""
        query = "&".join(f"{k}={v}" for k, v in filters.items())
        return self._control("GET", "/_emulator/callbacks" + (f"?{query}" if query else ""))[
            "callbacks"
        ]


@contextlib.contextmanager
def run_emulator(
    config: EmulatorConfig | None = None, **overrides: Any
) -> Iterator[RunningEmulator]:
    """Start an emulator on a free 127.0.0.1 port; keyword arguments as
    :meth:`EmulatorConfig.build` (``rate_limit=None``, ``token_ttl=1``, ``db=path``, ...)."""
    overrides.setdefault("port", 0)
    overrides.setdefault("host", "127.0.0.1")
    if config is None:
        config = EmulatorConfig.build(**overrides)
    server = BackgroundServer(config).start()
    try:
        yield RunningEmulator(server)
    finally:
        server.stop()
