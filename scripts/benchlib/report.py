"""Targets and the printed table."""

from __future__ import annotations

from typing import Any

# (key, description, measurement, ratio or figure key, threshold)
TARGETS = (
    ("sync_vs_httpx", "sync facade >= 0.9x bare httpx.Client", "sync", "facade/httpx", 0.9),
    ("async_vs_aiohttp", "async facade >= 0.8x bare aiohttp", "async", "facade/aiohttp", 0.8),
    ("async_rate", "async facade >= 1,600 msgs/s", "async", "facade msgs/s", 1600.0),
    (
        "ours_vs_sdk",
        "ours >= 2x the official SDK (sync facade vs SDK, one thread each)",
        "sdk",
        "ours sync/sdk",
        2.0,
    ),
    (
        "ours_vs_sdk_best",
        "ours >= 2x the official SDK (async facade vs SDK in threads)",
        "sdk",
        "ours async/sdk threads",
        2.0,
    ),
    (
        "emulator_send_vs_trivial",
        "emulator messages:send >= 0.6x the trivial endpoint",
        "capacity",
        "send/health",
        0.6,
    ),
    (
        "console_open",
        "emulator messages:send with the console open >= 0.9x without",
        "console",
        "with/without",
        0.9,
    ),
    (
        "emulator_vs_prism",
        "emulator messages:send >= 5x Prism mocking the same spec",
        "peer",
        "emulator/prism",
        5.0,
    ),
    (
        "batch_under_1s",
        "a 1,000-recipient personalised batch processed in < 1 s (batches/s >= 1)",
        "batch",
        "batches/s",
        1.0,
    ),
    (
        "request_check_cost",
        "request check of a text message < 20 us (budget/cost >= 1)",
        "facade",
        "20 us/request check",
        1.0,
    ),
    (
        "keyword_vs_model_path",
        "the keyword path's check costs no more than the model path it replaces",
        "facade",
        "model path/request check",
        1.0,
    ),
    (
        "burst_stored_once",
        "burst above 800/s: every send stored exactly once (default async client)",
        "burst",
        "stored once/sent",
        1.0,
    ),
)


def evaluate(measurements: dict[str, Any]) -> list[dict[str, Any]]:
    results = []
    for key, description, section, figure, threshold in TARGETS:
        block = measurements.get(section, {})
        value = block.get("ratios", {}).get(figure, block.get("figures", {}).get(figure))
        results.append(
            {
                "skipped": block.get("skipped"),
                "key": key,
                "target": description,
                "figure": f"{section}: {figure}",
                "value": value,
                "threshold": threshold,
                "pass": value is not None and value >= threshold,
            }
        )
    return results


def _n(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def _spread(stats: dict[str, Any], digits: int = 0) -> tuple[str, str]:
    return (
        f"{_n(stats['min'], digits)}-{_n(stats['max'], digits)}",
        f"{_n(stats['q1'], digits)}-{_n(stats['q3'], digits)}",
    )


def table(results: dict[str, Any]) -> str:
    meas = results["measurements"]
    rows: list[tuple[str, ...]] = [
        (
            "measurement",
            "variant",
            "median",
            "min-max",
            "IQR",
            "client CPU us/req",
            "server CPU us/req",
        )
    ]
    titles = {
        "sync": "1 sync, msgs/s",
        "async": "2 async bulk, msgs/s",
        "sdk": "3 official SDK, msgs/s",
        "capacity": "4 emulator, req/s",
        "console": "4b console open, req/s",
        "peer": "5 peer, req/s",
    }
    for section in ("sync", "async", "sdk", "capacity", "console", "peer"):
        block = meas.get(section)
        if not block or block.get("skipped"):
            continue
        title = f"{titles[section]} ({block['describe']})"
        for name, variant in block["variants"].items():
            rate = variant["rate"]
            low_high, iqr = _spread(rate)
            client = variant.get("client_cpu_us")
            server = variant.get("server_cpu_us")
            rows.append(
                (
                    title,
                    variant["label"],
                    _n(rate["median"]),
                    low_high,
                    iqr,
                    _n(client and client["median"]),
                    _n(server and server["median"]),
                )
            )
            title = ""
    lines = _columns(rows)
    cap = meas.get("capacity")
    if cap:
        lines.append("")
        lines.append(
            "emulator latency at {} connections (median of runs): ".format(cap["connections"])
            + "; ".join(
                f"{v['label']} p50 {_n(v['p50_ms']['median'], 2)} ms, p99 "
                f"{_n(v['p99_ms']['median'], 2)} ms"
                for v in cap["variants"].values()
            )
        )
        lines.append(
            "emulator capacity from its CPU per request: "
            + "; ".join(
                f"{v['label']} {_n(v['capacity_per_s']['median'])} req/s"
                for v in cap["variants"].values()
                if v.get("capacity_per_s")
            )
        )
    pipe = meas.get("pipeline")
    if pipe:
        lines.append("")
        steps = ", ".join(
            f"{name} {_n(s['median'], 2)} s" for name, s in pipe["steps"].items() if name != "total"
        )
        total = pipe["steps"]["total"]
        lines.append(
            f"6 pipeline (make spec generate, warm venv): {_n(total['median'], 2)} s "
            f"median, {_spread(total, 2)[0]} s over {len(total['runs'])} runs "
            f"({steps})"
        )
    flood = meas.get("burst")
    if flood:
        lines.append("")
        lines.append(
            f"6 burst ({flood['describe']}): {_n(flood['seconds'], 1)} s, "
            f"{_n(flood['rate'])} sends/s; {flood['answered']:,} answered, "
            f"{flood['stored']:,} stored, {flood['lost']} lost, {flood['duplicates']} "
            f"duplicates; {flood['throttled_answers']:,} answers were 429; client paced at "
            f"{_n(flood['paced_at'])}/s; failures {flood['failures'] or 'none'}"
        )
    facade = meas.get("facade")
    if facade:
        shown = ", ".join(f"{k} {_n(v, 2)}" for k, v in facade["figures"].items())
        lines.append(f"8 facade ({facade['describe']}): {shown}")
    several = meas.get("batch")
    if several:
        lines.append("")
        lines.append(
            f"9 batch ({several['describe']}): one batch "
            f"{_n(several['figures']['batch seconds'], 3)} s, the single sends "
            f"{_n(several['variants']['single']['seconds']['median'], 3)} s median"
        )
    lines.append("")
    lines.append("ratios (of medians):")
    for section in ("sync", "async", "sdk", "capacity", "console", "peer", "facade", "batch"):
        for name, value in meas.get(section, {}).get("ratios", {}).items():
            lines.append(f"  {section:9s} {name:28s} {_n(value, 2)}x")
    lines.append("")
    lines.append("targets:")
    for target in results["targets"]:
        if target.get("skipped"):
            lines.append(f"  SKIP  {target['target']}: {target['skipped']}")
            continue
        mark = "PASS" if target["pass"] else "MISS"
        value = target["value"]
        shown = _n(value) if target["threshold"] > 100 else f"{_n(value, 2)}x"
        lines.append(f"  {mark}  {target['target']}: {shown}")
    machine = results["meta"]["machine"]
    lines.append("")
    lines.append(
        f"machine: {machine['cpus']} CPUs, two busy processes get "
        f"{_n(machine['parallel_cores'], 2)} cores' worth of CPU together; "
        f"{results['meta']['repeats']} timed runs per figure after a warm-up; "
        f"bench took {_n(results['meta']['seconds'])} s"
    )
    return "\n".join(lines)


def _columns(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = []
    for index, row in enumerate(rows):
        cells = [
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
        if index == 0:
            out.append("  ".join("-" * w for w in widths))
    return out
