"""The mutation harness, quick: a few planted server bugs, each detected by the check aimed
at it, and the control (no bug) passes. ``make mutants`` plants every kind."""

from __future__ import annotations

import json
import subprocess
import sys

from scripts.mutation_proxy import KINDS
from tests.contract_run import ROOT, child_env

# the suite's targeted tests: the whole suite per kind is `make mutants`
SELECT = "test_lifecycle or test_paging or test_another_project or test_project_settings"
EXPECTED = {
    "update-not-applied": "read_after_write",
    "list-omits-created": "created_resource_listed",
    "paging-never-ends": "paging_is_sound",
    "cross-project": "cross_project_denied",
}


def test_planted_bugs_are_detected_by_the_checks_aimed_at_them():
    import os

    finished = subprocess.run(
        [sys.executable, "-m", "scripts.mutants", "--kinds", ",".join(EXPECTED)]
        + ["--select", SELECT],
        cwd=ROOT,
        env=child_env(os.environ),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-3000:]
    results = json.loads((ROOT / "build" / "mutants" / "results.json").read_text())
    assert results["control_passed"]
    by_kind = {r["kind"]: r for r in results["results"]}
    for kind, check in EXPECTED.items():
        assert by_kind[kind]["killed"], by_kind[kind]
        assert check in by_kind[kind]["check"], by_kind[kind]
    assert "harness wall time" in finished.stdout


def test_the_catalog_covers_the_classes_of_server_bug():
    groups = {kind.group for name, kind in KINDS.items() if name != "none"}
    assert len(KINDS) - 1 >= 30
    assert {
        "schema",
        "status",
        "content type",
        "headers",
        "error envelope",
        "validation",
        "auth",
        "state",
        "paging",
        "idempotency",
        "templates",
    } <= groups
