"""The clients' operation groups are generated from the generated package, one typed method
per endpoint module, and stay in step with it."""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
import shutil
import textwrap
from pathlib import Path

import pytest
import sinch_conversation_batch_client.api as generated_batch_api
import sinch_conversation_client.api as generated_api

from scripts import facade, facade_params
from sinch_conversation import GROUPS, OPERATIONS, AsyncConversationClient, ConversationClient
from sinch_conversation._resource import AsyncResource, SyncResource

GENERATED = Path(generated_api.__file__).parent.parent


def generated_modules() -> set[str]:
    found = set()
    for api in (generated_api, generated_batch_api):  # the Batch API has a package of its own
        for entry in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
            if hasattr(importlib.import_module(entry.name), "sync_detailed"):
                found.add(entry.name)
    return found


def test_every_generated_module_is_one_method_on_both_clients():
    exposed = {module for ops in OPERATIONS.values() for module in ops.values()}
    assert exposed == generated_modules() and exposed
    sync_client = ConversationClient("p", "k", "s")
    async_client = AsyncConversationClient("p", "k", "s")
    assert sync_client.groups == GROUPS == tuple(OPERATIONS)
    for group, ops in OPERATIONS.items():
        assert isinstance(getattr(sync_client, group), SyncResource)
        assert isinstance(getattr(async_client, group), AsyncResource)
        for name, module_name in ops.items():
            module = importlib.import_module(module_name)
            method = getattr(getattr(sync_client, group), name)
            amethod = getattr(getattr(async_client, group), name)
            assert inspect.iscoroutinefunction(amethod) and not inspect.iscoroutinefunction(method)
            want = [
                (p.name, p.kind, p.default)
                for p in inspect.signature(module.sync).parameters.values()
                if p.name not in ("project_id", "client", "body")
            ]
            for candidate in (method, amethod):
                params = inspect.signature(candidate).parameters
                have = [
                    (p.name, p.kind, p.default)
                    for p in params.values()
                    if p.name in {w[0] for w in want}
                ]
                assert have == want, f"{group}.{name}"
                # the rest: a JSON body's fields, keyword-only, then body= (a model) last
                extra = [p for p in params.values() if p.name not in {w[0] for w in want}]
                if "body" in inspect.signature(module.sync).parameters:
                    assert extra and extra[-1].name == "body" and extra[-1].default is None
                assert all(p.kind is p.KEYWORD_ONLY for p in extra), f"{group}.{name}"


def test_methods_return_the_success_model_and_their_docstrings_match_the_facade():
    send = type(ConversationClient("p", "k", "s").messages).send_message
    assert inspect.signature(send).return_annotation == "SendMessageResponse"
    delete = type(ConversationClient("p", "k", "s").apps).delete_app
    assert inspect.signature(delete).return_annotation == "None"
    for group, ops in OPERATIONS.items():
        cls = type(getattr(ConversationClient("p", "k", "s"), group))
        for name in ops:
            doc = inspect.getdoc(getattr(cls, name)) or ""
            assert "project_id" not in doc and "UnexpectedStatus" not in doc, f"{group}.{name}"
            assert "httpx.TimeoutException" not in doc and "ErrorResponse" not in doc
            assert "APIError" in doc


def test_groups_are_declared_properties_not_instance_attributes():
    client = ConversationClient("p", "k", "s")
    for group in GROUPS:
        for cls in (ConversationClient, AsyncConversationClient):
            assert isinstance(inspect.getattr_static(cls, group), functools.cached_property)
        assert getattr(client, group) is getattr(client, group)  # created once


ENDPOINT = textwrap.dedent(
    '''
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.item_list import ItemList
    from ...types import UNSET, Response, Unset


    def _get_kwargs(project_id: str, {path}*, page_token: str | Unset = UNSET) -> dict:
        return {{"method": "get", "url": "/v1/projects/{{project_id}}/{name}".format(project_id=project_id)}}


    def sync_detailed(project_id: str, {path}*, client: AuthenticatedClient | Client, page_token: str | Unset = UNSET) -> Response[ErrorResponse | ItemList]:
        raise NotImplementedError


    def sync(project_id: str, {path}*, client: AuthenticatedClient | Client, page_token: str | Unset = UNSET) -> ErrorResponse | ItemList | None:
        """Doc of {name}.

        Args:
            project_id (str):
            page_token (str | Unset): where to go on.

        Raises:
            errors.UnexpectedStatus: never mind.

        Returns:
            ErrorResponse | ItemList
        """
        raise NotImplementedError


    async def asyncio_detailed(project_id: str, {path}*, client: AuthenticatedClient | Client, page_token: str | Unset = UNSET) -> Response[ErrorResponse | ItemList]:
        raise NotImplementedError
    '''
)


ITEM_LIST = textwrap.dedent(
    """
    from attrs import define


    @define
    class ItemList:
        items: list[str] | Unset = UNSET
        next_page_token: str | Unset = UNSET

        def to_dict(self):
            field_dict = {}
            if items is not UNSET:
                field_dict["items"] = items
            if next_page_token is not UNSET:
                field_dict["next_page_token"] = next_page_token
            return field_dict
    """
)


def test_a_new_tag_or_operation_appears_with_names_from_the_folder(tmp_path):
    package = tmp_path / "sinch_conversation_client"
    (package / "models").mkdir(parents=True)
    (package / "models" / "item_list.py").write_text(ITEM_LIST.replace("list[str]", "list[Item]"))
    (package / "models" / "item.py").write_text("class Item:\n    pass\n")
    layout = {
        "contact": ["contact_list_contacts", "contact_get_contact"],
        "opt_in_opt_out": ["opt_in_register_opt_in", "opt_in_register_opt_out"],
        "conversation": ["conversation_list_messages", "messages_list_messages"],
        "templates_v2": ["templates_v2_list_templates", "template_v2_get_template"],
        "close": ["close_it"],
    }
    for folder, modules in layout.items():
        (package / "api" / folder).mkdir(parents=True)
        (package / "api" / folder / "__init__.py").write_text("")
        for name in modules:
            path = "item_id: str, " if "get" in name else ""
            (package / "api" / folder / f"{name}.py").write_text(
                ENDPOINT.format(path=path, name=name)
            )
    models = facade.read_models(package)
    groups = {g.name: g for g in facade.describe(package, facade.load_config(), models)}
    assert set(groups) == {"contacts", "opt_in_opt_out", "conversations", "templates_v2", "close_"}
    ops = {name: {op.name: op for op in g.operations} for name, g in groups.items()}
    assert set(ops["contacts"]) == {"list_contacts", "get_contact"}
    assert set(ops["opt_in_opt_out"]) == {"register_opt_in", "register_opt_out"}
    # a module whose tag differs from its folder keeps a distinct name
    assert set(ops["conversations"]) == {"list_messages", "messages_list_messages"}
    assert set(ops["templates_v2"]) == {"list_templates", "get_template"}
    get = ops["contacts"]["get_contact"]
    assert [(p.name, p.positional) for p in get.parameters] == [
        ("item_id", True),
        ("page_token", False),
    ]
    assert get.returns == "ItemList" and get.paginated and get.binds_project
    assert get.items == ("items", "Item") and (get.method, get.path) == (
        "GET",
        "/v1/projects/{project_id}/contact_get_contact",
    )
    files = facade.render(list(groups.values()), "sinch_conversation_client", models)
    source = files[facade.OUTPUT / "templates_v2.py"]
    tree = ast.parse(source)
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    assert set(classes) == {
        "TemplatesV2",
        "AsyncTemplatesV2",
        "TemplatesV2WithRawResponse",
        "AsyncTemplatesV2WithRawResponse",
    }
    methods = {n.name: n for n in classes["TemplatesV2"].body if isinstance(n, ast.FunctionDef)}
    assert set(methods) == {"get_template", "list_templates", "with_raw_response"}
    method = methods["list_templates"]
    doc = ast.get_docstring(method) or ""
    assert "Doc of templates_v2_list_templates." in doc and "project_id" not in doc
    assert "UnexpectedStatus" not in doc
    init = files[facade.OUTPUT / "__init__.py"]
    assert "def templates_v2(self) -> TemplatesV2:" in init
    assert "def close_(self) -> AsyncClose:" in init


def test_a_folder_the_facade_cannot_read_fails_loudly(tmp_path):
    package = tmp_path / "sinch_conversation_client"
    shutil.copytree(GENERATED / "api" / "capability", package / "api" / "capability")
    broken = next((package / "api" / "capability").glob("capability_*.py"))
    broken.write_text(broken.read_text().replace("def sync(", "def sync_renamed("))
    with pytest.raises(facade.FacadeError, match="lacks sync"):
        facade.describe(package, facade.load_config(), facade.read_models(GENERATED))


def _models(*wires: str) -> facade_params.Models:
    str_type = ast.parse("str", mode="eval").body
    fields = [facade_params.Field(w, w, str_type, False) for w in wires]
    return facade_params.Models({"Body": facade_params.Model("Body", "body", fields)}, {})


def test_the_one_rule_for_body_field_names_and_the_collisions_it_cannot_resolve():
    fields = facade.body_fields("Body", {"message_id"}, _models("from", "message_id", "text"), "op")
    assert [(f.name, f.wire) for f in fields] == [
        ("from_", "from"),  # a Python keyword
        ("message_id_", "message_id"),  # a path or query parameter of the operation
        ("text", "text"),
    ]
    with pytest.raises(facade.FacadeError, match="message_id"):
        facade.body_fields("Body", {"message_id"}, _models("message_id", "message_id_"), "op")
    with pytest.raises(facade.FacadeError, match="no identifier"):
        facade.body_fields("Body", set(), _models("bad-key"), "op")
    with pytest.raises(facade.FacadeError):
        facade.body_fields("Body", {"body"}, _models("body", "body_"), "op")


def test_a_model_two_generated_packages_define_differently_stops_the_pipeline():
    conversation, batch = _models("text"), _models("text", "extra")
    conversation.packages, batch.packages = {"Body": "one"}, {"Body": "two"}
    with pytest.raises(facade_params.ModelError, match="Body differs between one and two"):
        conversation.merge(batch)
    same = _models("text")
    same.packages = {"Body": "two"}
    conversation.merge(same)  # the same shape: known once, from the first package
    assert conversation.packages == {"Body": "one"}
