"""A user's type checker sees the client: the README's examples pass ``mypy --strict`` and
pyright (basedpyright, strict), and the usual mistakes are reported where they are made."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

import sinch_conversation

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
# mypy's cache outlives the test (warm runs take seconds); it is keyed on file contents
CACHE = ROOT / "build" / "typecheck" / "mypy_cache"

MISTAKES = textwrap.dedent(
    """\
    import asyncio

    from sinch_conversation import AsyncConversationClient, ConversationClient

    with ConversationClient.from_env() as client:
        client.messages.send_mesage(app_id="a")
        sent = client.messages.send_message(
            app_id="a",
            recipient={"contact_id": "c"},
            message={"text_mesage": {"text": "Hello"}},
        )
        client.messages.send_message(
            app_id="a",
            recipient={"identified_by": {"channel_identities": [{"channel": "SMSS", "identity": "+4670"}]}},
            message={"text_message": {"text": "Hello"}},
        )
        client.messages.send_message(
            app_id="a",
            recipient={"contact_id": "c"},
            message={"text_message": {}},
        )
        client.messages.send_message(
            app_id="a",
            recipient={"contact_id": "c"},
            message={"text_message": {"text": 42}},
        )
        client.messages.list_messages(messages_source="DISPATCH")
        message_id: int = sent.message_id
        for contact in client.paginate(client.contacts.list_contacts, page_size=50):
            print(contact.display_nme)


    async def main() -> None:
        async with AsyncConversationClient.from_env() as aclient:
            app = aclient.apps.get_app("app-id")
            print(app.display_name)


    asyncio.run(main())
    """
)

# (line, what the checker must say there): a misspelt operation, a misspelt key, an unknown
# enum value, a missing required key, a wrong value type, an unknown query enum value, a
# result used as the wrong type, a misspelt field of a paginated item, and an async result
# used without ``await``: one error each, on the line where the mistake is written
MYPY_EXPECTED = [
    (6, r'"Messages" has no attribute "send_mesage"; maybe "send_message"\?  \[attr-defined\]'),
    (10, r'Extra key "text_mesage" for TypedDict "AppMessageParam"  \[typeddict-unknown-key\]'),
    (
        14,
        (
            r'Incompatible types \(expression has type "Literal\[\'SMSS\'\]", TypedDict item '
            r'"channel" has type "ConversationChannel \| Literal\[.*\]"\)  \[typeddict-item\]'
        ),
    ),
    (20, r'Missing key "text" for TypedDict "TextMessageParam"  \[typeddict-item\]'),
    (
        25,
        (
            r'Incompatible types \(expression has type "int", TypedDict item "text" has type "str"\)'
            r"  \[typeddict-item\]"
        ),
    ),
    (
        27,
        (
            r'Argument "messages_source" to "list_messages" of "Messages" has incompatible type '
            r'"Literal\[\'DISPATCH\'\]".*'
        ),
    ),
    (
        28,
        (
            r'Incompatible types in assignment \(expression has type "str", variable has type '
            r'"int"\)  \[assignment\]'
        ),
    ),
    (30, r'"Contact" has no attribute "display_nme"; maybe "display_name"\?  \[attr-defined\]'),
    (36, r'"Coroutine\[Any, Any, App\]" has no attribute "display_name"  \[attr-defined\]'),
]
PYRIGHT_EXPECTED = [
    (
        6,
        r'Cannot access attribute "send_mesage" for class "Messages"',
        "reportAttributeAccessIssue",
    ),
    (10, r'.*parameter "message" of type "AppMessageParam"', "reportArgumentType"),
    (
        14,
        r'.*parameter "recipient" of type "ContactRecipientParam \| Identified',
        "reportArgumentType",
    ),
    (20, r'.*parameter "message" of type "AppMessageParam"', "reportArgumentType"),
    (25, r'.*parameter "message" of type "AppMessageParam"', "reportArgumentType"),
    (27, r'Argument of type "Literal\[\'DISPATCH\'\]"', "reportArgumentType"),
    (28, r'Type "str" is not assignable to declared type "int"', "reportAssignmentType"),
    (
        30,
        r'Cannot access attribute "display_nme" for class "Contact"',
        "reportAttributeAccessIssue",
    ),
    (
        36,
        r'Cannot access attribute "display_name" for class "CoroutineType\[Any, Any, App\]"',
        "reportAttributeAccessIssue",
    ),
]


def readme_examples() -> list[str]:
    """Every Python block of the README's Quickstart and "Using the client" sections."""
    found = []
    for title in ("Quickstart: from a fresh clone to a sent message", "Using the client"):
        section = README.read_text().split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]
        found += re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    return found


@pytest.fixture(scope="module")
def scripts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("user_scripts")
    examples = readme_examples()
    assert len(examples) >= 7
    for index, source in enumerate(examples):
        (folder / f"readme_{index}.py").write_text(source)
    (folder / "mistakes.py").write_text(MISTAKES)
    (folder / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"})
    )
    return folder


def run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    return result.stdout + result.stderr


def test_mypy_strict_passes_the_readme_and_reports_each_mistake(scripts: Path) -> None:
    files = sorted(p.name for p in scripts.glob("*.py"))
    out = run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(CACHE), *files], scripts
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert not [e for e in errors if not e.startswith("mistakes.py:")], out
    for line, message in MYPY_EXPECTED:
        assert any(re.fullmatch(rf"mistakes\.py:{line}: error: {message}", e) for e in errors), (
            f"line {line}: {message}\n{out}"
        )
    assert len(errors) == len(MYPY_EXPECTED), out


def test_pyright_strict_passes_the_readme_and_reports_each_mistake(scripts: Path) -> None:
    out = run([str(BIN / "basedpyright"), "--pythonpath", sys.executable, "--outputjson"], scripts)
    report = json.loads(out[out.index("{") :])
    diagnostics = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    elsewhere = [d for d in diagnostics if not d["file"].endswith("mistakes.py")]
    assert not elsewhere, json.dumps(elsewhere, indent=1)
    for line, message, rule in PYRIGHT_EXPECTED:
        assert any(
            d["range"]["start"]["line"] + 1 == line
            and d.get("rule") == rule
            and re.match(message, d["message"])
            for d in diagnostics
        ), f"line {line}: {message} ({rule})\n{json.dumps(diagnostics, indent=1)}"
    # strict pyright adds "unknown type" errors after an attribute error, on the same line
    lines = {d["range"]["start"]["line"] + 1 for d in diagnostics}
    assert lines == {line for line, _, _ in PYRIGHT_EXPECTED}, json.dumps(diagnostics, indent=1)


def test_the_wheel_ships_both_packages_typed(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("*.whl")
    # the version is written once, in sinch_conversation/_version.py
    assert wheel.name.startswith(f"sinch_conversation-{sinch_conversation.__version__}-")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"sinch_conversation/py.typed", "sinch_conversation_client/py.typed"} <= names
    assert "sinch_conversation/resources/messages.py" in names
