"""``make bench``: the client and the emulator measured side by side with their peers.

One emulator process on 127.0.0.1 (rate limiting off), then, each run after a warm-up and
repeated, reporting the median and the spread:

1. sync: ``ConversationClient.messages.send_message`` vs the same JSON posted with a bare
   ``httpx.Client`` (the bearer token fetched once);
2. async bulk: ``AsyncConversationClient`` vs bare ``aiohttp`` and bare ``httpx.AsyncClient``,
   64 sends in flight;
3. the official Sinch SDK (``sinch``) sending the same text message, one thread and a pool;
4. emulator capacity: ``messages:send`` vs ``GET /_emulator/health`` under a lean load
   generator, requests/s, p50/p99 latency and the emulator's CPU per request;
4b. console: ``messages:send`` capacity with the web console open in headless Chromium
   (following its event stream, redrawing on every change) against no console, interleaved;
5. peer: the emulator's ``messages:send`` vs Stoplight Prism mocking the same spec (same
   load generator, same body), runs interleaved; skipped with a message without ``npx``;
6. pipeline: wall time of the spec -> generate steps;
7. burst: 8,000 distinct sends, 2,000 in flight, from a default ``AsyncConversationClient``
   against a second emulator process at its default 800 requests/s; sends lost, stored
   twice, answered 429, and the pace the client learnt;
8. facade: import time, the run-time request check against the model path, repr length
   (scripts/benchlib/facade.py);
9. batch: one 1,000-recipient personalised Batch API send vs 1,000 single ``messages:send``
   calls (scripts/benchlib/batch.py).

Every client figure carries the CPU time of the client process per request. The emulator is
reset and gets a fresh app before each run, so every run starts from the same state. Results
go to ``build/bench/results.json``; the table goes to stdout. Targets are reported as PASS or
MISS; the exit status is 0 either way (the bench reports, it does not gate).

``BENCH_QUICK=1`` shrinks every count for a smoke run; ``BENCH_PEER=0`` leaves Prism out;
``BENCH_REPEATS=n`` sets the repeats; ``--only capacity`` runs section 4 alone.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from scripts.benchlib import batch, burst, capacity, clients, console, facade, pipeline, report
from scripts.benchlib.emulator import HOST, EmulatorProcess
from scripts.benchlib.prism import PeerUnavailable, PrismProcess
from scripts.benchlib.stats import summarize

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "build" / "bench" / "results.json"


@dataclass(frozen=True)
class BenchConfig:
    sync_count: int = 3_000
    async_count: int = 10_000
    concurrency: int = 64
    sdk_count: int = 3_000
    sdk_threads: int = 8
    capacity_seconds: float = 4.0
    capacity_connections: int = 64
    #: timed runs per figure; a shorter warm-up run of every variant comes first
    repeats: int = 5
    warmup_fraction: float = 0.1
    pipeline_repeats: int = 3
    #: measure the Prism peer (needs npx; BENCH_PEER=0 turns it off)
    peer: bool = True
    burst_count: int = 8_000
    burst_in_flight: int = 2_000
    #: recipients of the measured batch (the Batch API's maximum)
    batch_recipients: int = 1_000
    quick: bool = False

    @classmethod
    def quick_config(cls) -> BenchConfig:
        return cls(
            sync_count=150,
            async_count=400,
            sdk_count=100,
            capacity_seconds=0.4,
            repeats=2,
            warmup_fraction=0.25,
            pipeline_repeats=1,
            burst_count=1_000,
            burst_in_flight=250,
            batch_recipients=100,
            quick=True,
        )

    @classmethod
    def from_env(cls) -> BenchConfig:
        quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
        config = cls.quick_config() if quick else cls()
        if os.environ.get("BENCH_PEER", "") == "0":
            config = replace(config, peer=False)
        return config

    def warmup(self, count: int) -> int:
        return max(1, min(count, round(count * self.warmup_fraction)))


Workload = Callable[[str, int], Any]


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _parallel_spin(n: int) -> float:
    start = time.process_time()
    x = 0
    for i in range(n):
        x += i
    return time.process_time() - start


def parallel_cores(seconds: float = 0.3) -> float:
    """How many cores' worth of CPU two busy processes get together (2.0 on an idle two-core
    machine; less where the cores are shared). Client and emulator compete for exactly that."""
    n = 1_000_000
    while _parallel_spin(n) < seconds / 4:
        n *= 2
    ctx = multiprocessing.get_context("spawn" if sys.platform != "linux" else "fork")
    start = time.perf_counter()
    with ctx.Pool(2) as pool:
        cpu = sum(pool.map(_parallel_spin, [n * 4, n * 4]))
    return cpu / (time.perf_counter() - start)


# -- repetition --------------------------------------------------------------------------------


def repeat_clients(
    emu: EmulatorProcess, config: BenchConfig, count: int, variants: dict[str, tuple[str, Workload]]
) -> dict[str, Any]:
    """Warm every variant up once, then ``config.repeats`` rounds of every variant in turn;
    each run on a freshly reset emulator."""
    for name, (_, workload) in variants.items():
        _log(f"  warm-up {name}")
        workload(emu.fresh_app(), config.warmup(count))
    samples: dict[str, list[tuple[clients.Sample, float | None]]] = {k: [] for k in variants}
    for round_number in range(config.repeats):
        for name, (_, workload) in variants.items():
            app_id = emu.fresh_app()
            gc.collect()
            before = emu.cpu_seconds()
            sample = workload(app_id, count)
            after = emu.cpu_seconds()
            server = None if before is None or after is None else after - before
            samples[name].append((sample, server))
            _log(
                f"  run {round_number + 1}/{config.repeats} {name}: {sample.rate:,.0f}/s, "
                f"client CPU {sample.cpu_us:,.0f} us/req"
            )
    out = {}
    for name, runs in samples.items():
        server_us = [s / (x.count + x.untimed) * 1e6 for x, s in runs if s is not None]
        out[name] = {
            "label": variants[name][0],
            "rate": summarize([x.rate for x, _ in runs]),
            "seconds": summarize([x.seconds for x, _ in runs]),
            "client_cpu_us": summarize([x.cpu_us for x, _ in runs]),
            "server_cpu_us": summarize(server_us) if server_us else None,
        }
    return out


def _median(block: dict[str, Any], name: str) -> float:
    return block[name]["rate"]["median"]


# -- the measurements --------------------------------------------------------------------------


def measure_sync(emu: EmulatorProcess, config: BenchConfig) -> dict[str, Any]:
    n = config.sync_count
    variants = repeat_clients(
        emu,
        config,
        n,
        {
            "facade": ("ConversationClient", lambda app, k: clients.sync_facade(emu, app, k)),
            "httpx": ("bare httpx.Client", lambda app, k: clients.sync_httpx(emu, app, k)),
        },
    )
    return {
        "describe": f"{n:,} sends, one at a time",
        "count": n,
        "variants": variants,
        "ratios": {"facade/httpx": _median(variants, "facade") / _median(variants, "httpx")},
        "figures": {"facade msgs/s": _median(variants, "facade")},
    }


def measure_async(emu: EmulatorProcess, config: BenchConfig) -> dict[str, Any]:
    n, c = config.async_count, config.concurrency
    variants = repeat_clients(
        emu,
        config,
        n,
        {
            "facade": (
                "AsyncConversationClient",
                lambda app, k: clients.async_facade(emu, app, k, c),
            ),
            "aiohttp": ("bare aiohttp", lambda app, k: clients.async_aiohttp(emu, app, k, c)),
            "httpx": ("bare httpx.AsyncClient", lambda app, k: clients.async_httpx(emu, app, k, c)),
        },
    )
    facade = _median(variants, "facade")
    return {
        "describe": f"{n:,} sends, {c} in flight",
        "count": n,
        "concurrency": c,
        "variants": variants,
        "ratios": {
            "facade/aiohttp": facade / _median(variants, "aiohttp"),
            "facade/httpx": facade / _median(variants, "httpx"),
        },
        "figures": {"facade msgs/s": facade},
    }


def measure_sdk(emu: EmulatorProcess, config: BenchConfig, ours: dict[str, Any]) -> dict[str, Any]:
    n, t = config.sdk_count, config.sdk_threads
    import sinch

    variants = repeat_clients(
        emu,
        config,
        n,
        {
            "sdk": (
                f"sinch {sinch.__version__} SinchClient",
                lambda app, k: clients.sdk_sync(emu, app, k),
            ),
            "sdk_threads": (
                f"sinch {sinch.__version__}, {t} threads",
                lambda app, k: clients.sdk_threads(emu, app, k, t),
            ),
        },
    )
    sdk, threads = _median(variants, "sdk"), _median(variants, "sdk_threads")
    ours_sync = _median(ours["sync"]["variants"], "facade")
    ours_async = _median(ours["async"]["variants"], "facade")
    return {
        "describe": f"{n:,} sends of send_text_message",
        "count": n,
        "threads": t,
        "variants": variants,
        "ratios": {
            "ours sync/sdk": ours_sync / sdk,
            "ours async/sdk threads": ours_async / threads,
            "ours async/sdk": ours_async / sdk,
        },
    }


def measure_capacity(emu: EmulatorProcess, config: BenchConfig) -> dict[str, Any]:
    labels = {"messages:send": "POST messages:send", "health": "GET /_emulator/health"}
    app_id = emu.fresh_app()
    requests = capacity.requests_for(emu, app_id)
    for name, request in requests.items():
        _log(f"  warm-up {name}")
        capacity.measure(
            emu,
            request,
            seconds=min(1.0, config.capacity_seconds),
            connections=config.capacity_connections,
        )
    samples: dict[str, list[capacity.CapacitySample]] = {name: [] for name in requests}
    for round_number in range(config.repeats):
        for name in requests:
            requests = capacity.requests_for(emu, emu.fresh_app())
            gc.collect()
            sample = capacity.measure(
                emu,
                requests[name],
                seconds=config.capacity_seconds,
                connections=config.capacity_connections,
            )
            samples[name].append(sample)
            _log(
                f"  run {round_number + 1}/{config.repeats} {name}: {sample.rate:,.0f} req/s, "
                f"server CPU {sample.server_cpu_us or 0:,.0f} us/req"
            )
    variants = {name: capacity.summary(labels[name], runs) for name, runs in samples.items()}
    send, health = variants["messages:send"], variants["health"]
    ratios = {"send/health observed": send["rate"]["median"] / health["rate"]["median"]}
    if send["capacity_per_s"] and health["capacity_per_s"]:
        ratios["send/health"] = (
            send["capacity_per_s"]["median"] / health["capacity_per_s"]["median"]
        )
    else:  # no per-process CPU figures here: the observed rates are all there is
        ratios["send/health"] = ratios["send/health observed"]
    return {
        "describe": f"{config.capacity_connections} connections, "
        f"{config.capacity_seconds:g} s runs",
        "connections": config.capacity_connections,
        "seconds": config.capacity_seconds,
        "variants": variants,
        "ratios": ratios,
        "note": "send/health compares capacity from the emulator's CPU per request "
        "(the load generator shares the machine); 'observed' compares the "
        "rates the load generator saw",
    }


def measure_peer(emu: EmulatorProcess, config: BenchConfig) -> dict[str, Any]:
    """Emulator and Prism answering the same messages:send, one after the other per round."""
    if not config.peer:
        _log("  peer skipped: turned off (BENCH_PEER=0)")
        return {"skipped": "turned off (BENCH_PEER=0)"}
    try:
        prism = PrismProcess().start()
    except PeerUnavailable as exc:
        _log(f"  peer skipped: {exc}")
        return {"skipped": str(exc)}
    try:
        token = emu.token()
        samples: dict[str, list[capacity.CapacitySample]] = {"emulator": [], "prism": []}

        def run(name: str, seconds: float) -> capacity.CapacitySample:
            app_id = emu.fresh_app()
            if name == "emulator":
                request, port = capacity.requests_for(emu, app_id)["messages:send"], emu.port
            else:
                request, port = prism.send_request(app_id, token), prism.port
            gc.collect()
            return capacity.rate_of(HOST, port, request, seconds, config.capacity_connections)

        for name in samples:
            _log(f"  warm-up {name}")
            run(name, min(1.0, config.capacity_seconds))
        for round_number in range(config.repeats):
            for name, runs in samples.items():
                sample = run(name, config.capacity_seconds)
                runs.append(sample)
                _log(f"  run {round_number + 1}/{config.repeats} {name}: {sample.rate:,.0f} req/s")
    finally:
        prism.stop()
    labels = {
        "emulator": "emulator POST messages:send (auth, validation, state)",
        "prism": "Prism 5 mock POST messages:send (validation, examples)",
    }
    variants: dict[str, dict[str, Any]] = {
        name: {
            "label": labels[name],
            "rate": summarize([s.rate for s in runs]),
            "p50_ms": summarize([s.p50_ms for s in runs]),
            "p99_ms": summarize([s.p99_ms for s in runs]),
            "client_cpu_us": summarize([s.client_cpu_seconds / s.requests * 1e6 for s in runs]),
        }
        for name, runs in samples.items()
    }
    return {
        "describe": f"{config.capacity_connections} connections, "
        f"{config.capacity_seconds:g} s runs, interleaved",
        "variants": variants,
        "ratios": {
            "emulator/prism": variants["emulator"]["rate"]["median"]
            / variants["prism"]["rate"]["median"]
        },
    }


def measure_pipeline(config: BenchConfig) -> dict[str, Any]:
    runs = []
    for number in range(config.pipeline_repeats):
        runs.append(pipeline.run_once())
        _log(f"  run {number + 1}/{config.pipeline_repeats}: {runs[-1]['total']:.2f} s")
    return {
        "describe": "fetch_spec + apply_overlays + generate --check",
        "steps": {name: summarize([r[name] for r in runs]) for name in runs[0]},
    }


# -- driver ------------------------------------------------------------------------------------


def run_bench(config: BenchConfig, output: Path = OUTPUT) -> dict[str, Any]:
    started = time.perf_counter()
    cores = parallel_cores()
    measurements: dict[str, Any] = {}
    with EmulatorProcess() as emu:
        _log(f"bench: emulator pid {emu.pid} on {emu.url}")
        _log("1/6 sync")
        measurements["sync"] = measure_sync(emu, config)
        _log("2/6 async bulk")
        measurements["async"] = measure_async(emu, config)
        _log("3/6 official SDK")
        measurements["sdk"] = measure_sdk(emu, config, measurements)
        _log("4/6 emulator capacity")
        measurements["capacity"] = measure_capacity(emu, config)
        _log("4b/7 emulator capacity with the console open")
        measurements["console"] = console.measure(
            emu,
            repeats=config.repeats,
            seconds=config.capacity_seconds,
            connections=config.capacity_connections,
            log=_log,
        )
        _log("5/7 peer: Prism")
        measurements["peer"] = measure_peer(emu, config)
        _log(f"batch: {config.batch_recipients:,} recipients in one batch vs as many sends")
        measurements["batch"] = batch.measure(emu, config.repeats, config.batch_recipients)
        b = measurements["batch"]
        _log(
            f"  batch {b['figures']['batch seconds']:.3f} s, "
            f"{b['ratios']['batch/single']:.1f}x the single sends"
        )
    _log("facade: import, request check, repr")
    measurements["facade"] = facade.measure()
    check = measurements["facade"]["figures"]["request check us"]
    measurements["facade"]["ratios"]["20 us/request check"] = 20.0 / check
    _log("6/7 pipeline")
    measurements["pipeline"] = measure_pipeline(config)
    _log("7/7 burst above the rate limit")
    measurements["burst"] = burst.measure(config.burst_count, config.burst_in_flight)
    b = measurements["burst"]
    _log(
        f"  {b['count']:,} sends in {b['seconds']:.1f} s: {b['lost']} lost, "
        f"{b['duplicates']} duplicates, {b['throttled_answers']} answered 429"
    )
    results: dict[str, Any] = {
        "meta": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "machine": {"cpus": os.cpu_count(), "parallel_cores": cores},
            "config": asdict(config),
            "repeats": config.repeats,
            "seconds": time.perf_counter() - started,
            "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        },
        "measurements": measurements,
    }
    results["targets"] = report.evaluate(measurements)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=1) + "\n")
    return results


def run_capacity_only(config: BenchConfig) -> dict[str, Any]:
    """Section 4 alone (``--only capacity``): its figures on stdout, results.json untouched."""
    with EmulatorProcess() as emu:
        _log(f"bench: emulator pid {emu.pid} on {emu.url}")
        _log("4/6 emulator capacity")
        result = measure_capacity(emu, config)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__)
    parser.add_argument(
        "--only",
        choices=["capacity"],
        help="run one section only and print its figures as JSON (results.json is not written)",
    )
    args = parser.parse_args(argv)
    config = BenchConfig.from_env()
    if os.environ.get("BENCH_REPEATS"):
        config = replace(config, repeats=int(os.environ["BENCH_REPEATS"]))
    if args.only == "capacity":
        print(json.dumps(run_capacity_only(config), indent=1))
        return 0
    results = run_bench(config)
    print(report.table(results))
    print(f"\nresults: {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
