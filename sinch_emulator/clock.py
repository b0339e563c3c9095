"""The emulator's movable clock: what "now" is for scheduled work (the Batch API's
``send_after``), so tests move time instead of waiting for it.

Only scheduling reads it; timestamps the API shows (``accept_time``...) stay wall-clock time.
``POST /_emulator/clock`` moves it and ``RunningEmulator.advance_clock`` calls that.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime


class Clock:
    """Wall-clock time plus an offset that only grows (time never runs backwards)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        """Seconds since the epoch, as the emulator sees them."""
        return time.time() + self.offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self.offset += seconds

    def reset(self) -> None:
        self.offset = 0.0
