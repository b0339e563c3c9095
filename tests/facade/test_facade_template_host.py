"""Template Management operations go to the template host; everything else to the
Conversation API host. Checked over loopback with two local servers standing in for the hosts."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Iterator

import pytest

from sinch_conversation import AsyncConversationClient, ConversationClient
from sinch_conversation.regions import HostRouter, region_urls


class HostServer:
    """A loopback HTTP server that answers ``{}`` to everything and records the paths."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                owner.paths.append(f"{self.command} {self.path}")
                body = json.dumps({}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hosts() -> Iterator[tuple[HostServer, HostServer]]:
    conversation, template = HostServer(), HostServer()
    yield conversation, template
    conversation.close()
    template.close()


def test_template_operations_reach_the_template_host(hosts):
    conversation, template = hosts
    with ConversationClient(
        "proj",
        "key",
        "secret",
        auth="basic",
        base_url=conversation.url,
        template_base_url=template.url,
    ) as client:
        client.templates_v2.list_templates()
        client.templates_v2.list_translations(template_id="t1", language_code="en-US")
        client.templates_v1.get_template(template_id="t2")
        client.contacts.list_contacts()
        client.events.list_events(contact_id="c1")
    assert template.paths == [
        "GET /v2/projects/proj/templates",
        "GET /v2/projects/proj/templates/t1/translations?language_code=en-US",
        "GET /v1/projects/proj/templates/t2",
    ]
    assert conversation.paths == [
        "GET /v1/projects/proj/contacts",
        "GET /v1/projects/proj/events?contact_id=c1",
    ]


def test_async_client_routes_the_same_way(hosts):
    conversation, template = hosts

    async def calls() -> None:
        async with AsyncConversationClient(
            "proj",
            "key",
            "secret",
            auth="basic",
            base_url=conversation.url,
            template_base_url=template.url,
        ) as client:
            await client.templates_v2.get_template(template_id="t1")
            await client.apps.list_apps()

    asyncio.run(calls())
    assert template.paths == ["GET /v2/projects/proj/templates/t1"]
    assert conversation.paths == ["GET /v1/projects/proj/apps"]


def test_template_base_url_from_env_fills_the_region(hosts):
    conversation, template = hosts
    env = {
        "SINCH_PROJECT_ID": "proj",
        "SINCH_KEY_ID": "key",
        "SINCH_KEY_SECRET": "secret",
        "SINCH_REGION": "eu",
        "SINCH_CONVERSATION_BASE_URL": conversation.url,
        "SINCH_TEMPLATE_BASE_URL": template.url + "/{region}",
    }
    with ConversationClient.from_env(env, auth="basic") as client:
        assert client.urls.template == template.url + "/eu"
        client.templates_v1.list_templates()
    assert template.paths == ["GET /eu/v1/projects/proj/templates"]
    assert conversation.paths == []


def test_one_overridden_base_url_takes_templates_too(hosts):
    """An emulator or proxy given as base_url answers both APIs unless told otherwise."""
    conversation, template = hosts
    with ConversationClient("proj", "key", "secret", auth="basic", base_url=conversation.url) as c:
        c.templates_v2.delete_template(template_id="t1")
    assert conversation.paths == ["DELETE /v2/projects/proj/templates/t1"]
    assert template.paths == []


@pytest.mark.parametrize("region", ["us", "eu", "br"])
def test_regional_template_host_by_default(region):
    with ConversationClient("p", "k", "s", region=region) as client:
        assert client.urls.template == region_urls(region).template
        assert client.hosts.url("/v2/projects/p/templates/t") == (
            f"https://{region}.template.api.sinch.com/v2/projects/p/templates/t"
        )
        assert client.hosts.url("/v1/projects/p/messages:send") == (
            f"https://{region}.conversation.api.sinch.com/v1/projects/p/messages:send"
        )


@pytest.mark.parametrize(
    ("path", "host"),
    [
        ("/v1/projects/p/templates", "template"),
        ("/v1/projects/p/templates/t", "template"),
        ("/v2/projects/p/templates/t/translations", "template"),
        ("/v1/projects/templates/contacts", "conversation"),  # a project named "templates"
        ("/v1/projects/p/contacts/templates", "conversation"),  # a contact named "templates"
        ("/v1/projects/p/templatesx", "conversation"),
    ],
)
def test_router_matches_template_paths_only(path, host):
    router = HostRouter("https://conversation", "https://template")
    assert router.url(path) == f"https://{host}{path}"
