"""Webhook delivery: callbacks POSTed in the background, signed the way Sinch signs them.

Each callback body is signed with the webhook's secret: ``x-sinch-webhook-signature`` is
``base64(HMAC-SHA256(secret, raw_body + "." + nonce + "." + timestamp))`` and the nonce,
timestamp (unix seconds) and algorithm (``HmacSHA256``) travel in the sibling headers.
Failed deliveries (transport error or non-2xx) are retried with exponential back-off, a
bounded number of times. Every attempt is kept in a log that ``GET /_emulator/callbacks``
shows, so tests can assert on callbacks without running a receiver.
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
from typing import Any

import httpx

from .config import EmulatorConfig
from .ids import now
from .state import ProjectState

log = logging.getLogger("sinch_emulator.callbacks")


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


class Callbacks:
    def __init__(self, config: EmulatorConfig) -> None:
        self.config = config
        self.log: deque[dict[str, Any]] = deque(maxlen=config.callback_log_size)
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task] = set()
        self._counter = 0

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
            self._spawn(
                self._send_series(
                    hook["target"],
                    hook.get("secret") or "",
                    trigger,
                    hook["id"],
                    app_id,
                    [body],
                    delay,
                )
            )

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
        bodies = []
        for status in ("QUEUED_ON_CHANNEL", "DELIVERED"):
            bodies.append(
                self._envelope(state, app["id"], key, {**report, "status": status}, extra)
            )
        for target, secret, hook_id in targets:
            self._spawn(
                self._send_series(
                    target, secret, trigger, hook_id, app["id"], bodies, self.config.delivery_delay
                )
            )

    # -- sending

    def _spawn(self, coro) -> None:
        try:
            task = asyncio.get_running_loop().create_task(coro)
        except RuntimeError:  # no loop: called outside the server (e.g. a unit test)
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=self.config.callback_timeout, limits=httpx.Limits(max_connections=100)
            )
        return self._client

    async def _send_series(
        self,
        target: str,
        secret: str,
        trigger: str,
        hook_id: str,
        app_id: str,
        bodies: list[dict],
        delay: float,
    ) -> None:
        for body in bodies:
            if delay:
                await asyncio.sleep(delay)
            event_time = now()
            body = {**body, "event_time": event_time}
            await self._deliver(target, secret, trigger, hook_id, app_id, body)

    async def _deliver(
        self, target: str, secret: str, trigger: str, hook_id: str, app_id: str, body: dict
    ) -> bool:
        raw = json.dumps(body, separators=(",", ":")).encode()
        self._counter += 1
        entry: dict[str, Any] = {
            "id": self._counter,
            "webhook_id": hook_id,
            "target": target,
            "trigger": trigger,
            "app_id": app_id,
            "body": body,
            "attempts": 0,
            "status_code": None,
            "error": None,
            "delivered": False,
            "time": now(),
        }
        self.log.append(entry)
        backoff = self.config.callback_backoff
        for attempt in range(1, max(1, self.config.callback_attempts) + 1):
            entry["attempts"] = attempt
            headers = {"content-type": "application/json"}
            if secret:
                headers.update(signature_headers(secret, raw))
            try:
                response = await self.client().post(target, content=raw, headers=headers)
                entry["status_code"], entry["error"] = response.status_code, None
                if 200 <= response.status_code < 300:
                    entry["delivered"] = True
                    return True
            except (httpx.HTTPError, OSError, ValueError) as exc:
                entry["error"] = f"{type(exc).__name__}: {exc}"
            if attempt < self.config.callback_attempts:
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30.0)
        log.warning(
            "callback %s to %s not delivered after %d attempts", trigger, target, entry["attempts"]
        )
        return False

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
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
            self._client = None
