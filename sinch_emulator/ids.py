"""IDs and timestamps as the API writes them: ULIDs, RFC 3339 in UTC with microseconds."""

from __future__ import annotations

import random
import re
import time
from datetime import UTC, datetime
from typing import Any

from .errors import invalid

ULID_RE = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}\Z", re.IGNORECASE)
#: a ULID as this emulator writes and files IDs (upper case): half the time of ULID_RE
STORED_ULID_RE = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}\Z")
EPOCH = "1970-01-01T00:00:00.000000Z"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: every 10-bit value as its two base-32 digits
_PAIRS = [a + b for a in CROCKFORD for b in CROCKFORD]


#: what the last ID was minted from: its millisecond, its first 24 digits (the millisecond's
#: ten and the random number's high 70 bits) and the number's low 10 bits
_minted: list[Any] = [None, "", 0]


def new_id() -> str:
    """A ULID: 48 bits of milliseconds then 80 random bits, in Crockford base 32.

    Monotonic, as the ULID specification describes: the first ID of a millisecond draws its
    80 bits (the top one clear, so they cannot overflow), each later one in that millisecond
    is the one before plus 1. IDs minted by this process sort in the order they were minted,
    and an ID costs one lookup of its last two digits. Written here rather than taken from a
    ULID package because an ID is minted on every send and the package's object model costs
    more than the rest of the ID together; the IDs need to be unique and well-formed, not
    unpredictable.
    """
    ms = time.time_ns() // 1_000_000
    minted = _minted
    if ms == minted[0]:
        low = minted[2] + 1
        if low < 1024:
            minted[2] = low
            return minted[1] + _PAIRS[low]
        # a carry into the high bits: their digits are spelt again
        return _mint(ms, ((_high_of(minted[1]) + 1) << 10))
    return _mint(ms, random.getrandbits(79))


def _mint(ms: int, number: int) -> str:
    """The ID of ``number`` (80 bits) in millisecond ``ms``, remembered for the next one."""
    p = _PAIRS
    # 50 bits of milliseconds (two leading zeros) as five pairs of digits, then the number's
    # eight pairs, most significant first
    head = "".join(
        (
            p[(ms >> 40) & 1023],
            p[(ms >> 30) & 1023],
            p[(ms >> 20) & 1023],
            p[(ms >> 10) & 1023],
            p[ms & 1023],
            p[number >> 70],
            p[(number >> 60) & 1023],
            p[(number >> 50) & 1023],
            p[(number >> 40) & 1023],
            p[(number >> 30) & 1023],
            p[(number >> 20) & 1023],
            p[(number >> 10) & 1023],
        )
    )
    low = number & 1023
    _minted[:] = [ms, head, low]
    return head + p[low]


def _high_of(head: str) -> int:
    """The high 70 bits of the number whose first 24 digits (after the ten of the
    millisecond) are ``head``."""
    return int(head[10:].translate(_TO_DIGITS), 32)


#: Crockford's digits as the digits int(..., 32) reads
_TO_DIGITS = str.maketrans(CROCKFORD, "0123456789abcdefghijklmnopqrstuv")


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
