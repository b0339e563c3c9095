"""``make bench`` in miniature: every measurement runs, against a real emulator process, and
``results.json`` carries a positive figure for each of them."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_bench():
    return importlib.import_module("scripts.bench")


def _positive(value, where: str) -> None:
    assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, (where, value)


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    bench = _load_bench()
    config = replace(
        bench.BenchConfig.quick_config(),
        sync_count=40,
        async_count=120,
        concurrency=16,
        sdk_count=30,
        sdk_threads=2,
        capacity_seconds=0.2,
        capacity_connections=16,
        repeats=2,
        peer=False,  # Prism comes from npm through npx: make bench measures it, not make test
        burst_count=300,
        burst_in_flight=100,
    )
    out = tmp_path_factory.mktemp("bench") / "results.json"
    returned = bench.run_bench(config, out)
    written = json.loads(out.read_text())
    assert written["targets"] == json.loads(json.dumps(returned["targets"]))
    written["table"] = bench.report.table(returned)
    return written


def test_every_measurement_has_positive_figures(results):
    meas = results["measurements"]
    assert set(meas) == {
        "sync",
        "async",
        "sdk",
        "capacity",
        "console",
        "peer",
        "pipeline",
        "burst",
        "facade",
        "batch",
    }
    for figure, value in meas["facade"]["figures"].items():
        _positive(value, "facade " + figure)
    assert meas["peer"] == {"skipped": "turned off (BENCH_PEER=0)"}
    flood = meas["burst"]
    assert flood["answered"] == flood["stored"] == 300 and flood["lost"] == 0
    expected = {
        "sync": {"facade", "httpx"},
        "async": {"facade", "aiohttp", "httpx"},
        "sdk": {"sdk", "sdk_threads"},
        "capacity": {"messages:send", "health"},
        "console": {"without", "with"},
    }
    for section, names in expected.items():
        assert set(meas[section]["variants"]) == names, section
        for name, variant in meas[section]["variants"].items():
            where = f"{section}.{name}"
            assert len(variant["rate"]["runs"]) == 2, where
            for run in variant["rate"]["runs"]:
                _positive(run, where + ".rate")
            _positive(variant["client_cpu_us"]["median"], where + ".client_cpu_us")
            if sys.platform == "linux":
                _positive(variant["server_cpu_us"]["median"], where + ".server_cpu_us")
        for ratio, value in meas[section]["ratios"].items():
            _positive(value, f"{section} ratio {ratio}")
    assert meas["console"]["redraws"] > 0, "the console viewer never redrew: not subscribed"
    for name in ("messages:send", "health"):
        variant = meas["capacity"]["variants"][name]
        _positive(variant["p50_ms"]["median"], name + " p50")
        assert variant["p99_ms"]["median"] >= variant["p50_ms"]["median"]
    several = meas["batch"]
    for name in ("batch", "single"):
        for run in several["variants"][name]["seconds"]["runs"]:
            _positive(run, f"batch.{name}.seconds")
    _positive(several["ratios"]["batch/single"], "batch ratio")
    for step in ("fetch_spec", "apply_overlays", "batch_spec", "generate", "total"):
        _positive(meas["pipeline"]["steps"][step]["median"], "pipeline " + step)


def test_targets_are_reported_with_values(results):
    targets = [t for t in results["targets"] if not t["skipped"]]
    assert len(targets) == 11
    assert [t["key"] for t in results["targets"] if t["skipped"]] == ["emulator_vs_prism"]
    assert "SKIP  emulator messages:send >= 5x Prism" in results["table"]
    for target in targets:
        _positive(target["value"], target["key"])
        assert target["pass"] is (target["value"] >= target["threshold"])
    table = results["table"]
    for word in (
        "ConversationClient",
        "bare aiohttp",
        "sinch 2.3.0",
        "messages:send",
        "pipeline",
        "PASS" if any(t["pass"] for t in targets) else "MISS",
    ):
        assert word in table
