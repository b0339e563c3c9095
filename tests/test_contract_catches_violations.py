"""The contract suite fails against a server that breaks the spec, and names each violation."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from tests.contract_run import run_suite
from tests.stub_server import free_port, start_server


@pytest.fixture(scope="module")
def nonconforming_url() -> Iterator[str]:
    yield from start_server("tests.nonconforming_server", free_port())


@pytest.fixture(scope="module")
def suite_output(nonconforming_url: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "SINCH_CONVERSATION_BASE_URL": f"{nonconforming_url}/us",
        "SINCH_AUTH_URL": f"{nonconforming_url}/oauth2/token",
        "SINCH_PROJECT_ID": "broken-project",
        "SINCH_KEY_ID": "key",
        "SINCH_KEY_SECRET": "do-not-print-me",
        "CONTRACT_ALLOW_WRITES": "1",
        "CONTRACT_EXAMPLES": "10",
    }
    selection = "apps and GET or messages:send or contacts and GET or events:send"
    return run_suite(["test_operations.py"], selection, env)


def failure_section(output: str, test: str) -> str:
    """The text pytest printed for one failed test (between its header and the next)."""
    start = output.index(test)
    rest = output[start + len(test) :]
    end = rest.find("\n_____")
    return rest if end < 0 else rest[:end]


def test_the_suite_fails(suite_output):
    assert suite_output.returncode != 0, suite_output.stdout[-3000:]


def test_wrong_type_in_a_response_field_is_named(suite_output):
    section = failure_section(
        suite_output.stdout, "test_positive[GET /v1/projects/{project_id}/apps]"
    )
    assert "Response violates schema" in section
    assert '"not-a-list" is not of type "array"' in section


def test_missing_required_field_is_named(suite_output):
    section = failure_section(
        suite_output.stdout, "test_positive[POST /v1/projects/{project_id}/messages:send]"
    )
    assert "Response violates schema" in section
    assert '"message_id" is a required property' in section


def test_undocumented_status_is_named(suite_output):
    section = failure_section(
        suite_output.stdout, "test_positive[GET /v1/projects/{project_id}/contacts]"
    )
    assert "Undocumented status code" in section and "Received: 418" in section


def test_server_error_on_bad_input_is_named(suite_output):
    section = failure_section(
        suite_output.stdout, "test_negative[POST /v1/projects/{project_id}/events:send]"
    )
    assert "Server error" in section and "500" in section


def test_failures_come_with_a_reproduction_and_no_secret(suite_output, nonconforming_url):
    curls = [line for line in suite_output.stdout.splitlines() if "curl -X" in line]
    assert curls
    assert all(f"{nonconforming_url}/us/v1/projects/broken-project/" in line for line in curls)
    assert "CONTRACT_SEED=" in suite_output.stdout
    assert "do-not-print-me" not in suite_output.stdout + suite_output.stderr
    assert "nonconforming-token" not in suite_output.stdout + suite_output.stderr


def table_rows(output: str) -> dict[str, list[str]]:
    section = output[output.index("contract: per operation") :]
    rows = {}
    for line in section.splitlines()[2:]:
        label, _, numbers = line.rpartition(")")
        if label and numbers.split():
            rows[label + ")"] = numbers.split()
    return rows


def test_the_report_names_target_mode_seed_and_counts_failed_cases(suite_output, nonconforming_url):
    out = suite_output.stdout
    assert f"target: {nonconforming_url}/us\nmode: writes" in out
    assert "seed: CONTRACT_SEED=" in out
    section = out[out.index("contract: per operation") : out.index("contract: spec drift")]
    too_wide = [line for line in section.splitlines() if len(line) > 100]
    assert not too_wide
    cases, fuzzed, failed, _drift, result = table_rows(out)["GET Contact_ListContacts  (positive)"]
    assert int(failed) == int(cases) > 1 and int(fuzzed) <= 10 and result == "failed"
    cases, _, failed, _, result = table_rows(out)["GET App_ListApps  (positive)"]
    assert int(failed) == int(cases) > 1
