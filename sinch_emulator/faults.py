"""Fault injection for reliability tests: configured shares of failures, or one per request.

Per request, the ``X-Emulator-Fault`` header takes ``;``-separated directives:

* ``status=503`` (any documented error status) with optional ``retry_after=2`` (seconds);
* ``latency_ms=200`` to delay the answer;
* ``drop`` to close the connection without answering.

Directives combine (``latency_ms=100; status=500``). Configured faults (see
:class:`~sinch_emulator.config.FaultConfig`) apply to API routes only; the header works on
every route, the token endpoint included.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .config import FaultConfig
from .errors import ApiError

HEADER = "x-emulator-fault"
FAULT_STATUSES = {400, 401, 403, 404, 429, 500, 501, 503}


@dataclass
class Fault:
    status: int | None = None
    retry_after: int | None = None
    latency_ms: float = 0.0
    drop: bool = False


def parse_header(value: str) -> Fault:
    fault = Fault()
    for part in value.split(";"):
        part = part.strip()
        if not part:
            continue
        name, sep, raw = part.partition("=")
        name, raw = name.strip().lower(), raw.strip()
        try:
            if name == "drop" and not sep:
                fault.drop = True
            elif name == "status" and sep:
                fault.status = int(raw)
                if fault.status not in FAULT_STATUSES:
                    raise ValueError
            elif name == "retry_after" and sep:
                fault.retry_after = max(0, int(raw))
            elif name == "latency_ms" and sep:
                fault.latency_ms = max(0.0, min(float(raw), 60_000.0))
            else:
                raise ValueError
        except ValueError:
            raise ApiError(
                400,
                f"X-Emulator-Fault: cannot apply {part!r}; use status=N "
                f"(one of {sorted(FAULT_STATUSES)}), retry_after=S, "
                "latency_ms=MS or drop.",
            ) from None
    return fault


class FaultInjector:
    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self.random = random.Random(config.seed)

    def draw(self) -> Fault | None:
        """A configured fault for this request, or None."""
        c = self.config
        if not c.active:
            return None
        fault = Fault(latency_ms=c.latency_ms)
        roll = self.random.random()
        for status, share in ((429, c.rate_429), (500, c.rate_500), (503, c.rate_503)):
            if roll < share:
                fault.status = status
                fault.retry_after = c.retry_after if status in (429, 503) else None
                return fault
            roll -= share
        if roll < c.drop_rate:
            fault.drop = True
        return fault
