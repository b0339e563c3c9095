"""Fixtures of the contract suite; its reporting and modes are one plugin object
(:class:`contract_tests.plugin.ContractPlugin`) registered here."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from contract_tests import plugin as contract
from contract_tests import pool as resources
from contract_tests.cleanup import Ledger
from contract_tests.target import (
    Target,
    embedded_target,
    external_settings,
    external_target,
    http_client,
    load_effective_spec,
)


def pytest_configure(config: pytest.Config) -> None:
    contract.configure(config)


def the_plugin(request: pytest.FixtureRequest) -> contract.ContractPlugin:
    found = request.config.pluginmanager.get_plugin("contract")
    assert isinstance(found, contract.ContractPlugin)
    return found


# --- the target and what the suite leaves on it -----------------------------------------------


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
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
def ledger(target: Target, request: pytest.FixtureRequest) -> Iterator[Ledger | None]:
    """What the suite created on an external server; deleted at the end of the run, after
    failures and interrupts too (pytest tears session fixtures down on Ctrl-C)."""
    if target.embedded:
        yield None
        return
    contract.OUT_DIR.mkdir(parents=True, exist_ok=True)
    book = Ledger(
        load_effective_spec(),
        target.base_url,
        contract.OUT_DIR / f"created-{contract.worker_id()}.jsonl",
    )
    try:
        yield book
    finally:
        with http_client(target) as session:
            left = book.delete_all(session)
        report = {"left": left}
        (contract.OUT_DIR / f"cleanup-{contract.worker_id()}.json").write_text(json.dumps(report))


@pytest.fixture(scope="session")
def client(target: Target, ledger: Ledger | None) -> Iterator[httpx.Client]:
    hooks = {"response": [ledger_hook(ledger)]} if ledger is not None else {}
    with http_client(target, event_hooks=hooks) as session:
        yield session


def ledger_hook(ledger: Ledger):
    def record(response: httpx.Response) -> None:
        response.read()
        ledger.track_response(response)

    return record


@pytest.fixture(scope="session")
def pool(client: httpx.Client, target: Target, request: pytest.FixtureRequest) -> resources.Pool:
    """The resources positive cases address: created by this run (read-only: read)."""
    if target.allow_writes:
        found = resources.create(client, target.base_url, target.project_id)
    else:
        found = resources.read(client, target.base_url, target.project_id)
    found.owned_only = not target.embedded
    the_plugin(request).pool = found
    return found


# --- per test: cases, failures, drift --------------------------------------------------------


@pytest.fixture
def count_case(request: pytest.FixtureRequest) -> Iterator[contract.ContractRecord]:
    plugin = the_plugin(request)
    # a module of another spec (test_batch: the Batch API's) judges drift against its own
    own = getattr(request.module, "drift_recorder", None)
    record = contract.ContractRecord(own() if own is not None else plugin.recorder())
    plugin.current_record = record
    try:
        yield record
    finally:
        plugin.current_record = None
        request.node.user_properties.append(
            (
                "contract",
                {
                    "cases": record.count,
                    "fuzzed": record.fuzzed,
                    "failed": record.failed,
                    # as JSON text: xdist's wire format cannot carry every integer a fuzzed
                    # body may hold (below -2**31 it crashed the worker)
                    "drift": json.dumps(contract.drift.compact(record.observations)),
                    "echoes": record.echoes,
                    "checks": record.checks,
                },
            )
        )
