"""Fixtures and reporting for the contract suite.

Reporting: a per-operation table (cases run, failures) at the end of the run, the
hypothesis seed that reproduces it (``CONTRACT_SEED``), and for each failure a curl
command. ``make contract`` also writes JUnit XML under build/contract/.
"""

from __future__ import annotations

import os
import random
from collections import defaultdict
from collections.abc import Iterator

import httpx
import pytest

from contract_tests.target import (
    Target,
    embedded_target,
    external_settings,
    external_target,
    http_client,
)

EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "25"))
# label -> cases run, failures, outcome; filled on the controller from every worker's reports
ROWS: dict[str, dict] = defaultdict(lambda: {"cases": 0, "failed": 0, "outcome": "passed"})


def pytest_configure(config: pytest.Config) -> None:
    # one seed for every xdist worker (they inherit the environment), printed at the end
    if not os.environ.get("CONTRACT_SEED"):
        os.environ["CONTRACT_SEED"] = str(random.randrange(2**32))
    if getattr(config.option, "hypothesis_seed", None) is None:
        config.option.hypothesis_seed = int(os.environ["CONTRACT_SEED"])


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    settings = external_settings()
    if settings is None:
        with embedded_target() as embedded:
            yield embedded
        return
    if settings.missing:
        pytest.skip(
            "the contract suite against SINCH_CONVERSATION_BASE_URL needs "
            + ", ".join(settings.missing)
        )
    yield external_target()


@pytest.fixture(scope="session")
def client(target: Target) -> Iterator[httpx.Client]:
    with http_client(target) as session:
        yield session


class CaseCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def count_case(request: pytest.FixtureRequest) -> Iterator[CaseCounter]:
    counter = CaseCounter()
    yield counter
    request.node.user_properties.append(("contract_cases", counter.count))


def operation_label(report: pytest.TestReport) -> str | None:
    """'POST /v1/...  (positive)' from a contract test's report ("test_positive[POST /v1/...]")."""
    if "contract_tests" not in report.nodeid:
        return None
    name, _, param = report.location[2].partition("[")
    kind = name.removeprefix("test_")
    return f"{param.rstrip(']')}  ({kind})" if param else f"all operations  ({kind})"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    label = operation_label(report)
    if label is None:
        return
    row = ROWS[label]
    if report.when == "call":
        row["outcome"] = report.outcome
        row["failed"] += int(report.failed)
    elif report.when == "setup" and report.skipped:
        row["outcome"] = "skipped"
    for key, value in report.user_properties:
        if key == "contract_cases":
            row["cases"] += value


def pytest_terminal_summary(terminalreporter, exitstatus, config: pytest.Config) -> None:
    # unparametrized tests that ran no cases (sanity checks) are not operation checks
    rows = {
        label: row
        for label, row in ROWS.items()
        if row["cases"] or not label.startswith("all operations")
    }
    if not rows:
        return
    write = terminalreporter.write_line
    terminalreporter.section("contract: per operation")
    width = max(len(label) for label in rows)
    write(f"{'operation'.ljust(width)}  {'cases':>6}  {'failed':>6}  result")
    for label in sorted(rows):
        row = rows[label]
        write(f"{label.ljust(width)}  {row['cases']:>6}  {row['failed']:>6}  {row['outcome']}")
    total_cases = sum(row["cases"] for row in rows.values())
    failures = sum(row["failed"] for row in rows.values())
    write(
        f"{len(rows)} operation checks, {total_cases} cases, {failures} failed; "
        f"reproduce with CONTRACT_SEED={os.environ.get('CONTRACT_SEED')}"
    )
