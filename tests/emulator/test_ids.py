"""IDs the emulator mints: ULIDs (Crockford base 32, 26 digits), unique, and monotonic within
a millisecond as the ULID specification describes."""

from __future__ import annotations

import time

import pytest

from sinch_emulator import ids
from sinch_emulator.ids import CROCKFORD, ULID_RE, new_id

from .conftest import Api


def _number(ulid: str) -> int:
    return int(ulid.translate(str.maketrans(CROCKFORD, "0123456789abcdefghijklmnopqrstuv")), 32)


def test_ids_minted_in_a_burst_are_ulids_unique_and_in_minting_order() -> None:
    before = time.time_ns() // 1_000_000
    minted = [new_id() for _ in range(50_000)]
    after = time.time_ns() // 1_000_000
    assert all(ULID_RE.match(i) for i in minted)
    assert len(set(minted)) == len(minted)
    assert minted == sorted(minted)
    # the first 48 bits are the millisecond it was minted in
    assert before <= _number(minted[0]) >> 80 <= _number(minted[-1]) >> 80 <= after


def test_within_a_millisecond_an_id_is_the_one_before_plus_one_across_a_carry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now_ns = time.time_ns()
    monkeypatch.setattr(ids.time, "time_ns", lambda: now_ns)  # one millisecond throughout
    first = ids._mint(now_ns // 1_000_000, (7 << 10) | 1022)  # two short of a carry
    following = [new_id() for _ in range(3)]
    assert [_number(i) for i in following] == [_number(first) + n for n in (1, 2, 3)]
    assert following[1].endswith("00") and following[1][:24] > first[:24]
    assert [first, *following] == sorted([first, *following])


def test_a_new_millisecond_draws_new_random_bits() -> None:
    drawn = set()
    for _ in range(5):
        ms = time.time_ns() // 1_000_000
        while time.time_ns() // 1_000_000 == ms:
            pass
        drawn.add(new_id()[10:])
    assert len(drawn) == 5


def test_an_id_sent_in_lower_case_finds_the_record_filed_in_upper_case(api: Api) -> None:
    """IDs are case-insensitive ULIDs; the emulator files them in upper case, and a lookup by
    the ID as filed takes a shortcut that a lower-case ID must not miss."""
    app = api.create_app()
    sent = api.send(app["id"].lower())
    listed = api.ok("get", "/messages", params={"app_id": app["id"]})["messages"]
    assert [m["id"] for m in listed] == [sent["message_id"]]
    assert api.ok("get", f"/apps/{app['id'].lower()}")["id"] == app["id"]
