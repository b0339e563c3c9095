"""The contract suite run as a user runs it, in a child process, for the tests that check
what it reports (violations, drift, cleanup)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def suite_command(files: Sequence[str], selection: str) -> list[str]:
    """``pytest`` over ``contract_tests/<files>``, the tests ``-k selection`` names."""
    paths = [f"contract_tests/{name}" for name in files]
    return [sys.executable, "-m", "pytest", *paths, "-p", "no:cacheprovider", "-q"] + [
        "-k",
        selection,
        "-o",
        "addopts=",
    ]


def child_env(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` without the marker that would make the child think it is an xdist worker."""
    return {name: value for name, value in env.items() if name != "PYTEST_XDIST_WORKER"}


def run_suite(
    files: Sequence[str],
    selection: str,
    env: Mapping[str, str],
    *,
    cwd: Path = ROOT,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        suite_command(files, selection),
        cwd=cwd,
        env=child_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def collected(env: Mapping[str, str], *, cwd: Path = ROOT, timeout: float = 300) -> list[str]:
    """The node IDs ``pytest contract_tests --collect-only`` selects under ``env``."""
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "contract_tests", "--collect-only", "-q"]
        + ["-p", "no:cacheprovider", "-o", "addopts="],
        cwd=cwd,
        env=child_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout[-2000:] + finished.stderr[-2000:]
    return [line for line in finished.stdout.splitlines() if "::" in line]
