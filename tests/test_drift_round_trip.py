"""Spec drift, end to end: a server answers more than the spec says; the contract run proposes
an overlay naming each difference; adopting it and regenerating gives typed model fields; a
second run against the same server sees no drift. Against the emulator: no drift at all.

The adopt-and-regenerate step runs ``make adopt-drift spec generate`` in a copy of the
project (spec, scripts, contract suite), so the real spec/overlays/ and generated/ are untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.contract_run import run_suite
from tests.stub_server import ROOT, free_port, start_server

SELECTION = "test_positive and contacts and GET"


@pytest.fixture(scope="module")
def drifting_url() -> Iterator[str]:
    yield from start_server("tests.drifting_server", free_port())


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    for name in ("Makefile", "pyproject.toml", "requirements.lock"):
        shutil.copy2(ROOT / name, copy / name)
    for name in ("scripts", "spec", "contract_tests", "generated"):
        shutil.copytree(
            ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache")
        )
    (copy / ".venv").symlink_to(ROOT / ".venv")
    (copy / "build" / "spec").mkdir(parents=True)
    shutil.copy2(ROOT / "build" / "spec" / "openapi.json", copy / "build" / "spec")
    return copy


def contract_run(project: Path, url: str, out: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SINCH_CONVERSATION_BASE_URL": url,
        "SINCH_AUTH_URL": f"{url}/oauth2/token",
        "SINCH_PROJECT_ID": "drift-project",
        "SINCH_KEY_ID": "key",
        "SINCH_KEY_SECRET": "do-not-print-me",
        "CONTRACT_EXAMPLES": "5",
        "CONTRACT_OUT_DIR": str(out),
    }
    return run_suite(["test_operations.py"], SELECTION, env, cwd=project)


def proposed(out: Path) -> dict[str, dict]:
    overlay = yaml.safe_load((out / "drift.yaml").read_text())
    return {op["path"]: op for op in overlay["patch"]}


@pytest.fixture(scope="module")
def first_run(project_copy: Path, drifting_url: str) -> tuple[subprocess.CompletedProcess, Path]:
    out = project_copy / "build" / "contract"
    return contract_run(project_copy, drifting_url, out), out


def test_the_proposal_names_each_difference(first_run):
    result, out = first_run
    ops = proposed(out)
    contact = "/components/schemas/Contact/properties"
    assert ops[f"{contact}/nickname"]["value"]["type"] == "string"
    assert ops[f"{contact}/nickname"]["value"]["example"] == "xxx-x"  # masked
    assert ops["/components/schemas/ChannelIdentity/properties/verified"]["value"]["type"] == (
        "boolean"
    )
    assert ops["/components/schemas/ContactLanguage/enum/-"]["value"] == "TLH"
    assert ops[f"{contact}/email/nullable"]["value"] is True
    status = ops["/paths/~1v1~1projects~1{project_id}~1contacts/get/responses/410"]
    schema = status["value"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ErrorResponse"}
    for op in ops.values():
        assert "Contact_" in op["reason"] and " of " in op["reason"], op
        assert op["cases"] and op["cases"][0].startswith("GET http://127.0.0.1:")
        assert op["op"] in ("add", "replace")
    assert "seen in 200 of Contact_GetContact" in ops[f"{contact}/nickname"]["reason"]
    assert "5 drift locations" in result.stdout
    assert "do-not-print-me" not in result.stdout + (out / "drift.yaml").read_text()


def test_adopting_and_regenerating_types_the_new_fields(first_run, project_copy, drifting_url):
    env = {
        **os.environ,
        "SPEC_OFFLINE": "1",
        "SPEC_FILE": str(
            (ROOT / json.loads((ROOT / "spec/upstream.json").read_text())["snapshot"]).resolve()
        ),
    }
    adopted = subprocess.run(
        ["make", "--no-print-directory", "adopt-drift", "spec", "generate"],
        cwd=project_copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert adopted.returncode == 0, adopted.stdout + adopted.stderr
    assert len(list((project_copy / "spec" / "overlays").glob("90-drift-*.yaml"))) == 1
    probe = (
        "import json\n"
        "from sinch_conversation_client.models import Contact, ChannelIdentity, ContactLanguage\n"
        "print(json.dumps({'nickname': Contact.__annotations__['nickname'],\n"
        " 'verified': ChannelIdentity.__annotations__['verified'],\n"
        " 'email': Contact.__annotations__['email'],\n"
        " 'tlh': ContactLanguage('TLH').name in ContactLanguage.__members__,\n"
        " 'parsed': Contact.from_dict({'id': 'c', 'nickname': 'n'}).nickname}))\n"
    )
    typed = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=project_copy,
        env={**os.environ, "PYTHONPATH": str(project_copy / "generated")},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    hints = json.loads(typed.stdout)
    assert "str" in hints["nickname"] and "Unset" in hints["nickname"]
    assert "bool" in hints["verified"]
    assert "None" in hints["email"]
    assert hints["tlh"] is True
    assert hints["parsed"] == "n"

    second = contract_run(project_copy, drifting_url, project_copy / "build" / "second")
    assert "no drift" in second.stdout, second.stdout[-3000:]
    assert proposed(project_copy / "build" / "second") == {}
    assert second.returncode == 0, second.stdout[-3000:]


def test_the_emulator_answers_without_drift(tmp_path):
    env = {**os.environ, "CONTRACT_EXAMPLES": "5", "CONTRACT_OUT_DIR": str(tmp_path)}
    env.pop("SINCH_CONVERSATION_BASE_URL", None)
    result = run_suite(
        ["test_operations.py", "test_stateful.py"],
        "stateful or (positive and GET)",
        env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "no drift: every answer is described by the spec" in result.stdout
    assert proposed(tmp_path) == {}
