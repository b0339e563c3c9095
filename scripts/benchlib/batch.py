"""The Batch API: one 1,000-recipient personalised batch against 1,000 single
``messages:send`` calls, on the same emulator, with a webhook so every message's receipts are
queued. The batch's figure is the wall time of its one POST: the emulator answers after every
message is stored and its receipts are queued. Each run waits until the emulator has
delivered the previous run's callbacks, so they do not weigh on the next one."""

from __future__ import annotations

import http.server
import threading
import time
from typing import Any

import httpx

from scripts.benchlib.emulator import PROJECT_ID, REGION, EmulatorProcess
from scripts.benchlib.stats import summarize


class _Sink:
    """A webhook target on 127.0.0.1 that answers 200 to every callback."""

    def __init__(self) -> None:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", 0)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/callbacks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _identity(i: int) -> dict[str, str]:
    return {"channel": "SMS", "identity": f"+4670{i:07d}"}


def batch_payload(app_id: str, recipients: int) -> dict[str, Any]:
    return {
        "app_id": app_id,
        "message": {"text_message": {"text": "Hello ${name}, your code is ${code}"}},
        "recipient_and_params": [
            {
                "recipient": {"identified_by": {"channel_identities": [_identity(i)]}},
                "parameters": {"name": f"Name {i}", "code": str(i)},
            }
            for i in range(recipients)
        ],
    }


def _settle(emu: EmulatorProcess, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while emu.control("GET", "/_emulator/health")["callbacks"]["pending"]:
        if time.monotonic() > deadline:
            raise RuntimeError("the emulator did not deliver its callbacks in time")
        time.sleep(0.05)


def _prepare(emu: EmulatorProcess, http: httpx.Client, sink: _Sink) -> str:
    _settle(emu)
    app_id = emu.fresh_app()
    hook = {"app_id": app_id, "target": sink.url, "triggers": ["MESSAGE_DELIVERY"]}
    answer = http.post(f"{emu.url}/{REGION}/v1/projects/{PROJECT_ID}/webhooks", json=hook)
    answer.raise_for_status()
    return app_id


def _stored(emu: EmulatorProcess, http: httpx.Client, app_id: str) -> int:
    url = f"{emu.url}/{REGION}/v1/projects/{PROJECT_ID}/messages"
    count, token = 0, ""
    while True:
        params: dict[str, str | int] = {"app_id": app_id, "page_size": 1000}
        if token:
            params["page_token"] = token
        page = http.get(url, params=params).json()
        count += len(page["messages"])
        token = page.get("next_page_token") or ""
        if not token:
            return count


def measure(emu: EmulatorProcess, repeats: int, recipients: int = 1000) -> dict[str, Any]:
    sink = _Sink()
    headers = {"Authorization": f"Bearer {emu.token()}"}
    base = f"{emu.url}/{REGION}"
    seconds: dict[str, list[float]] = {"batch": [], "single": []}
    try:
        with httpx.Client(headers=headers, timeout=60) as http:
            for _ in range(repeats + 1):  # the first round warms up and is not counted
                app_id = _prepare(emu, http, sink)
                body = batch_payload(app_id, recipients)
                start = time.perf_counter()
                answer = http.post(f"{base}/batch/v1/projects/{PROJECT_ID}/messages", json=body)
                batch_time = time.perf_counter() - start
                answer.raise_for_status()
                if _stored(emu, http, app_id) != recipients:
                    raise RuntimeError("the batch did not store one message per recipient")

                app_id = _prepare(emu, http, sink)
                send_url = f"{base}/v1/projects/{PROJECT_ID}/messages:send"
                singles = [
                    {
                        "app_id": app_id,
                        "recipient": r["recipient"],
                        "message": {
                            "text_message": {
                                "text": f"Hello {r['parameters']['name']}, your code is "
                                f"{r['parameters']['code']}"
                            }
                        },
                    }
                    for r in body["recipient_and_params"]
                ]
                start = time.perf_counter()
                for single in singles:
                    http.post(send_url, json=single).raise_for_status()
                single_time = time.perf_counter() - start
                seconds["batch"].append(batch_time)
                seconds["single"].append(single_time)
            _settle(emu)
    finally:
        sink.close()
    runs = {name: values[1:] for name, values in seconds.items()}
    batch = summarize(runs["batch"])
    single = summarize(runs["single"])
    batch_median = float(batch["median"])  # type: ignore[arg-type]
    single_median = float(single["median"])  # type: ignore[arg-type]
    return {
        "describe": f"{recipients:,} recipients with parameters, one batch vs "
        f"{recipients:,} single messages:send calls one at a time",
        "recipients": recipients,
        "variants": {
            "batch": {
                "label": "POST /batch/.../messages (one request)",
                "seconds": batch,
                "rate": summarize([recipients / s for s in runs["batch"]]),
            },
            "single": {
                "label": f"POST messages:send x {recipients:,}",
                "seconds": single,
                "rate": summarize([recipients / s for s in runs["single"]]),
            },
        },
        "ratios": {"batch/single": single_median / batch_median},
        "figures": {"batches/s": 1 / batch_median, "batch seconds": batch_median},
    }
