"""A default async client delivers every send of a burst above the project rate limit: the
emulator answers 429 past its limit, the client retries on its rate-limit budget and paces
itself, and nothing is lost or sent twice. (The 8,000-send figure is in make bench.)"""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import pytest
from emulator_process import EmulatorProcess

from sinch_conversation import AsyncConversationClient, ConversationClient

from .test_facade_client import create_app, text_message


async def burst(emu, app_id: str, sends: int, in_flight: int) -> tuple[int, list[BaseException]]:
    async with AsyncConversationClient(  # every setting at its default
        emu.project_id,
        emu.key_id,
        emu.key_secret,
        base_url=emu.base_url_template,
        auth_url=emu.auth_url,
    ) as client:
        gate = asyncio.Semaphore(in_flight)

        async def one(i: int) -> None:
            async with gate:
                await client.messages.send_message(
                    **text_message(client, app_id, "46799", text=f"burst {i}")
                )

        results = await asyncio.gather(*(one(i) for i in range(sends)), return_exceptions=True)
        throttles = client.transport.pacer.throttles  # type: ignore[union-attr]
        return throttles, [r for r in results if isinstance(r, BaseException)]


@pytest.mark.parametrize(
    ("limit", "sends", "in_flight"),
    [
        # the documented default: whether the client outruns 800/s depends on the machine
        (None, 2_000, 500),
        # a limit any machine outruns, so the 429 path is certainly taken
        ("200", 1_000, 250),
    ],
)
def test_default_async_client_loses_nothing_in_a_burst(limit, sends, in_flight):
    with (
        EmulatorProcess(*(["--rate-limit", limit] if limit else [])) as emu,
        ConversationClient(
            emu.project_id,
            emu.key_id,
            emu.key_secret,
            base_url=emu.base_url_template,
            auth_url=emu.auth_url,
        ) as setup,
    ):
        app = create_app(setup)
        started = time.monotonic()
        throttles, errors = asyncio.run(burst(emu, app.id, sends, in_flight))
        took = time.monotonic() - started
        texts = Counter(
            m.app_message.text_message.text
            for m in setup.paginate(setup.messages.list_messages, app_id=app.id, page_size=1000)
        )
    print(
        f"\nburst: {sends} sends, {in_flight} in flight, limit {limit or 800}/s: {took:.1f}s, "
        f"{throttles} answered 429, {len(errors)} lost, {sends - len(texts)} missing"
    )
    assert errors == [], errors[:3]  # every send answered 200
    assert len(texts) == sends and max(texts.values()) == 1  # all stored, none twice
    assert set(texts) == {f"burst {i}" for i in range(sends)}
    if limit:
        assert throttles > 0
