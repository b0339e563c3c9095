"""The README's batch example runs as written against the emulator (loopback HTTP)."""

from __future__ import annotations

from sinch_conversation import ConversationClient

from .test_facade_readme import block, env

__all__ = ["env"]  # the fixture, shared with the other README examples


def test_readme_has_the_batch_example():
    assert len(block("Send a batch")) == 1


def test_batch_example(env, emu, capsys):
    exec(block("Send a batch")[0], {})
    out = capsys.readouterr().out
    assert out.startswith("batch ") and out.strip().endswith("PROCESSED"), out
    batch_id = out.split()[1]
    with ConversationClient.from_env() as client:
        texts = sorted(
            m.app_message.text_message.text
            for m in client.messages.list_messages(app_id=env.id).messages
            if batch_id in str(m.metadata)
        )
    assert texts == ["Hi Ada, order A-17 has shipped", "Hi Alan, order B-4 has shipped"]
