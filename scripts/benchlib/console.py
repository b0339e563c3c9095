"""The console's cost to the emulator: ``messages:send`` capacity with the console open and
subscribed against the same load with no console, runs interleaved.

"Open" is the console's first screen (the newest activity) in a real headless Chromium
(Debian's ``chromium``, driven by Playwright) following the server-sent event stream and
redrawing on every change, as a person watching would. Where no Chromium or Playwright is
installed, a stand-in does what the page does over plain HTTP (subscribe, and fetch the
activity on every ``change`` event) and the result says so.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import queue
import shutil
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from . import capacity
from .emulator import HOST, EmulatorProcess

CHROMIUM = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome")
Log = Callable[[str], None]


def chromium_path() -> str | None:
    """``SINCH_CONSOLE_BROWSER``, else the first Chromium found on this machine."""
    given = os.environ.get("SINCH_CONSOLE_BROWSER")
    if given:
        return given
    for name in CHROMIUM:
        found = name if os.path.isabs(name) and os.access(name, os.X_OK) else shutil.which(name)
        if found:
            return found
    return None


class BrowserViewer:
    """A headless Chromium tab that opens the console (``open``) or a blank page (``close``).

    Playwright's sync API keeps an event loop in the thread that started it, and the load
    generator runs its own in this one, so the browser is driven from a thread of its own."""

    kind = "headless Chromium"

    def __init__(self, emu: EmulatorProcess, executable: str) -> None:
        self.emu = emu
        self.executable = executable
        self.redraws = 0
        self._orders: queue.Queue[str] = queue.Queue()
        self._answers: queue.Queue[BaseException | int | None] = queue.Queue()
        self._thread = threading.Thread(target=self._drive, name="console-viewer", daemon=True)
        self._thread.start()
        self._wait()

    def _drive(self) -> None:
        try:
            from playwright.sync_api import sync_playwright  # only when a browser is measured

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=self.executable)
                page = browser.new_page()
                self._answers.put(None)
                while True:
                    order = self._orders.get()
                    try:
                        if order == "open":
                            page.goto(f"{self.emu.url}/_emulator/console#/")
                            page.wait_for_selector("[data-testid=live].on", timeout=10_000)
                            page.wait_for_selector("[data-testid=view][data-ready]", timeout=10_000)
                            page.evaluate(_COUNT_REDRAWS)
                            self._answers.put(None)
                        elif order == "close":
                            # the sends are over; the page redraws within a tick of the last
                            with contextlib.suppress(Exception):
                                page.wait_for_function("window.redraws > 0", timeout=2_000)
                            redraws = int(page.evaluate("window.redraws || 0"))
                            page.goto("about:blank")
                            self._answers.put(redraws)
                        else:
                            browser.close()
                            self._answers.put(None)
                            return
                    except Exception as exc:  # noqa: BLE001 - handed to the caller
                        self._answers.put(exc)
        except Exception as exc:  # noqa: BLE001 - handed to the caller
            self._answers.put(exc)

    def _wait(self) -> int | None:
        answer = self._answers.get(timeout=60)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def open(self) -> None:
        self._orders.put("open")
        self._wait()

    def close(self) -> None:
        self._orders.put("close")
        self.redraws += int(self._wait() or 0)

    def shutdown(self) -> None:
        if self._thread.is_alive():
            self._orders.put("quit")
            with contextlib.suppress(Exception):
                self._wait()
            self._thread.join(10)


_COUNT_REDRAWS = """() => { window.redraws = 0; new MutationObserver(() => window.redraws++)
    .observe(document.getElementById('view'), {childList: true}); }"""


def _follow(port: int, stop: Any, redraws: Any) -> None:
    """Follow the event stream and fetch the activity on each change, until ``stop`` is set."""

    def get(path: str) -> None:
        with socket.create_connection((HOST, port), timeout=10) as sock:
            sock.sendall(
                f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode()
            )
            while sock.recv(65536):
                pass

    with socket.create_connection((HOST, port), timeout=1) as sock:
        sock.sendall(f"GET /_emulator/console/api/events HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode())
        while not stop.is_set():
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                return
            for _ in range(chunk.count(b"event: change")):
                get("/_emulator/console/api/overview?limit=50")
                with redraws.get_lock():
                    redraws.value += 1


class HttpViewer:
    """What the page does, over plain HTTP in a process of its own (so it does not share the
    load generator's interpreter): follow the event stream and fetch the activity on each
    change."""

    kind = "HTTP stand-in (no Chromium)"

    def __init__(self, emu: EmulatorProcess) -> None:
        self.emu = emu
        self.redraws = 0
        self._ctx: Any = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        self._stop = self._ctx.Event()
        self._count = self._ctx.Value("i", 0)
        self._process: Any = None

    def open(self) -> None:
        self._stop.clear()
        self._process = self._ctx.Process(
            target=_follow, args=(self.emu.port, self._stop, self._count), daemon=True
        )
        self._process.start()
        time.sleep(1.0)  # the process has started and subscribed

    def close(self) -> None:
        time.sleep(0.5)  # the last change, within a tick of the last send
        self._stop.set()
        if self._process is not None:
            self._process.join(5)
            self._process = None
        self.redraws = int(self._count.value)

    def shutdown(self) -> None:
        self.close()


@contextlib.contextmanager
def viewer(emu: EmulatorProcess, log: Log) -> Iterator[BrowserViewer | HttpViewer]:
    executable = chromium_path()
    chosen: BrowserViewer | HttpViewer
    try:
        if executable is None or os.environ.get("BENCH_CONSOLE_VIEWER") == "http":
            raise RuntimeError("no Chromium found" if executable is None else "asked for")
        chosen = BrowserViewer(emu, executable)
    except Exception as exc:  # noqa: BLE001 - any failure to start a browser means the stand-in
        log(f"  console viewer: HTTP stand-in ({exc})")
        chosen = HttpViewer(emu)
    try:
        yield chosen
    finally:
        chosen.shutdown()


def measure(
    emu: EmulatorProcess, *, repeats: int, seconds: float, connections: int, log: Log
) -> dict[str, Any]:
    """``messages:send`` capacity without and with the console open, interleaved (ABBA)."""
    samples: dict[str, list[capacity.CapacitySample]] = {"without": [], "with": []}
    with viewer(emu, log) as view:

        def run(name: str, length: float) -> capacity.CapacitySample:
            request = capacity.requests_for(emu, emu.fresh_app())["messages:send"]
            if name == "with":
                view.open()
            gc.collect()
            try:
                return capacity.measure(emu, request, seconds=length, connections=connections)
            finally:
                if name == "with":
                    view.close()

        for name in samples:
            log(f"  warm-up {name} console")
            run(name, min(1.0, seconds))
        for round_number in range(repeats):
            order = list(samples) if round_number % 2 == 0 else list(samples)[::-1]
            for name in order:  # alternating which goes first, so drift favours neither
                sample = run(name, seconds)
                samples[name].append(sample)
                log(
                    f"  run {round_number + 1}/{repeats} {name} console: {sample.rate:,.0f} req/s, "
                    f"server CPU {sample.server_cpu_us or 0:,.0f} us/req"
                )
        kind, redraws = view.kind, view.redraws
    labels = {
        "without": "messages:send, no console",
        "with": f"messages:send, console open ({kind})",
    }
    variants = {name: capacity.summary(labels[name], runs) for name, runs in samples.items()}
    without, with_ = variants["without"], variants["with"]
    ratios = {"with/without": with_["rate"]["median"] / without["rate"]["median"]}
    if with_["capacity_per_s"] and without["capacity_per_s"]:
        ratios["with/without by server CPU"] = (
            with_["capacity_per_s"]["median"] / without["capacity_per_s"]["median"]
        )
    return {
        "describe": f"{connections} connections, {seconds:g} s runs, interleaved; viewer: {kind}",
        "viewer": kind,
        "redraws": redraws,
        "variants": variants,
        "ratios": ratios,
        "note": "with/without compares the send rates the load generator saw; 'by server CPU' "
        "compares the emulator's CPU per send (the viewer's own CPU excluded)",
    }
