"""The README's "Use the emulator with the official Sinch SDKs" snippets run as written,
with the emulator's address (127.0.0.1:8080 in the README) swapped for this test's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx

from sinch_emulator.testing import RunningEmulator

from .test_node_sdk import WORKDIR, install

README = (Path(__file__).parents[2] / "README.md").read_text()
SECTION = README.split("\n## Use the emulator with the official Sinch SDKs\n", 1)[1].split(
    "\n## ", 1
)[0]


def snippet(language: str, emu: RunningEmulator) -> str:
    (code,) = re.findall(rf"```{language}\n(.*?)```", SECTION, re.DOTALL)
    assert "http://127.0.0.1:8080" in code
    return code.replace("http://127.0.0.1:8080", emu.url)


def created_app(emu: RunningEmulator, printed: str) -> dict:
    found = re.fullmatch(r"created app (\S+)\n", printed)
    assert found, printed
    answer = httpx.get(
        f"{emu.base_url('us')}/v1/projects/{emu.project_id}/apps/{found.group(1)}",
        auth=(emu.key_id, emu.key_secret),
    )
    assert answer.status_code == 200, answer.text
    app: dict = answer.json()
    return app


def test_python_sdk_configuration(emulator: RunningEmulator, tmp_path: Path) -> None:
    script = tmp_path / "sdk_example.py"
    script.write_text(snippet("python", emulator))
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    app = created_app(emulator, done.stdout)
    assert app["display_name"] == "SDK app"
    assert app["channel_credentials"][0]["static_bearer"]["claimed_identity"] == "my-sender"


def test_node_sdk_configuration(emulator: RunningEmulator) -> None:
    node = install()
    script = WORKDIR / "readme-example.mjs"
    script.write_text(snippet("javascript", emulator))
    done = subprocess.run(
        [node, script.name],
        cwd=WORKDIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    app = created_app(emulator, done.stdout)
    assert app["display_name"] == "SDK app"
    assert app["channel_credentials"][0]["channel"] == "SMS"
