"""Fault injection for reliability tests: configured shares of failures, or one per request.

Per request, the ``X-Emulator-Fault`` header takes ``;``-separated directives:

* ``status=503`` (any documented error status) with optional ``retry_after=2`` (seconds);
* ``latency_ms=200`` to delay the answer;
* ``drop`` to close the connection without answering;
* ``after=drop`` or ``after=500`` (any fault status): the request *is handled* (a send is
  stored) and then its answer is lost: the connection closes, or the status replaces the
  answer. This is the failure that makes retrying a non-idempotent request unsafe;
* ``times=N``: the fault applies to the first N attempts only, then requests pass, so a
  client's retries can recover. Attempts are counted per method, path, query and header
  value; add ``id=anything`` to count two otherwise identical requests apart.

Directives combine (``latency_ms=100; status=500``, ``after=drop; times=1``). Configured
faults (see :class:`~sinch_emulator.config.FaultConfig`) apply to API routes only; the header
works on every route, the token endpoint included.
"""

from __future__ import annotations

import asyncio
import random
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .config import FaultConfig
from .errors import ApiError, error_body, retry_info
from .uvicorn_internals import close_without_answer

HEADER = "x-emulator-fault"
FAULT_STATUSES = {400, 401, 403, 404, 429, 500, 501, 503}
_MAX_COUNTED = 10_000  # distinct requests whose attempts are remembered for ``times``


@dataclass
class Fault:
    status: int | None = None
    retry_after: int | None = None
    latency_ms: float = 0.0
    drop: bool = False
    #: ``"drop"`` or a status: applied after the handler ran
    after: str | int | None = None
    #: apply to this many attempts only (None: every attempt)
    times: int | None = None
    ident: str = ""


def _status(raw: str) -> int:
    code = int(raw)
    if code not in FAULT_STATUSES:
        raise ValueError
    return code


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
                fault.status = _status(raw)
            elif name == "retry_after" and sep:
                fault.retry_after = max(0, int(raw))
            elif name == "latency_ms" and sep:
                fault.latency_ms = max(0.0, min(float(raw), 60_000.0))
            elif name == "after" and sep:
                fault.after = "drop" if raw.lower() == "drop" else _status(raw)
            elif name == "times" and sep:
                fault.times = int(raw)
                if fault.times < 0:
                    raise ValueError
            elif name == "id" and sep:
                fault.ident = raw
            else:
                raise ValueError
        except ValueError:
            shown = part if len(part) <= 80 else part[:80] + "..."
            raise ApiError(
                400,
                f"X-Emulator-Fault: cannot apply {shown!r}; use status=N "
                f"(one of {sorted(FAULT_STATUSES)}), retry_after=S, latency_ms=MS, drop, "
                "after=drop|N, times=N or id=TEXT.",
            ) from None
    return fault


def _fault_error(fault: Fault, code: int, note: str) -> ApiError:
    """The injected error: its envelope, and Retry-After where the status carries one."""
    extra: dict[str, str] = {}
    details = []
    if code in (429, 503):
        wait = fault.retry_after if fault.retry_after is not None else 1
        extra["Retry-After"] = str(wait)
        details.append(retry_info(wait))
    message = f"{error_body(code)['error']['message']} ({note})"
    return ApiError(code, message, details=details, headers=extra)


async def before_handling(fault: Fault, send: Any) -> bool:
    """Delay, drop or fail as asked; True when the connection has been dropped (nothing more
    to answer). A fault status is raised as the :class:`ApiError` the app answers."""
    if fault.latency_ms:
        await asyncio.sleep(fault.latency_ms / 1000)
    if fault.drop:
        if close_without_answer(send):
            return True
        raise ConnectionAbortedError("dropped by fault injection")
    if fault.status is not None:
        raise _fault_error(fault, fault.status, "injected fault")
    return False


#: status, body and extra headers of an answer
Answer = tuple[int, Any, "dict[str, str] | None"]


def after_handling(fault: Fault, send: Any, answer: Answer) -> Answer | None:
    """A handled request loses its answer: None when the connection is dropped (where
    ``send`` is not uvicorn's, the answer stands), else the error that replaces it."""
    if fault.after == "drop":
        return None if close_without_answer(send) else answer
    assert isinstance(fault.after, int)
    error = _fault_error(fault, fault.after, "injected fault, after the request was handled")
    return error.code, error.body(), error.headers


class FaultInjector:
    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        #: the configuration is frozen: whether any fault is drawn is known once
        self.active = config.active
        self.random = random.Random(config.seed)
        self._attempts: OrderedDict[tuple[str, ...], int] = OrderedDict()

    def for_request(
        self, headers: Mapping[str, str], method: str, path: str, query: bytes, api: bool
    ) -> Fault | None:
        """The fault for this request: the header's (until its ``times`` are used up), else
        for an API route a configured one. A header that cannot be read raises a 400."""
        fault = None
        header = headers.get(HEADER)
        if header is not None:
            fault = parse_header(header)
            if not self.attempt(fault, method, path, query, header):
                fault = None  # its `times` are used up: this attempt passes
        if api and self.active:
            configured = self.draw()
            if fault is None:
                fault = configured
        return fault

    def attempt(self, fault: Fault, method: str, path: str, query: bytes, header: str) -> bool:
        """Count one attempt; False once a ``times=N`` fault has been applied N times."""
        if fault.times is None:
            return True
        key = (method, path, query.decode("latin-1"), header)
        seen = self._attempts.pop(key, 0)
        self._attempts[key] = seen + 1
        while len(self._attempts) > _MAX_COUNTED:
            self._attempts.popitem(last=False)
        return seen < fault.times

    def draw(self) -> Fault | None:
        """A configured fault for this request, or None."""
        if not self.active:
            return None
        c = self.config
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
