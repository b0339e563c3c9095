"""Webhook delivery: callbacks POSTed in the background, signed the way Sinch signs them.

Each callback body is signed with the webhook's secret: ``x-sinch-webhook-signature`` is
``base64(HMAC-SHA256(secret, raw_body + "." + nonce + "." + timestamp))`` and the nonce,
timestamp (unix seconds) and algorithm (``HmacSHA256``) travel in the sibling headers.

Delivery can never hold up the API: a handler only puts a job in a bounded queue, and a fixed
set of workers (``callback_workers``) POSTs them, each attempt cut off after
``callback_timeout`` seconds whatever the receiver does. A failed attempt (transport error,
timeout or non-2xx) is put back on a timer with exponential back-off, at most
``callback_attempts`` times. When the queue is full (``callback_queue_size`` jobs waiting or
on a timer) a new callback is dropped and counted; the API's answer is never affected. The
counters (``GET /_emulator/health`` and ``GET /_emulator/callbacks`` show them) and a log of
every series of attempts let tests assert on callbacks without running a receiver.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import httpx

from .config import EmulatorConfig
from .ids import now
from .state import ProjectState

log = logging.getLogger("sinch_emulator.callbacks")

MAX_BACKOFF = 5.0


def sign(secret: str, body: bytes, nonce: str, timestamp: str) -> str:
    mac = hmac.new(
        secret.encode(), body + b"." + nonce.encode() + b"." + timestamp.encode(), hashlib.sha256
    )
    return base64.b64encode(mac.digest()).decode()


def signature_headers(secret: str, body: bytes) -> dict[str, str]:
    nonce, timestamp = secrets.token_hex(16), str(int(time.time()))
    return {
        "x-sinch-webhook-signature": sign(secret, body, nonce, timestamp),
        "x-sinch-webhook-signature-nonce": nonce,
        "x-sinch-webhook-signature-timestamp": timestamp,
        "x-sinch-webhook-signature-algorithm": "HmacSHA256",
    }


@dataclass
class _Job:
    """A series of callbacks for one target, delivered in order (e.g. QUEUED then DELIVERED)."""

    target: str
    secret: str
    trigger: str
    hook_id: str
    app_id: str
    bodies: list[dict[str, Any]]
    index: int = 0
    entry: dict[str, Any] | None = None
    backoff: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class DeliveryStats:
    """Counters of callbacks since start (not reset by ``/_emulator/reset``); ``pending`` and
    ``capacity`` count series (a delivery report's QUEUED and DELIVERED are one series)."""

    enqueued: int = 0
    delivered: int = 0
    failed: int = 0
    dropped: int = 0
    attempts: int = 0
    timeouts: int = 0

    def as_dict(self, pending: int, capacity: int, workers: int) -> dict[str, int]:
        return {
            "enqueued": self.enqueued,
            "delivered": self.delivered,
            "failed": self.failed,
            "dropped": self.dropped,
            "attempts": self.attempts,
            "timeouts": self.timeouts,
            "pending": pending,
            "capacity": capacity,
            "workers": workers,
        }


class Callbacks:
    def __init__(self, config: EmulatorConfig) -> None:
        self.config = config
        self.log: deque[dict[str, Any]] = deque(maxlen=config.callback_log_size)
        self.stats = DeliveryStats()
        self.capacity = max(1, config.callback_queue_size)
        self._client: httpx.AsyncClient | None = None
        self._queue: asyncio.Queue[_Job] | None = None
        self._workers: list[asyncio.Task[None]] = []
        self._timers: set[asyncio.TimerHandle] = set()
        self._pending = 0  # jobs queued, on a timer or being delivered
        self._counter = 0
        self._closed = False

    # -- choosing targets

    @staticmethod
    def _targets(state: ProjectState, app_id: str, trigger: str) -> list[dict]:
        return [
            w.view
            for w in state.webhooks.values()
            if w.view.get("app_id") == app_id and trigger in (w.view.get("triggers") or ())
        ]

    def _envelope(
        self, state: ProjectState, app_id: str, key: str, payload: dict, extra: dict | None
    ) -> dict:
        stamp = now()
        body: dict[str, Any] = {
            "app_id": app_id,
            "project_id": state.project_id,
            "accepted_time": stamp,
            "event_time": stamp,
        }
        if extra:
            body.update(extra)
        body[key] = payload
        return body

    def emit(
        self,
        state: ProjectState,
        app_id: str,
        trigger: str,
        key: str,
        payload: dict,
        *,
        extra: dict | None = None,
        delay: float = 0.0,
    ) -> None:
        """One callback to every webhook of the app subscribed to ``trigger``."""
        hooks = self._targets(state, app_id, trigger)
        if not hooks:
            return
        body = self._envelope(state, app_id, key, payload, extra)
        for hook in hooks:
            job = _Job(
                hook["target"], hook.get("secret") or "", trigger, hook["id"], app_id, [body]
            )
            self._submit(job, delay)

    def project_event(self, state: ProjectState, trigger: str, key: str, payload: dict) -> None:
        """A project-wide event (contacts): sent to the webhooks of every app."""
        for app_id in list(state.apps):
            self.emit(state, app_id, trigger, key, payload)

    def delivery(
        self,
        state: ProjectState,
        app: dict,
        trigger: str,
        key: str,
        report: dict,
        *,
        extra: dict | None = None,
        callback_url: str | None = None,
    ) -> None:
        """QUEUED_ON_CHANNEL then DELIVERED receipts, in that order, per target."""
        targets = [
            (h["target"], h.get("secret") or "", h["id"])
            for h in self._targets(state, app["id"], trigger)
        ]
        if callback_url:
            secret = (app.get("callback_settings") or {}).get(
                "secret_for_overridden_callback_urls"
            ) or ""
            targets = [(callback_url, secret, "")]
        if not targets:
            return
        bodies = [
            self._envelope(state, app["id"], key, {**report, "status": status}, extra)
            for status in ("QUEUED_ON_CHANNEL", "DELIVERED")
        ]
        for target, secret, hook_id in targets:
            job = _Job(target, secret, trigger, hook_id, app["id"], bodies)
            self._submit(job, self.config.delivery_delay)

    def send_again(self, entry: dict[str, Any], target: str, secret: str) -> None:
        """Deliver a logged callback's body once more (a new series, signed with ``secret``);
        its log entry names the entry it repeats in ``resent_from``."""
        body = {k: v for k, v in entry["body"].items() if k != "event_time"}
        job = _Job(target, secret, entry["trigger"], entry["webhook_id"], entry["app_id"], [body])
        job.extra["resent_from"] = entry["id"]
        self._submit(job, 0.0)

    # -- the queue

    def _submit(self, job: _Job, delay: float) -> None:
        """Take a new series, or drop it (counted) when the queue is full or shut."""
        if self._closed or self._pending >= self.capacity or not self._ensure_workers():
            self.stats.dropped += len(job.bodies)
            if self.stats.dropped == 1 or self.stats.dropped % 1000 == 0:
                log.warning(
                    "callback queue full (%d pending): %d callbacks dropped so far",
                    self._pending,
                    self.stats.dropped,
                )
            return
        self._pending += 1
        self.stats.enqueued += len(job.bodies)
        job.backoff = self.config.callback_backoff
        self._later(job, delay)

    def _later(self, job: _Job, delay: float) -> None:
        """Put ``job`` back on the queue now or after ``delay`` seconds (it stays pending)."""
        assert self._queue is not None
        if delay <= 0:
            self._queue.put_nowait(job)
            return
        loop = asyncio.get_running_loop()
        handle: asyncio.TimerHandle | None = None

        def fire() -> None:
            if handle is not None:
                self._timers.discard(handle)
            if not self._closed and self._queue is not None:
                self._queue.put_nowait(job)

        handle = loop.call_later(delay, fire)
        self._timers.add(handle)

    def _ensure_workers(self) -> bool:
        if self._workers:
            return True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # called outside the server (e.g. a unit test): nowhere to send
            return False
        self._queue = asyncio.Queue()  # bounded by _pending, which counts timers as well
        self._workers = [
            loop.create_task(self._work(), name=f"callback-worker-{i}")
            for i in range(max(1, self.config.callback_workers))
        ]
        return True

    async def _work(self) -> None:
        assert self._queue is not None
        queue = self._queue
        while True:
            job = await queue.get()
            try:
                await self._step(job)
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug must not take a worker down
                log.exception("callback worker error")
                self._pending -= 1

    async def _step(self, job: _Job) -> None:
        """One attempt at the job's current body; then schedule what comes next."""
        if job.entry is None:
            body = {**job.bodies[job.index], "event_time": now()}
            self._counter += 1
            job.entry = {
                "id": self._counter,
                "webhook_id": job.hook_id,
                "target": job.target,
                "trigger": job.trigger,
                "app_id": job.app_id,
                "body": body,
                "attempts": 0,
                "status_code": None,
                "error": None,
                "delivered": False,
                "time": now(),
                "latency_ms": None,
                "resent_from": job.extra.get("resent_from"),
            }
            job.extra["raw"] = json.dumps(body, separators=(",", ":")).encode()
            self.log.append(job.entry)
        entry = job.entry
        ok = await self._attempt(job, entry, job.extra["raw"])
        if not ok and entry["attempts"] < max(1, self.config.callback_attempts):
            delay, job.backoff = job.backoff, min(job.backoff * 2, MAX_BACKOFF)
            self._later(job, delay)
            return
        if ok:
            self.stats.delivered += 1
        else:
            self.stats.failed += 1
            log.warning(
                "callback %s to %s not delivered after %d attempts",
                job.trigger,
                job.target,
                entry["attempts"],
            )
        job.index += 1
        if job.index < len(job.bodies):
            job.entry, job.backoff = None, self.config.callback_backoff
            self._later(job, self.config.delivery_delay)
            return
        self._pending -= 1

    async def _attempt(self, job: _Job, entry: dict[str, Any], raw: bytes) -> bool:
        entry["attempts"] += 1
        self.stats.attempts += 1
        headers = {"content-type": "application/json"}
        if job.secret:
            headers.update(signature_headers(job.secret, raw))
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self.config.callback_timeout):
                response = await self.client().post(job.target, content=raw, headers=headers)
        except TimeoutError:
            self.stats.timeouts += 1
            entry["status_code"] = None
            entry["error"] = f"no answer within {self.config.callback_timeout:g}s"
            return False
        except (httpx.HTTPError, OSError, ValueError) as exc:
            entry["status_code"] = None
            entry["error"] = f"{type(exc).__name__}: {exc}"
            return False
        finally:  # the last attempt's round trip, answered or not
            entry["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
        entry["status_code"], entry["error"] = response.status_code, None
        if 200 <= response.status_code < 300:
            entry["delivered"] = True
            return True
        return False

    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            workers = max(1, self.config.callback_workers)
            self._client = httpx.AsyncClient(
                timeout=self.config.callback_timeout,
                limits=httpx.Limits(max_connections=workers, max_keepalive_connections=workers),
            )
        return self._client

    # -- inspection and shutdown

    def clear_log(self) -> None:
        self.log.clear()

    def summary(self) -> dict[str, int]:
        return self.stats.as_dict(self._pending, self.capacity, self.config.callback_workers)

    def entries(
        self,
        *,
        app_id: str | None = None,
        trigger: str | None = None,
        webhook_id: str | None = None,
    ) -> list[dict]:
        return [
            e
            for e in self.log
            if (app_id is None or e["app_id"] == app_id)
            and (trigger is None or e["trigger"] == trigger)
            and (webhook_id is None or e["webhook_id"] == webhook_id)
        ]

    async def aclose(self) -> None:
        """Stop at once: pending callbacks are abandoned, whatever the receivers do."""
        self._closed = True
        for handle in list(self._timers):
            handle.cancel()
        self._timers.clear()
        for task in self._workers:
            task.cancel()
        if self._workers:
            await asyncio.wait(self._workers, timeout=2.0)
        self._workers = []
        if self._client is not None:
            client, self._client = self._client, None
            try:
                await asyncio.wait_for(client.aclose(), timeout=2.0)
            except (TimeoutError, OSError, httpx.HTTPError):
                pass
