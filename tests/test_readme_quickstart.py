"""The README's quickstart runs as written, and the emulator's flags are documented.

The quickstart's commands run in a copy of this checkout (the files git knows, as they are
now) that shares the checkout's ``.venv``: ``make spec`` there, then
``.venv/bin/sinch-emulator --seed-app`` as a process (``SINCH_EMULATOR_PORT`` picks a free
port, and the second terminal's ``8080`` becomes that port), then the second terminal's
commands and ``python quickstart.py`` in one bash. The venv bootstrap itself is what
``make test`` already did; the copy is told its venv is up to date.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinch_emulator.__main__ import ENVIRONMENT, parser

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text()


def section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


QUICKSTART = section("Quickstart: from a fresh clone to a sent message")


def blocks(language: str, text: str = QUICKSTART) -> list[str]:
    """The fenced code blocks of ``text`` in ``language`` ('' for plain ones), in order."""
    found: list[str] = []
    open_language: str | None = None  # the language of the block we are in, None outside
    lines: list[str] = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("```"):
            lines.append(line)
        elif open_language is None:
            open_language, lines = line[3:].strip(), []
        else:
            if open_language == language:
                found.append("".join(lines))
            open_language = None
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout's files with the checkout's venv."""
    copy = tmp_path_factory.mktemp("clone")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        source = REPO / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    (copy / ".venv").symlink_to(REPO / ".venv")
    installed = (REPO / ".venv" / ".installed").stat().st_mtime
    for name in ("requirements.lock", "pyproject.toml"):
        os.utime(copy / name, (installed - 1, installed - 1))
    return copy


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SINCH_", "VIRTUAL_ENV"))}
    return {**env, **extra}


def snapshot() -> str:
    pin = json.loads((REPO / "spec" / "upstream.json").read_text())
    return str((REPO / pin["snapshot"]).resolve())


@pytest.fixture(scope="module")
def terminal_one(checkout: Path) -> Iterator[tuple[int, str]]:
    """Run the first block: ``make spec``, then the emulator (until it prints the app id)."""
    make_spec, start = [line for line in blocks("sh")[0].splitlines() if line.strip()]
    env = clean_env(SPEC_OFFLINE="1", SPEC_FILE=snapshot())
    done = subprocess.run(
        ["bash", "-c", make_spec],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (checkout / "build" / "spec" / "openapi.json").is_file()
    port = free_port()
    emulator = subprocess.Popen(
        ["bash", "-c", f"exec {start}"],
        cwd=checkout,
        env={**env, "SINCH_EMULATOR_PORT": str(port)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        printed = []
        deadline = time.monotonic() + 60
        assert emulator.stdout is not None
        while time.monotonic() < deadline:
            line = emulator.stdout.readline()
            printed.append(line)
            found = re.search(r"export SINCH_APP_ID=(\S+)", line)
            if found:
                yield port, found.group(1)
                break
            if not line and emulator.poll() is not None:
                break
        else:
            pytest.fail("the emulator printed no app id:\n" + "".join(printed))
        if not found:
            pytest.fail("the emulator stopped:\n" + "".join(printed))
    finally:
        emulator.terminate()
        emulator.wait(timeout=10)


def terminal_two(checkout: Path, port: int, app_id: str, then: str) -> str:
    """The second block with the emulator's port and app id filled in, then ``then``."""
    commands = blocks("sh")[1].replace("8080", str(port))
    commands = re.sub(r"SINCH_APP_ID=\S+", f"SINCH_APP_ID={app_id}", commands)
    done = subprocess.run(
        ["bash", "-ec", f"{commands}\n{then}"],
        cwd=checkout,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def get_app(port: int, app_id: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/projects/emulator-project/apps/{app_id}",
        headers={"authorization": "Basic ZW11bGF0b3Ita2V5LWlkOmVtdWxhdG9yLWtleS1zZWNyZXQ="},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_quickstart_has_its_blocks() -> None:
    assert (len(blocks("sh")), len(blocks("python")), len(blocks(""))) == (2, 2, 1)
    assert "quickstart.py" in QUICKSTART and "DISPATCH_SOURCE" in QUICKSTART


def test_quickstart_sends_reads_back_and_receives_a_signed_callback(
    checkout: Path, terminal_one: tuple[int, str]
) -> None:
    port, app_id = terminal_one
    assert get_app(port, app_id)["processing_mode"] == "DISPATCH"
    (checkout / "quickstart.py").write_text(blocks("python")[0])
    out = terminal_two(checkout, port, app_id, "python quickstart.py").splitlines()
    expected = blocks("")[0].splitlines()
    assert len(out) == len(expected), out
    message_id = out[0].split()[1]
    for line, shown in zip(out, expected, strict=True):
        pattern = re.escape(shown).replace(re.escape("01..."), "(01[0-9A-Z]{24})")
        found = re.fullmatch(pattern, line)
        assert found, (line, shown)
        assert found.group(1) == message_id


def test_quickstart_create_app_example(checkout: Path, terminal_one: tuple[int, str]) -> None:
    port, app_id = terminal_one
    (checkout / "create_app.py").write_text(blocks("python")[1])
    out = terminal_two(checkout, port, app_id, "python create_app.py")
    created = re.fullmatch(r"export SINCH_APP_ID=(\S+)\n", out)
    assert created, out
    app = get_app(port, created.group(1))
    assert (app["display_name"], app["processing_mode"]) == ("My app", "CONVERSATION")


# -- flags: --help and the README table say the same, with defaults --------------------------------

FLAGS_TABLE = section("The emulator").split("### Emulator flags and environment variables", 1)[1]


def options() -> list[tuple[str, str]]:
    """(flag, environment variable or '') for every option of ``sinch-emulator``."""
    found = []
    for action in parser()._actions:
        if action.dest == "help":
            continue
        name = ENVIRONMENT.get(action.dest, action.dest.upper())
        found.append((action.option_strings[-1], f"SINCH_EMULATOR_{name}" if name else ""))
    return found


def test_help_names_every_default_and_environment_variable(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["--help"])
    entries = {
        chunk.split()[0]: " ".join(chunk.split())
        for chunk in re.split(r"\n  (?=-)", capsys.readouterr().out)[1:]
    }
    for flag, variable in options():
        entry = entries[flag]
        assert "default" in entry, (flag, entry)
        if variable:
            assert f"[env: {variable}]" in entry, (flag, entry)


def test_help_never_shows_a_configured_secret(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SINCH_EMULATOR_KEY_SECRET", "configured-secret-value")
    with pytest.raises(SystemExit):
        parser().parse_args(["--help"])
    assert "configured-secret-value" not in capsys.readouterr().out


def test_readme_table_lists_every_flag() -> None:
    rows = {
        line.split("|")[1].strip().strip("`").split()[0]: line
        for line in FLAGS_TABLE.splitlines()
        if line.startswith("| `--")
    }
    assert sorted(rows) == sorted(flag for flag, _ in options())
    for flag, variable in options():
        if variable:
            assert f"`{variable}" in rows[flag], (flag, rows[flag])
