"""The README examples run as written against the emulator, and a callback the emulator
signs and delivers passes the README's handler."""

import http.server
import pathlib
import queue
import re
import threading

import pytest

import sinch_conversation
from sinch_conversation import ConversationClient

from .test_facade_client import body_for

README = pathlib.Path(sinch_conversation.__file__).parent.parent / "README.md"


@pytest.fixture
def env(emu, monkeypatch):
    monkeypatch.setenv("SINCH_PROJECT_ID", emu.project_id)
    monkeypatch.setenv("SINCH_KEY_ID", emu.key_id)
    monkeypatch.setenv("SINCH_KEY_SECRET", emu.key_secret)
    monkeypatch.setenv("SINCH_REGION", "us")
    monkeypatch.setenv("SINCH_CONVERSATION_BASE_URL", emu.base_url_template)
    monkeypatch.setenv("SINCH_AUTH_URL", emu.auth_url)
    with ConversationClient.from_env() as client:
        app = client.apps.create_app(
            **body_for(
                client.apps.create_app,
                {
                    "display_name": "readme",
                    "processing_mode": "CONVERSATION",
                    "channel_credentials": [
                        {"channel": "SMS", "static_bearer": {"claimed_identity": "1", "token": "t"}}
                    ],
                },
            )
        )
    monkeypatch.setenv("SINCH_APP_ID", app.id)
    return app


def block(title):
    section = README.read_text().split(f"### {title}\n", 1)[1].split("\n#", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_readme_has_the_examples():
    assert [
        len(block(title))
        for title in ("Send a text message", "List every contact", "Verify a callback")
    ] == [1, 2, 1]


def test_send_example(env, capsys):
    exec(block("Send a text message")[0], {})
    assert capsys.readouterr().out.startswith("accepted ")


def test_pagination_examples(env, capsys):
    with ConversationClient.from_env() as client:
        create = client.contacts.create_contact
        contact = create(
            **body_for(
                create,
                {
                    "channel_identities": [{"channel": "SMS", "identity": "+46700004242"}],
                    "display_name": "readme-pagination",
                },
            )
        )
    sync_example, async_example = block("List every contact")
    exec(sync_example, {})
    sync_out = capsys.readouterr().out
    exec(async_example, {})
    async_out = capsys.readouterr().out
    assert f"{contact.id} readme-pagination" in sync_out
    assert contact.id in async_out.split()


class _Receiver(http.server.BaseHTTPRequestHandler):
    inbox: "queue.Queue[tuple[bytes, dict]]"

    def do_POST(self):
        raw = self.rfile.read(int(self.headers["content-length"]))
        self.inbox.put((raw, dict(self.headers.items())))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_webhook_example_with_a_real_callback(env, emu, capsys):
    inbox = queue.Queue()
    handler = type("Receiver", (_Receiver,), {"inbox": inbox})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with ConversationClient.from_env() as client:
            create = client.webhooks.create_webhook
            create(
                **body_for(
                    create,
                    {
                        "app_id": env.id,
                        "target": f"http://127.0.0.1:{server.server_address[1]}/callbacks",
                        "target_type": "HTTP",
                        "secret": "whsec-readme",
                        "triggers": ["MESSAGE_INBOUND"],
                    },
                )
            )
        emu.inbound(env.id, "SMS", "46700009999", text="hi from a contact")
        raw, headers = inbox.get(timeout=10)
    finally:
        server.shutdown()
        server.server_close()

    namespace = {}
    exec(block("Verify a callback")[0], namespace)
    handle = namespace["handle_callback"]
    assert handle(raw, headers, "whsec-readme") == 200
    assert "inbound: hi from a contact" in capsys.readouterr().out
    assert handle(raw, headers, "wrong-secret") == 401
    assert handle(raw.replace(b"hi from", b"hi frum"), headers, "whsec-readme") == 401


def test_options_and_raw_response_example(env, capsys):
    (example,) = block("Per-call options and raw answers")
    exec(example, {})
    assert re.fullmatch(r"200 application/json\S* True\n", capsys.readouterr().out)
