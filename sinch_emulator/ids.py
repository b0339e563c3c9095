"""IDs and timestamps as the API writes them: ULIDs, RFC 3339 in UTC with microseconds."""

from __future__ import annotations

import random
import re
import time
from datetime import UTC, datetime
from typing import Any

from .errors import invalid

ULID_RE = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}\Z", re.IGNORECASE)
EPOCH = "1970-01-01T00:00:00.000000Z"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: every 10-bit value as its two base-32 digits
_PAIRS = [a + b for a in CROCKFORD for b in CROCKFORD]


#: the current millisecond and its ten digits, which every ID minted in it starts with
_millisecond: list[Any] = [None, ""]


def new_id() -> str:
    """A ULID: 48 bits of milliseconds then 80 random bits, in Crockford base 32.

    Written here rather than taken from a ULID package because an ID is minted on every
    send and the package's object model costs more than the rest of the ID together;
    the IDs need to be unique and well-formed, not unpredictable.
    """
    ms = time.time_ns() // 1_000_000
    if ms != _millisecond[0]:  # 50 bits (two leading zeros) as five pairs of digits
        _millisecond[0] = ms
        _millisecond[1] = "".join([_PAIRS[(ms >> shift) & 1023] for shift in (40, 30, 20, 10, 0)])
    b = random.getrandbits(80)
    p = _PAIRS
    # spelt out rather than a comprehension over the shifts (a comprehension is a call of
    # its own): the random bits' eight pairs of digits, most significant first
    return "".join(
        (
            _millisecond[1],
            p[b >> 70],
            p[(b >> 60) & 1023],
            p[(b >> 50) & 1023],
            p[(b >> 40) & 1023],
            p[(b >> 30) & 1023],
            p[(b >> 20) & 1023],
            p[(b >> 10) & 1023],
            p[b & 1023],
        )
    )


_second: list[Any] = [None, ""]


def now() -> str:
    """The current time, as :func:`stamp` writes it (the date part formatted once a second)."""
    micros = time.time_ns() // 1000
    second, fraction = divmod(micros, 1_000_000)
    if second != _second[0]:
        _second[0], _second[1] = second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
    return f"{_second[1]}.{fraction:06d}Z"


def stamp(moment: datetime) -> str:
    """RFC 3339 in UTC with microseconds: fixed width, so strings sort as times do."""
    # isoformat writes the year in four digits, as RFC 3339 needs (strftime's %Y does not
    # pad a year before 1000)
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_time(text: str, field: str) -> str:
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except (ValueError, TypeError):
        raise invalid(f"{field}: {text!r} is not an RFC 3339 timestamp", field) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return stamp(moment)


def is_ulid(value: Any) -> bool:
    return isinstance(value, str) and ULID_RE.match(value) is not None


def require_id(value: Any, field: str) -> str:
    """A 400 for an ID that is missing or not a ULID (the API's basic form check)."""
    if not value:
        raise invalid(f"{field} is required", field)
    if not is_ulid(value):
        raise invalid(f"{field}: {value!r} is not a valid ID (a ULID)", field)
    return str(value).upper()
