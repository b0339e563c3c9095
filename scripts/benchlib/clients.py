"""Client workloads: the same text message sent N times through each client.

Every workload builds its client, sends a few untimed requests (token, connections), then
times ``count`` sends: wall clock and the CPU time of this process (``time.process_time``,
all threads). Each send checks for a 200 answer and reads the message id from the JSON, as
an application would.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from .emulator import IDENTITY, KEY_ID, KEY_SECRET, PROJECT_ID, TEXT, EmulatorProcess, send_payload


@dataclass(frozen=True)
class Sample:
    """One timed run on the client side."""

    count: int
    seconds: float
    cpu_seconds: float
    #: requests sent before timing started (connections, token); counted for server CPU
    untimed: int = 0

    @property
    def rate(self) -> float:
        return self.count / self.seconds

    @property
    def cpu_us(self) -> float:
        return self.cpu_seconds / self.count * 1e6


class SendFailed(RuntimeError):
    pass


def _timed(count: int, run: Callable[[], None], untimed: int) -> Sample:
    cpu = time.process_time()
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    return Sample(count, seconds, time.process_time() - cpu, untimed)


async def _timed_async(count: int, run: Callable[[], Awaitable[None]], untimed: int) -> Sample:
    cpu = time.process_time()
    start = time.perf_counter()
    await run()
    seconds = time.perf_counter() - start
    return Sample(count, seconds, time.process_time() - cpu, untimed)


async def _in_flight(count: int, concurrency: int, send: Callable[[], Awaitable[Any]]) -> None:
    """``count`` sends with at most ``concurrency`` in flight (a fixed pool of workers)."""
    remaining = count

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await send()

    await asyncio.gather(*(worker() for _ in range(min(concurrency, count))))


def _client_settings(emu: EmulatorProcess) -> dict[str, Any]:
    return {
        "project_id": PROJECT_ID,
        "key_id": KEY_ID,
        "key_secret": KEY_SECRET,
        "base_url": emu.base_url,
        "auth_url": emu.auth_url,
    }


def _check(status: int, answer: Any) -> None:
    if status != 200 or not answer.get("message_id"):
        raise SendFailed(f"messages:send answered {status}: {answer!r}")


# -- 1. sync -----------------------------------------------------------------------------------


def sync_facade(emu: EmulatorProcess, app_id: str, count: int, warmup: int = 20) -> Sample:
    """The keyword path: every send passes the body's fields (checked before sending)."""
    from sinch_conversation import ConversationClient

    fields = send_payload(app_id)
    with ConversationClient(**_client_settings(emu)) as client:
        send = client.messages.send_message

        def run(n: int) -> None:
            for _ in range(n):
                if not send(**fields).message_id:
                    raise SendFailed("no message_id")

        run(warmup)
        return _timed(count, lambda: run(count), warmup)


def sync_httpx(emu: EmulatorProcess, app_id: str, count: int, warmup: int = 20) -> Sample:
    import httpx

    payload = send_payload(app_id)
    headers = {"Authorization": f"Bearer {emu.token()}"}
    url = emu.send_url
    with httpx.Client(headers=headers) as client:
        post = client.post

        def run(n: int) -> None:
            for _ in range(n):
                response = post(url, json=payload)
                _check(response.status_code, response.json())

        run(warmup)
        return _timed(count, lambda: run(count), warmup)


# -- 2. async bulk -----------------------------------------------------------------------------


def async_facade(emu: EmulatorProcess, app_id: str, count: int, concurrency: int) -> Sample:
    from sinch_conversation import AsyncConversationClient

    fields = send_payload(app_id)

    async def main() -> Sample:
        async with AsyncConversationClient(**_client_settings(emu)) as client:
            send_message = client.messages.send_message

            async def send() -> None:
                if not (await send_message(**fields)).message_id:
                    raise SendFailed("no message_id")

            await _in_flight(concurrency, concurrency, send)
            return await _timed_async(
                count, lambda: _in_flight(count, concurrency, send), concurrency
            )

    return asyncio.run(main())


def async_aiohttp(emu: EmulatorProcess, app_id: str, count: int, concurrency: int) -> Sample:
    import aiohttp

    payload = send_payload(app_id)
    headers = {"Authorization": f"Bearer {emu.token()}"}
    url = emu.send_url

    async def main() -> Sample:
        connector = aiohttp.TCPConnector(limit=max(100, concurrency))
        async with aiohttp.ClientSession(connector=connector, headers=headers) as session:
            post = session.post

            async def send() -> None:
                async with post(url, json=payload) as response:
                    _check(response.status, await response.json())

            await _in_flight(concurrency, concurrency, send)
            return await _timed_async(
                count, lambda: _in_flight(count, concurrency, send), concurrency
            )

    return asyncio.run(main())


def async_httpx(emu: EmulatorProcess, app_id: str, count: int, concurrency: int) -> Sample:
    import httpx

    payload = send_payload(app_id)
    headers = {"Authorization": f"Bearer {emu.token()}"}
    url = emu.send_url
    limits = httpx.Limits(
        max_connections=max(100, concurrency), max_keepalive_connections=max(100, concurrency)
    )

    async def main() -> Sample:
        async with httpx.AsyncClient(headers=headers, limits=limits) as client:
            post = client.post

            async def send() -> None:
                response = await post(url, json=payload)
                _check(response.status_code, response.json())

            await _in_flight(concurrency, concurrency, send)
            return await _timed_async(
                count, lambda: _in_flight(count, concurrency, send), concurrency
            )

    return asyncio.run(main())


# -- 3. the official Sinch SDK -----------------------------------------------------------------


def sdk_client(emu: EmulatorProcess) -> Any:
    """A ``sinch.SinchClient`` pointed at the emulator.

    The SDK builds the Conversation origin from ``configuration.conversation_domain`` (a
    template, ``https://{}.conversation.api.sinch.com`` by default) and the region, and posts
    ``{auth_origin}/oauth2/token`` for its OAuth2 token; both are plain settable attributes.
    """
    from sinch import SinchClient

    client = SinchClient(
        project_id=PROJECT_ID, key_id=KEY_ID, key_secret=KEY_SECRET, conversation_region="us"
    )
    client.configuration.conversation_domain = emu.url + "/{}"
    client.configuration.auth_origin = emu.url
    return client


def _sdk_sender(client: Any, app_id: str) -> Callable[[], None]:
    send_text = client.conversation.messages.send_text_message
    identities = [{"channel": "SMS", "identity": IDENTITY}]

    def send() -> None:
        if not send_text(app_id=app_id, text=TEXT, recipient_identities=identities).message_id:
            raise SendFailed("no message_id")

    return send


def sdk_sync(emu: EmulatorProcess, app_id: str, count: int, warmup: int = 20) -> Sample:
    send = _sdk_sender(sdk_client(emu), app_id)

    def run(n: int) -> None:
        for _ in range(n):
            send()

    run(warmup)
    return _timed(count, lambda: run(count), warmup)


def sdk_threads(emu: EmulatorProcess, app_id: str, count: int, threads: int) -> Sample:
    """The SDK has no async client; its way to more messages per second is threads."""
    send = _sdk_sender(sdk_client(emu), app_id)

    with ThreadPoolExecutor(threads) as pool:

        def run(n: int) -> None:
            for future in [pool.submit(send) for _ in range(n)]:
                future.result()

        run(threads * 4)
        return _timed(count, lambda: run(count), threads * 4)
