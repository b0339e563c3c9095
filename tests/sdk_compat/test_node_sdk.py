"""The official Node SDK (``@sinch/sdk-core`` 1.5.0 with ``@sinch/conversation`` 1.4.0) calls
every method of its Conversation domain against an emulator started here.

The pinned packages are installed with ``npm ci`` from the committed ``node/package.json``
and ``node/package-lock.json`` into ``build/sdk-compat/node`` (ignored; reinstalled when either
file changes). ``node/conversation.test.mjs`` runs under node's built-in test runner, one test
per SDK method, and ``node/reporter.mjs`` hands each result back as a JSON line. Without
``node`` and ``npm`` on PATH the test is skipped and says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from sinch_emulator.testing import run_emulator

SOURCE = Path(__file__).parent / "node"
WORKDIR = Path(__file__).parents[2] / "build" / "sdk-compat" / "node"
FILES = ("package.json", "package-lock.json", "conversation.test.mjs", "reporter.mjs")


def install() -> str:
    """Copy the Node project into the build folder and ``npm ci`` it when the lock changed;
    returns the ``node`` executable."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip(
            "official Node SDK check skipped: `node` and `npm` are not on PATH "
            "(install Node.js 18 or newer to run it, e.g. with `make sdk-compat`)"
        )
    WORKDIR.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(SOURCE / name, WORKDIR / name)
    lock = hashlib.sha256(
        (SOURCE / "package.json").read_bytes() + (SOURCE / "package-lock.json").read_bytes()
    ).hexdigest()
    stamp = WORKDIR / "node_modules" / ".installed-lock"
    if not stamp.exists() or stamp.read_text() != lock:
        done = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=WORKDIR,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            pytest.fail(f"npm ci failed in {WORKDIR}:\n{done.stdout}\n{done.stderr}")
        stamp.write_text(lock)
    return node


def run_node_suite(node: str) -> tuple[list[dict[str, Any]], str]:
    with run_emulator(rate_limit=None) as emu:
        env = {
            **os.environ,
            "EMULATOR_URL": emu.url,
            "EMULATOR_PROJECT_ID": emu.project_id,
            "EMULATOR_KEY_ID": emu.key_id,
            "EMULATOR_KEY_SECRET": emu.key_secret,
        }
        done = subprocess.run(
            [node, "--test", "--test-reporter=./reporter.mjs", "conversation.test.mjs"],
            cwd=WORKDIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    results = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return results, done.stderr


def test_official_node_sdk_every_conversation_method() -> None:
    node = install()
    results, stderr = run_node_suite(node)
    assert len(results) > 60, f"the Node suite did not run: {stderr[-3000:]}"
    table = "\n".join(f"  {'ok  ' if r['ok'] else 'FAIL'} {r['name']}" for r in results)
    (WORKDIR / "results.json").write_text(json.dumps(results, indent=1))
    print(f"official Node SDK against the emulator:\n{table}")
    failed = [r for r in results if not r["ok"]]
    details = "\n".join(f"- {r['name']}: {' '.join(str(r['error']).split())[:600]}" for r in failed)
    assert not failed, (
        f"{len(failed)} of {len(results)} Node SDK methods failed against the emulator: "
        f"{', '.join(r['name'] for r in failed)}\n{details}"
    )
