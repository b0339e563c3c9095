"""Callbacks never hold up the API: with a webhook whose receiver never answers, a burst of
sends is answered in full, health answers throughout, and SIGTERM stops the emulator in a few
seconds. (The emulator runs as its own process, as a user runs it.)"""

from __future__ import annotations

import asyncio
import inspect
import socket
import threading
import time
import urllib.request

from emulator_process import EmulatorProcess

from sinch_conversation import AsyncConversationClient, ConversationClient, models
from sinch_emulator.testing import run_emulator

from .conftest import Api, wait_for

SENDS = 1_000
IN_FLIGHT = 64
HEALTH_BOUND = 5.0  # seconds: generous for a shared machine; unbounded (minutes) when stalled
SHUTDOWN_BOUND = 10.0  # seconds from SIGTERM to exit


class SilentReceiver:
    """Accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1024)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/callbacks"
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


class HealthProbe:
    """GET /_emulator/health every 50 ms from another thread, keeping each latency."""

    def __init__(self, url: str) -> None:
        self.url = url + "/_emulator/health"
        self.latencies: list[float] = []
        self.failures: list[str] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                with urllib.request.urlopen(self.url, timeout=30) as response:
                    response.read()
                self.latencies.append(time.monotonic() - started)
            except OSError as exc:
                self.failures.append(repr(exc))
            self.stop.wait(0.05)


def body_for(operation, data):
    """The keyword arguments of ``operation`` for the body ``data`` (its top-level fields)."""
    assert set(data) <= set(inspect.signature(operation).parameters)
    return data


def send_body(app_id: str, i: int) -> models.SendMessageRequest:
    return models.SendMessageRequest.from_dict(
        {
            "app_id": app_id,
            "recipient": {
                "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "4671"}]}
            },
            "message": {"text_message": {"text": f"load {i}"}},
        }
    )


async def sends(emu: EmulatorProcess, app_id: str) -> list[BaseException]:
    async with AsyncConversationClient(
        emu.project_id,
        emu.key_id,
        emu.key_secret,
        base_url=emu.base_url_template,
        auth_url=emu.auth_url,
    ) as client:
        gate = asyncio.Semaphore(IN_FLIGHT)

        async def one(i: int) -> None:
            async with gate:
                await client.messages.send_message(body=send_body(app_id, i))

        results = await asyncio.gather(*(one(i) for i in range(SENDS)), return_exceptions=True)
    return [r for r in results if isinstance(r, BaseException)]


def test_silent_webhook_receiver_does_not_hold_up_the_api():
    receiver = SilentReceiver()
    try:
        with EmulatorProcess("--rate-limit", "off") as emu:
            with ConversationClient(
                emu.project_id,
                emu.key_id,
                emu.key_secret,
                base_url=emu.base_url_template,
                auth_url=emu.auth_url,
            ) as setup:
                app = setup.apps.create_app(
                    **body_for(
                        setup.apps.create_app,
                        {
                            "display_name": "load",
                            "processing_mode": "DISPATCH",
                            "channel_credentials": [],
                        },
                    )
                )
                setup.webhooks.create_webhook(
                    **body_for(
                        setup.webhooks.create_webhook,
                        {
                            "app_id": app.id,
                            "target": receiver.url,
                            "triggers": ["MESSAGE_DELIVERY"],
                        },
                    )
                )
            probe = HealthProbe(emu.url)
            probe.thread.start()
            started = time.monotonic()
            errors = asyncio.run(sends(emu, app.id))
            took = time.monotonic() - started
            time.sleep(0.5)  # deliveries now stuck on the silent receiver
            probe.stop.set()
            probe.thread.join(35)
            stats = emu.control("GET", "/_emulator/health")["callbacks"]
            shutdown = emu.terminate()
            code = emu.process.returncode if emu.process else None
            output = emu.log()
    finally:
        receiver.close()
    worst = max(probe.latencies)
    print(
        f"\ncallback load: {SENDS} sends at {IN_FLIGHT} in flight in {took:.1f}s, "
        f"{len(errors)} failed; health {len(probe.latencies)} probes, worst {worst * 1000:.0f} ms; "
        f"callbacks {stats}; SIGTERM to exit {shutdown:.2f}s"
    )
    assert errors == [], errors[:3]  # every send answered
    assert probe.failures == [] and worst < HEALTH_BOUND
    assert len(probe.latencies) >= 3
    assert stats["enqueued"] == 2 * SENDS and stats["delivered"] == 0  # silent receiver
    assert stats["pending"] <= stats["capacity"]
    # uvicorn ends a graceful shutdown by re-raising the signal it caught
    assert shutdown < SHUTDOWN_BOUND and code in (0, -15)
    assert "Traceback" not in output and "ERROR" not in output, output[-2000:]


def test_full_callback_queue_drops_and_counts_never_the_answer():
    receiver = SilentReceiver()
    try:
        with run_emulator(
            rate_limit=None, callback_queue_size=5, callback_workers=1, callback_timeout=0.2
        ) as emu:
            api = Api(emu)
            app = api.create_app("DISPATCH")
            api.ok(
                "post",
                "/webhooks",
                json={
                    "app_id": app["id"],
                    "target": receiver.url,
                    "triggers": ["MESSAGE_DELIVERY"],
                },
            )
            for i in range(20):
                api.send(app["id"], identity=f"+4672{i}")  # each answered 200
            stats = api.emu._control("GET", "/_emulator/callbacks")["stats"]
            # 5 series of QUEUED + DELIVERED taken, the other 15 dropped, every answer 200
            assert stats["dropped"] == 30 and stats["enqueued"] == 10 and stats["pending"] <= 5
            wait_for(lambda: emu._control("GET", "/_emulator/health")["callbacks"]["timeouts"] > 0)
            api.close()
    finally:
        receiver.close()
