"""pytest fixture ``sinch_emulator``: enable with ``-p sinch_emulator.pytest_plugin``.

The fixture is a session-wide :class:`~sinch_emulator.testing.RunningEmulator` with the
project rate limit off (parallel tests would otherwise trip it); each test gets it with
state reset, so tests do not see each other's apps and messages.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .testing import RunningEmulator, run_emulator


@pytest.fixture(scope="session")
def sinch_emulator_session() -> Iterator[RunningEmulator]:
    with run_emulator(rate_limit=None) as emu:
        yield emu


@pytest.fixture
def sinch_emulator(sinch_emulator_session: RunningEmulator) -> RunningEmulator:
    sinch_emulator_session.reset()
    return sinch_emulator_session
