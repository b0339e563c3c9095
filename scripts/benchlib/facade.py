"""Facade figures that need no server: what importing the client costs, what the run-time
request check costs for a text message (against the model path it replaces: building the
generated models from the same dict and turning them back into JSON), and the length of a
short message's ``repr``."""

from __future__ import annotations

import statistics
import subprocess
import sys
import timeit
from typing import Any

from .emulator import send_payload


def import_seconds(runs: int = 5) -> float:
    """Median wall time of ``import sinch_conversation`` in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter(); import sinch_conversation; "
        "print(time.perf_counter() - t)"
    )
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def _best_us(fn: Any, number: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6


def measure(number: int = 20_000) -> dict[str, Any]:
    from sinch_conversation import models
    from sinch_conversation._resource import request_body

    payload = send_payload("01ARZ3NDEKTSV4RRFFQ69G5FAV")
    check_us = _best_us(lambda: request_body("SendMessageRequest", None, payload), number)
    model_us = _best_us(lambda: models.SendMessageRequest.from_dict(payload).to_dict(), number)
    message = models.SendMessageRequest.from_dict(payload)
    return {
        "describe": f"best of 5 x {number:,} calls; import: median of 5 fresh interpreters",
        "figures": {
            "request check us": check_us,
            "model path us": model_us,
            "import s": import_seconds(),
            "repr chars": float(len(repr(message))),
        },
        "ratios": {"model path/request check": model_us / check_us},
    }
