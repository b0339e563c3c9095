"""Stateful local emulator of the Sinch Conversation API.

Routes, parameters and validation come from the effective OpenAPI spec at start-up
(``$SINCH_EMULATOR_SPEC``, the bundled ``openapi.json``, or ``build/spec/openapi.json``).
Regions are path prefixes: ``http://HOST:PORT/{us,eu,br}/v1/...``; no prefix means us.
Emulator-only endpoints live under ``/_emulator/`` (see :mod:`sinch_emulator.control`);
per-request faults use the ``X-Emulator-Fault`` header (see :mod:`sinch_emulator.faults`).

In tests: ``with sinch_emulator.testing.run_emulator() as emu: ...`` or the pytest fixture
``sinch_emulator`` from ``-p sinch_emulator.pytest_plugin``.
"""

from .app import Emulator, create_app
from .config import EmulatorConfig, FaultConfig

__all__ = ["Emulator", "EmulatorConfig", "FaultConfig", "create_app"]
