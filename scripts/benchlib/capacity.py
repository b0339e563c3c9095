"""Emulator capacity: ``messages:send`` (auth, validation against the spec, state, answer)
against ``GET /_emulator/health`` (the same ASGI app and server stack, no work behind it).

The load comes from :mod:`.loadgen` in this process. Two figures per endpoint: requests/s as
the load generator sees them, and the emulator's own CPU time per request (from ``/proc``),
whose inverse is the most one emulator process can answer when it has a core to itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .emulator import HOST, EmulatorProcess, send_payload
from .loadgen import build_request, run_load
from .stats import percentile, summarize


@dataclass(frozen=True)
class CapacitySample:
    requests: int
    seconds: float
    client_cpu_seconds: float
    server_cpu_seconds: float | None
    p50_ms: float
    p99_ms: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    @property
    def server_cpu_us(self) -> float | None:
        if self.server_cpu_seconds is None:
            return None
        return self.server_cpu_seconds / self.requests * 1e6


def requests_for(emu: EmulatorProcess, app_id: str) -> dict[str, bytes]:
    send = build_request(
        "POST",
        HOST,
        emu.port,
        emu.send_path,
        {"Authorization": f"Bearer {emu.token()}", "Content-Type": "application/json"},
        json.dumps(send_payload(app_id), separators=(",", ":")).encode(),
    )
    health = build_request("GET", HOST, emu.port, "/_emulator/health")
    return {"messages:send": send, "health": health}


def rate_of(
    host: str, port: int, request: bytes, seconds: float, connections: int
) -> CapacitySample:
    """Requests/s and latency of any server answering ``request`` (no server CPU figure)."""
    run_load(host, port, request, connections=connections, requests=connections * 4)
    result = run_load(host, port, request, connections=connections, duration=seconds)
    bad = {status: n for status, n in result.statuses.items() if status != 200}
    if bad or not result.requests:
        raise RuntimeError(f"load run answered {result.statuses}")
    ordered = sorted(result.latencies)
    return CapacitySample(
        result.requests,
        result.seconds,
        result.cpu_seconds,
        None,
        percentile(ordered, 0.50) * 1e3,
        percentile(ordered, 0.99) * 1e3,
    )


def measure(
    emu: EmulatorProcess, request: bytes, *, seconds: float, connections: int
) -> CapacitySample:
    run_load(HOST, emu.port, request, connections=connections, requests=connections * 4)
    cpu_before = emu.cpu_seconds()
    result = run_load(HOST, emu.port, request, connections=connections, duration=seconds)
    cpu_after = emu.cpu_seconds()
    bad = {status: n for status, n in result.statuses.items() if status != 200}
    if bad or not result.requests:
        raise RuntimeError(f"load run answered {result.statuses}")
    ordered = sorted(result.latencies)
    server = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
    return CapacitySample(
        result.requests,
        result.seconds,
        result.cpu_seconds,
        server,
        percentile(ordered, 0.50) * 1e3,
        percentile(ordered, 0.99) * 1e3,
    )


def summary(label: str, runs: list[CapacitySample]) -> dict[str, Any]:
    """Medians and spread of repeated runs of one variant; ``capacity_per_s`` is the inverse of
    the emulator's CPU per request (None where /proc gives no CPU figure)."""
    server = [s.server_cpu_us for s in runs if s.server_cpu_us]
    return {
        "label": label,
        "rate": summarize([s.rate for s in runs]),
        "requests": summarize([s.requests for s in runs]),
        "p50_ms": summarize([s.p50_ms for s in runs]),
        "p99_ms": summarize([s.p99_ms for s in runs]),
        "client_cpu_us": summarize([s.client_cpu_seconds / s.requests * 1e6 for s in runs]),
        "server_cpu_us": summarize(server) if server else None,
        "capacity_per_s": summarize([1e6 / x for x in server]) if server else None,
    }
