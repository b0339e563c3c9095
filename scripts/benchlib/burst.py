"""A burst above the project rate limit: N distinct sends, C in flight, from an
``AsyncConversationClient`` with every setting at its default, against an emulator process
at its default 800 requests/s. Counted afterwards from the emulator's own list: how many
sends were answered, stored, lost (stored nowhere) and stored twice, how many answers were
429, and the pace the client settled on."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

from .emulator import IDENTITY, KEY_ID, KEY_SECRET, PROJECT_ID, EmulatorProcess


def _text(i: int) -> str:
    return f"burst {i}"


async def _send_all(emu: EmulatorProcess, app_id: str, count: int, in_flight: int) -> dict:
    from sinch_conversation import AsyncConversationClient, models

    async with AsyncConversationClient(
        PROJECT_ID, KEY_ID, KEY_SECRET, base_url=emu.base_url, auth_url=emu.auth_url
    ) as client:
        gate = asyncio.Semaphore(in_flight)

        async def one(i: int) -> None:
            body = models.SendMessageRequest.from_dict(
                {
                    "app_id": app_id,
                    "recipient": {
                        "identified_by": {
                            "channel_identities": [{"channel": "SMS", "identity": IDENTITY}]
                        }
                    },
                    "message": {"text_message": {"text": _text(i)}},
                }
            )
            async with gate:
                await client.messages.send_message(body=body)

        started = time.perf_counter()
        results = await asyncio.gather(*(one(i) for i in range(count)), return_exceptions=True)
        seconds = time.perf_counter() - started
        pacer = client.transport.pacer  # type: ignore[union-attr]
        failures = Counter(type(r).__name__ for r in results if isinstance(r, BaseException))
        return {
            "seconds": seconds,
            "answered": count - sum(failures.values()),
            "failures": dict(failures),
            "throttled_answers": pacer.throttles if pacer else 0,
            "paced_at": pacer.rate if pacer else None,
        }


def _stored(emu: EmulatorProcess, app_id: str) -> Counter[str]:
    from sinch_conversation import ConversationClient

    with ConversationClient(
        PROJECT_ID, KEY_ID, KEY_SECRET, base_url=emu.base_url, auth_url=emu.auth_url
    ) as client:
        return Counter(
            m.app_message.text_message.text
            for m in client.paginate(client.messages.list_messages, app_id=app_id, page_size=1000)
            if m.app_message and m.app_message.text_message
        )


def measure(count: int, in_flight: int) -> dict[str, Any]:
    # extra arguments come last, so this overrides the bench's "--rate-limit off"
    with EmulatorProcess(extra_args=["--rate-limit", "800"]) as emu:
        app_id = emu.fresh_app()
        sent = asyncio.run(_send_all(emu, app_id, count, in_flight))
        stored = _stored(emu, app_id)
    expected = {_text(i) for i in range(count)}
    once = sum(1 for text in expected if stored.get(text) == 1)
    return {
        "describe": f"{count:,} sends, {in_flight:,} in flight, default client, limit 800/s",
        "count": count,
        "in_flight": in_flight,
        **sent,
        "rate": count / sent["seconds"],
        "stored": sum(stored[t] for t in expected),
        "lost": sum(1 for text in expected if text not in stored),
        "duplicates": sum(n - 1 for t, n in stored.items() if t in expected and n > 1),
        "ratios": {"stored once/sent": once / count},
    }
