"""The plain schemathesis CLI, run as a user would, against the emulator with the effective spec.

``schemathesis run build/spec/openapi.json --url http://127.0.0.1:PORT/us --checks all``, a
bearer token from the emulator, ``project_id`` pinned in ``schemathesis.toml``; a fixed seed
and a small example count. Every failure it reports must be one ``spec/README.md`` explains
("What the schemathesis CLI still reports"): a rule that depends on state or on two values at
once, which OpenAPI 3.0 cannot state, and which the API documents. Anything else fails here.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx

from sinch_emulator.testing import run_emulator

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "spec" / "openapi.json"
CLI = Path(sys.executable).parent / "schemathesis"
SEED = 21
EXAMPLES = 3

#: (failure code, operation) -> why it is not a disagreement between spec and emulator
EXPLAINED = {
    ("ST202", "GET /v1/projects/{project_id}/contacts"): "channel and identity filter together",
    ("ST202", "GET /v1/projects/{project_id}/messages"): "start_time must be before end_time",
    ("ST202", "GET /v1/projects/{project_id}/contacts:identityConflicts"): "opaque page_token",
    ("ST202", "GET /v1/projects/{project_id}/conversations"): "opaque page_token",
    ("ST202", "GET /v1/projects/{project_id}/conversations:recent"): "opaque page_token",
    ("ST202", "GET /v1/projects/{project_id}/events"): "opaque page_token",
    ("ST202", "GET /v1/projects/{project_id}/apps/{app_id}/consents/{list_type}"): "page_token",
    ("ST202", "GET /v1/projects/{project_id}/apps"): "opaque page_token",
    ("ST202", "PATCH /v1/projects/{project_id}/conversations/{conversation_id}"): "IDs fixed",
    (
        "ST202",
        "POST /v1/projects/{project_id}/conversations/{conversation_id}:inject-event",
    ): "contact_id must be the conversation's contact",
    (
        "ST202",
        "POST /v1/projects/{project_id}/conversations/{conversation_id}:inject-message",
    ): "contact_id must be the conversation's contact",
    ("ST202", "POST /v1/projects/{project_id}/webhooks"): "at most 5 webhooks per app",
    ("ST202", "PATCH /v1/projects/{project_id}/webhooks/{webhook_id}"): "at most 5 per app",
    ("ST202", "POST /v2/projects/{project_id}/templates"): "default_translation among translations",
    ("ST202", "PUT /v2/projects/{project_id}/templates/{template_id}"): "default_translation",
    ("ST202", "POST /v1/projects/{project_id}/templates"): "default_translation",
    ("ST202", "POST /v1/projects/{project_id}/messages:send"): "DISPATCH app needs identified_by",
    ("ST202", "POST /v1/projects/{project_id}/events:send"): "DISPATCH app needs identified_by",
    ("ST202", "Stateful tests"): "channels configured in the app, page tokens (as above)",
}


def test_the_cli_reports_only_explained_failures(tmp_path: Path) -> None:
    assert SPEC.exists(), "make spec writes the effective spec"
    with run_emulator(rate_limit=None) as emu:
        token = httpx.post(
            f"{emu.url}/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(emu.key_id, emu.key_secret),
        ).json()["access_token"]
        (tmp_path / "schemathesis.toml").write_text(
            f'[parameters]\nproject_id = "{emu.project_id}"\n'
        )
        report = tmp_path / "report.json"
        run = subprocess.run(
            [
                str(CLI),
                "run",
                str(SPEC),
                "--url",
                emu.base_url("us"),
                "--checks",
                "all",
                "-H",
                f"Authorization: Bearer {token}",
                "--seed",
                str(SEED),
                "--max-examples",
                str(EXAMPLES),
                "--no-color",
                "--report",
                "json",
                "--report-json-path",
                str(report),
            ],
            check=False,  # the report says what failed; the exit code only that something did
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=900,
        )
    assert report.exists(), run.stdout[-3000:] + run.stderr[-3000:]
    result = json.loads(report.read_text())
    assert result["operations"]["tested"] == result["operations"]["total"] > 50
    assert result["test_cases"]["errored"] == 0, run.stdout[-3000:]
    found = {
        (failure["code"], operation)
        for failure in result["failures"]
        for operation in failure["operations"]
    }
    unexplained = sorted(found - EXPLAINED.keys())
    assert not unexplained, (
        f"schemathesis CLI failures spec/README.md does not explain: {unexplained}\n"
        + "\n".join(section(run.stdout, operation)[:3000] for _, operation in unexplained)
    )


def section(output: str, operation: str) -> str:
    """The CLI's report of one operation's failures (its block under a ``___ OP ___`` rule)."""
    blocks = re.split(r"\n_{3,} (.+?) _{3,}\n", output)
    found = [blocks[i + 1] for i in range(1, len(blocks) - 1, 2) if blocks[i] == operation]
    return f"--- {operation}\n" + ("".join(found) or "(no block in the output)")


def test_the_explanations_are_failures_the_cli_can_report() -> None:
    """Every explained failure names a real operation of the spec (or the stateful phase)."""
    spec = json.loads(SPEC.read_text())
    labels = {
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    }
    assert {op for _, op in EXPLAINED} - labels == {"Stateful tests"}
    assert {code for code, _ in EXPLAINED} == {"ST202"}
