"""A minimal HTTP/1.1 load generator: keep-alive connections, one request in flight each.

It sends pre-encoded request bytes and reads answers by ``Content-Length``, so one core of
client costs far less per request than the server under test spends answering it (a full
client library would measure itself). Latency is taken per request from write to last byte.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field


class LoadError(RuntimeError):
    pass


def build_request(
    method: str,
    host: str,
    port: int,
    path: str,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}"]
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


@dataclass
class LoadResult:
    requests: int
    seconds: float
    cpu_seconds: float
    latencies: list[float] = field(repr=False)
    statuses: dict[int, int]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


class _Connection(asyncio.Protocol):
    """Sends ``request``, waits for one complete answer, repeats until told to stop."""

    def __init__(self, run: _Run) -> None:
        self.run = run
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.sent_at = 0.0
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport) -> None:
        self.transport = transport
        self._send()

    def _send(self) -> None:
        assert self.transport is not None
        if not self.run.take():
            self.transport.close()
            return
        self.sent_at = time.perf_counter()
        self.transport.write(self.run.request)

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buffer[:end])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
                    break
            total = end + 4 + length
            if len(buffer) < total:
                return
            status = int(head[9:12])
            del buffer[:total]
            self.run.done(status, time.perf_counter() - self.sent_at)
            self._send()

    def connection_lost(self, exc) -> None:
        if not self.closed.done():
            self.closed.set_result(exc)


class _Run:
    def __init__(self, request: bytes, requests: int | None, until: float | None) -> None:
        self.request = request
        self.remaining = requests
        self.until = until
        self.latencies: list[float] = []
        self.statuses: dict[int, int] = {}

    def take(self) -> bool:
        if self.remaining is not None:
            if self.remaining <= 0:
                return False
            self.remaining -= 1
            return True
        return time.perf_counter() < (self.until or 0.0)

    def done(self, status: int, latency: float) -> None:
        self.latencies.append(latency)
        self.statuses[status] = self.statuses.get(status, 0) + 1


async def _drive(
    host: str,
    port: int,
    request: bytes,
    connections: int,
    requests: int | None,
    duration: float | None,
) -> LoadResult:
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    cpu = time.process_time()
    run = _Run(request, requests, start + duration if duration else None)
    protocols = []
    for _ in range(connections):
        _, protocol = await loop.create_connection(lambda: _Connection(run), host, port)
        protocols.append(protocol)
    for protocol in protocols:
        exc = await protocol.closed
        if exc is not None:
            raise LoadError(f"connection lost: {exc!r}")
    seconds = time.perf_counter() - start
    return LoadResult(
        len(run.latencies), seconds, time.process_time() - cpu, run.latencies, run.statuses
    )


def run_load(
    host: str,
    port: int,
    request: bytes,
    *,
    connections: int = 64,
    requests: int | None = None,
    duration: float | None = None,
) -> LoadResult:
    """Send ``request`` over ``connections`` keep-alive connections, either ``requests`` times
    in total or for ``duration`` seconds; uvloop when available."""
    if (requests is None) == (duration is None):
        raise ValueError("give exactly one of requests= and duration=")
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop ships with the emulator extra
        return asyncio.run(_drive(host, port, request, connections, requests, duration))
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(_drive(host, port, request, connections, requests, duration))
