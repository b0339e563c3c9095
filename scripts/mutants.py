"""The mutation harness: plants server bugs one at a time and runs the contract suite on each.

``make mutants`` starts ``scripts/mutation_proxy.py`` (an emulator with a proxy in front that
plants one kind of bug per URL prefix) and, for the control (no bug) and then each kind,
resets the emulator and runs the contract suite against the proxy as against an external
server (``SINCH_CONVERSATION_BASE_URL``, ``CONTRACT_ALLOW_WRITES=1``) in fail-fast mode
(``CONTRACT_FAIL_FAST=1``). It prints one row per kind: killed or not, the check that
caught it, seconds from the suite's start to its first failure. The control must pass;
every kind must be killed. ``--cli`` also runs the plain schemathesis CLI on each
(``schemathesis run build/spec/openapi.json --checks all``, bearer token, ``project_id``
pinned) and counts what it detects: a failure the control run did not have.

    python -m scripts.mutants [--kinds a,b] [--quick] [--cli] [--cli-examples N]

Results go to build/mutants/results.json; the exit status is 0 only when the control
passed and every kind was detected by the suite.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.etree import ElementTree

import httpx

from scripts.mutation_proxy import KINDS
from scripts.paths import EFFECTIVE_SPEC

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "mutants"
PROJECT = "emulator-project"
KEY_ID, KEY_SECRET = "emulator-key-id", "emulator-key-secret"
#: a handful of kinds across the classes, for `make test`
QUICK = ("update-not-applied", "list-omits-created", "paging-never-ends", "cross-project")


@dataclass
class Result:
    kind: str
    group: str
    killed: bool
    check: str
    seconds: float | None
    wall: float
    status: int = 0
    cli_killed: bool | None = None
    cli_failures: list[str] | None = None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def proxy() -> Iterator[str]:
    port = free_port()
    OUT.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "scripts.mutation_proxy", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=(OUT / "proxy.log").open("w"),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.post(f"{url}/none/_emulator/reset", json={}, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the mutation proxy did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def fresh(url: str, kind: str) -> None:
    """An empty emulator and a proxy that remembers nothing of earlier runs."""
    httpx.post(f"{url}/none/_emulator/reset", json={}, timeout=10).raise_for_status()
    httpx.post(f"{url}/{kind}/_mutants/forget", json={}, timeout=10).raise_for_status()


def suite_env(url: str, kind: str, out: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "CONTRACT_"))}
    env.update(
        SINCH_CONVERSATION_BASE_URL=f"{url}/{kind}/us",
        SINCH_AUTH_URL=f"{url}/{kind}/oauth2/token",
        # the batch part of the suite too, else it would look for the region's batch host
        SINCH_BATCH_BASE_URL=f"{url}/{kind}/us/batch",
        SINCH_PROJECT_ID=PROJECT,
        SINCH_KEY_ID=KEY_ID,
        SINCH_KEY_SECRET=KEY_SECRET,
        CONTRACT_ALLOW_WRITES="1",
        CONTRACT_FAIL_FAST="1",
        CONTRACT_OUT_DIR=str(out),
        CONTRACT_SEED=os.environ.get("CONTRACT_SEED", "1"),
        CONTRACT_EXAMPLES=os.environ.get("CONTRACT_EXAMPLES", "25"),
    )
    return env


def run_suite(url: str, kind: str, timeout: float, select: str = "") -> Result:
    out = OUT / kind
    out.mkdir(parents=True, exist_ok=True)
    (out / "first-failure.json").unlink(missing_ok=True)
    fresh(url, kind)
    started, launched = time.monotonic(), time.time()
    command = [sys.executable, "-m", "pytest", "contract_tests", "-p", "no:cacheprovider"]
    command += ["-q", "-o", "addopts="] + (["-k", select] if select else [])
    try:
        finished = subprocess.run(
            command,
            cwd=ROOT,
            env=suite_env(url, kind, out),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        output, status = finished.stdout + finished.stderr, finished.returncode
    except subprocess.TimeoutExpired as exc:
        output, status = str(exc.stdout or ""), -1
    wall = time.monotonic() - started
    (out / "suite.log").write_text(output)
    first_file = out / "first-failure.json"
    first = json.loads(first_file.read_text()) if first_file.exists() else None
    killed = status not in (0, -1) and first is not None
    check = ", ".join(first["checks"]) if first else ("timeout" if status == -1 else "")
    seconds = round(first["at"] - launched, 1) if first else None
    return Result(kind, KINDS[kind].group, killed, check, seconds, round(wall, 1), status)


# --- the plain schemathesis CLI -------------------------------------------------------------


def token(url: str) -> str:
    answer = httpx.post(
        f"{url}/none/oauth2/token",
        data={"grant_type": "client_credentials"},
        auth=(KEY_ID, KEY_SECRET),
        timeout=10,
    )
    answer.raise_for_status()
    return answer.json()["access_token"]


def run_cli(url: str, kind: str, examples: int, timeout: float) -> set[str]:
    """Failures of ``schemathesis run --checks all`` (operation and failure title)."""
    out = OUT / kind / "cli"
    out.mkdir(parents=True, exist_ok=True)
    config = out / "schemathesis.toml"
    config.write_text(f'[parameters]\nproject_id = "{PROJECT}"\n')
    fresh(url, kind)
    command = [
        str(ROOT / ".venv" / "bin" / "schemathesis"),
        "--config-file",
        str(config),
        "run",
        str(EFFECTIVE_SPEC),
        "--checks",
        "all",
        "--url",
        f"{url}/{kind}/us",
        "-H",
        f"Authorization: Bearer {token(url)}",
        "--max-examples",
        str(examples),
        "--seed",
        "1",
        "--report",
        "junit",
        "--report-junit-path",
        str(out / "junit.xml"),
        "--no-color",
    ]
    try:
        subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        pass
    return junit_failures(out / "junit.xml")


def junit_failures(path: Path) -> set[str]:
    if not path.exists():
        return set()
    found = set()
    for case in ElementTree.parse(path).getroot().iter("testcase"):
        for failure in [*case.iter("failure"), *case.iter("error")]:
            text = (failure.get("message") or failure.text or "").strip()
            titles = [
                line.strip().lstrip("- ").strip()
                for line in text.splitlines()
                if line.strip().startswith("- ")
            ] or [text.splitlines()[0] if text else "failure"]
            found |= {f"{case.get('name')}: {title}" for title in titles}
    return found


# --- the report ---------------------------------------------------------------------------


def table(results: list[Result], cli: bool) -> list[str]:
    head = f"{'kind':<28} {'group':<15} {'killed':<7} {'s':>6}  check"
    if cli:
        head += "  | CLI"
    lines = [head, "-" * len(head)]
    for r in results:
        seconds = f"{r.seconds:6.1f}" if r.seconds is not None else "     -"
        line = f"{r.kind:<28} {r.group:<15} {'yes' if r.killed else 'NO':<7} {seconds}  {r.check}"
        if cli:
            line += f"  | {'yes' if r.cli_killed else 'NO'}"
        lines.append(line)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", help="comma-separated kinds (default: all)")
    parser.add_argument("--quick", action="store_true", help=f"only {', '.join(QUICK)}")
    parser.add_argument("--cli", action="store_true", help="also run the plain schemathesis CLI")
    parser.add_argument("--cli-only", action="store_true", help="only the schemathesis CLI")
    parser.add_argument("--cli-examples", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=600, help="per planted kind (s)")
    parser.add_argument("--control-timeout", type=float, default=1800, help="the control (s)")
    parser.add_argument("--select", default="", help="pytest -k expression (default: all)")
    args = parser.parse_args()
    names = [k for k in KINDS if k != "none"]
    if args.quick:
        names = list(QUICK)
    if args.kinds:
        names = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in names if k not in KINDS]
    if unknown:
        parser.error(f"unknown kinds {unknown}; known: {', '.join(KINDS)}")
    started = time.monotonic()
    OUT.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    with proxy() as url:
        skip = Result("none", "control", False, "", None, 0.0)
        control = (
            skip if args.cli_only else run_suite(url, "none", args.control_timeout, args.select)
        )
        args.cli = args.cli or args.cli_only
        control_cli = run_cli(url, "none", args.cli_examples, args.timeout) if args.cli else set()
        print(
            f"control (no bug): {'passed' if control.status == 0 else 'FAILED: ' + control.check}"
            f" in {control.wall} s",
            flush=True,
        )
        for name in names:
            result = (
                Result(name, KINDS[name].group, False, "", None, 0.0)
                if args.cli_only
                else run_suite(url, name, args.timeout, args.select)
            )
            if args.cli:
                new = sorted(run_cli(url, name, args.cli_examples, args.timeout) - control_cli)
                result.cli_killed, result.cli_failures = bool(new), new[:5]
            results.append(result)
            print(table([result], args.cli)[-1], flush=True)
    wall = time.monotonic() - started
    killed = [r for r in results if r.killed]
    seconds = [r.seconds for r in killed if r.seconds is not None]
    print()
    print("\n".join(table(results, args.cli)))
    print()
    if not args.cli_only:
        print(f"control run: {'passed' if control.status == 0 else 'FAILED'} ({control.wall} s)")
        print(f"suite: detected {len(killed)} of {len(results)} kinds", end="")
        if seconds:
            print(f"; median {statistics.median(seconds):.1f} s to the first failure", end="")
        print()
    if args.cli:
        cli_killed = sum(1 for r in results if r.cli_killed)
        print(
            f"plain schemathesis CLI (--checks all, {args.cli_examples} examples): "
            f"detected {cli_killed} of {len(results)} kinds"
        )
    print(f"harness wall time: {wall:.0f} s")
    (OUT / ("results-cli.json" if args.cli_only else "results.json")).write_text(
        json.dumps(
            {
                "control_passed": control.status == 0,
                "control": asdict(control),
                "results": [asdict(r) for r in results],
                "wall_seconds": round(wall, 1),
                "cli_examples": args.cli_examples if args.cli else None,
            },
            indent=2,
        )
    )
    if args.cli_only:
        return 0
    return 0 if control.status == 0 and len(killed) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
