"""Shared fixtures: one emulator per test session (per xdist worker), rate limit off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sinch_emulator.testing import RunningEmulator, run_emulator


@pytest.fixture(scope="session")
def emulator() -> Iterator[RunningEmulator]:
    """A running emulator with the default credentials and no project rate limit.

    State is shared across the session: create your own apps and contacts rather than
    assuming an empty emulator, or call ``emulator.reset()`` in tests that need one.
    """
    with run_emulator(rate_limit=None) as emu:
        yield emu
