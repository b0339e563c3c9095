"""Operations are derived from whatever the generated ``api`` package contains."""

import importlib
import inspect
import sys
import textwrap

import pytest
import sinch_conversation_client.api as generated_api

from sinch_conversation import OPERATIONS, ConversationClient
from sinch_conversation.client import discover_operations

MODULE = textwrap.dedent(
    '''
    def sync_detailed(project_id, {path}*, client, body=None, page_token=None):
        """{doc}"""
        return client.request(project_id, {path_args}body, page_token)

    def sync(project_id, {path}*, client, body=None, page_token=None):
        """{doc}"""
        return sync_detailed(project_id, {path_args}client=client, body=body).parsed

    async def asyncio_detailed(project_id, {path}*, client, body=None, page_token=None):
        return client.request(project_id, {path_args}body, page_token)
    '''
)


@pytest.fixture
def fake_api(tmp_path, monkeypatch):
    root = tmp_path / "fake_generated_api"
    layout = {
        "contact": ["contact_list_contacts", "contact_get_contact"],
        "opt_in_opt_out": ["opt_in_register_opt_in", "opt_in_register_opt_out"],
        "messages": ["messages_list_messages", "messages_update_message_metadata"],
        "conversation": ["conversation_list_messages", "messages_list_messages"],
        "templates": ["templates_v2_list_templates"],
    }
    for folder, modules in layout.items():
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
        for name in modules:
            path = "item_id, " if "get" in name else ""
            (root / folder / f"{name}.py").write_text(
                MODULE.format(path=path, path_args=path, doc=f"Doc of {name}.")
            )
    (root / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield importlib.import_module("fake_generated_api")
    for name in [m for m in sys.modules if m.startswith("fake_generated_api")]:
        del sys.modules[name]


def test_groups_and_names_follow_the_package(fake_api):
    ops = discover_operations(fake_api)
    assert set(ops) == {"contacts", "opt_in_opt_out", "messages", "conversations", "templates"}
    assert set(ops["contacts"]) == {"list_contacts", "get_contact"}
    assert set(ops["opt_in_opt_out"]) == {"register_opt_in", "register_opt_out"}
    assert set(ops["messages"]) == {"list_messages", "update_message_metadata"}
    # A module whose tag differs from its folder keeps a distinct name; a new folder appears.
    assert set(ops["conversations"]) == {"list_messages", "messages_list_messages"}
    assert set(ops["templates"]) == {"v2_list_templates"}
    info = ops["contacts"]["get_contact"]
    assert info.binds_project
    assert list(info.signature.parameters) == ["item_id", "body", "page_token"]
    assert info.doc == "Doc of contact_get_contact."
    assert ops["contacts"]["list_contacts"].paginated


def test_every_generated_module_is_reachable_on_both_clients():
    from sinch_conversation import AsyncConversationClient

    modules = set()
    for entry in __import__("pkgutil").walk_packages(
        generated_api.__path__, generated_api.__name__ + "."
    ):
        module = importlib.import_module(entry.name)
        if hasattr(module, "sync_detailed"):
            modules.add(module.__name__)
    exposed = {info.module.__name__ for ops in OPERATIONS.values() for info in ops.values()}
    assert exposed == modules and modules

    sync_client = ConversationClient("p", "k", "s")
    async_client = AsyncConversationClient("p", "k", "s")
    for group, ops in OPERATIONS.items():
        for name, info in ops.items():
            fn = getattr(getattr(sync_client, group), name)
            afn = getattr(getattr(async_client, group), name)
            assert "project_id" not in inspect.signature(fn).parameters
            assert "client" not in inspect.signature(fn).parameters
            assert inspect.iscoroutinefunction(afn) and not inspect.iscoroutinefunction(fn)
            assert fn.paginated == ("page_token" in inspect.signature(info.module.sync).parameters)


def test_expected_groups_exist():
    client = ConversationClient("p", "k", "s")
    for group in (
        "messages",
        "contacts",
        "apps",
        "conversations",
        "webhooks",
        "events",
        "capability",
        "transcoding",
        "opt_in_opt_out",
    ):
        assert group in OPERATIONS
        assert getattr(client, group)
    assert callable(client.messages.send_message)
    assert callable(client.contacts.list_contacts)
    assert "send_message" in dir(client.messages)
