"""What writes did: each resource kind created, read, listed, updated and deleted.

Each step is a schemathesis case validated by every per-answer check and by the checks of
what a write did (:mod:`contract_tests.checks`), here without their per-run probe limit:
a create is read back and found in its list, an update is read back (with ``update_mask``,
fields outside the mask stay as they were), the same PATCH or DELETE again is harmless, a
delete leaves a 404 and a list without the resource. Every list that pages is paged one item
at a time to its end; real request payloads (``../shared/fixtures/``) are accepted.

Against an external server these tests create, change and delete only their own resources
(``CONTRACT_ALLOW_WRITES=1``); read-only they are skipped.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import schemathesis

from contract_tests import checks
from contract_tests.plugin import POSITIVE_CHECKS, contract_schema
from contract_tests.pool import Builder, Pool, contact_body, v2_template_body
from contract_tests.spec_index import SpecIndex, index_of
from contract_tests.target import ROOT, Target, send

FIXTURES = (ROOT / ".." / "shared" / "fixtures" / "conversation").resolve()
SCHEMA = contract_schema(schemathesis.GenerationMode.POSITIVE, hooks=False)
INDEX: SpecIndex = index_of(SCHEMA.raw_schema)
P = "/v1/projects/{project_id}"
LIFECYCLE_CHECKS = [*POSITIVE_CHECKS, *checks.ALL]


class Steps:
    """Sends cases through the suite's client and validates each answer with every check."""

    def __init__(self, client: httpx.Client, target: Target, record: Any) -> None:
        self.client = client
        self.target = target
        self.record = record

    def __call__(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None = None,
        body: Any = None,
        query: dict[str, Any] | None = None,
        expect: Callable[[int], bool] = lambda status: 200 <= status < 300,
    ) -> httpx.Response:
        operation = SCHEMA[path][method]
        kwargs: dict[str, Any] = {
            "path_parameters": {"project_id": self.target.project_id, **(params or {})},
            "query": query or {},
        }
        if body is not None:
            kwargs["body"] = body
            kwargs["media_type"] = "application/json"
        case = operation.Case(**kwargs)
        self.record()
        response = send(self.client, case, self.target.base_url)
        op_id = operation.definition.raw.get("operationId", operation.label)
        with checks.thorough():
            case.validate_response(
                response,
                checks=LIFECYCLE_CHECKS,
                transport_kwargs={"base_url": self.target.base_url},
            )
        assert expect(response.status_code), (
            f"[valid_request_accepted] {method} {op_id} answered {response.status_code}: "
            f"{response.text[:500]}\n{case.as_curl_command(base_url=self.target.base_url)}"
        )
        return response


@pytest.fixture
def steps(client, target, count_case) -> Iterator[Steps]:
    if not target.allow_writes:
        pytest.skip("the lifecycle tests create resources: set CONTRACT_ALLOW_WRITES=1")
    yield Steps(client, target, count_case)


@pytest.fixture
def make(client, target) -> Builder:
    return Builder(client, target.base_url, target.project_id)


@dataclass
class Kind:
    """One resource kind: how to create it, its item path, the updates to try."""

    name: str
    collection: str
    item: str
    create: Callable[[Pool], dict[str, Any]]
    id_field: str = "id"
    create_path: str = ""
    updates: list[dict[str, Any]] = field(default_factory=list)
    update_method: str = "PATCH"
    #: (body, update_mask): a field outside the mask must keep its value
    masked: tuple[dict[str, Any], str] | None = None
    #: a list elsewhere than the collection (path, array key, the created field naming it)
    listed_under: tuple[str, str, str] | None = None


KINDS = [
    Kind(
        "contacts",
        f"{P}/contacts",
        f"{P}/contacts/{{contact_id}}",
        lambda pool: contact_body(),
        updates=[{"display_name": "renamed", "email": "renamed@example.com", "language": "EN_US"}],
        masked=({"display_name": "masked", "metadata": "not in the mask"}, "display_name"),
    ),
    Kind(
        "apps",
        f"{P}/apps",
        f"{P}/apps/{{app_id}}",
        lambda pool: {"display_name": "lifecycle", "channel_credentials": []},
        # the created app is DISPATCH (the default): the update and the mask change it
        updates=[{"display_name": "renamed", "processing_mode": "CONVERSATION"}],
        masked=({"display_name": "masked", "processing_mode": "DISPATCH"}, "display_name"),
    ),
    Kind(
        "conversations",
        f"{P}/conversations",
        f"{P}/conversations/{{conversation_id}}",
        lambda pool: {"app_id": pool.ids["app_id"][0], "contact_id": pool.ids["contact_id"][-1]},
        updates=[{"metadata": "vip"}],
    ),
    Kind(
        "webhooks",
        f"{P}/webhooks",
        f"{P}/webhooks/{{webhook_id}}",
        lambda pool: {
            "app_id": pool.ids["app_id"][0],
            "target": "http://127.0.0.1:9/lifecycle",
            "triggers": ["MESSAGE_DELIVERY", "EVENT_DELIVERY"],
        },
        updates=[{"target": "http://127.0.0.1:9/renamed", "triggers": ["MESSAGE_INBOUND"]}],
        listed_under=(f"{P}/apps/{{app_id}}/webhooks", "webhooks", "app_id"),
    ),
    Kind(
        "messages",
        f"{P}/messages",
        f"{P}/messages/{{message_id}}",
        lambda pool: {
            "app_id": pool.ids["app_id"][0],
            "recipient": {"contact_id": pool.ids["contact_id"][0]},
            "message": {"text_message": {"text": "lifecycle"}},
        },
        id_field="message_id",
        create_path=f"{P}/messages:send",
        updates=[{"metadata": "tagged"}],
    ),
    Kind(
        "events",
        f"{P}/events",
        f"{P}/events/{{event_id}}",
        lambda pool: {
            "app_id": pool.ids["app_id"][0],
            "recipient": {"contact_id": pool.ids["contact_id"][0]},
            "event": {"composing_event": {}},
        },
        id_field="event_id",
        create_path=f"{P}/events:send",
    ),
    Kind(
        "templates-v1",
        f"{P}/templates",
        f"{P}/templates/{{template_id}}",
        lambda pool: {
            "description": "lifecycle",
            "channel": "CONVERSATION",
            "default_translation": "en-US",
            "translations": [
                {"language_code": "en-US", "version": "1", "content": '{"text_message": {}}'}
            ],
        },
        masked=({"description": "masked", "default_translation": "sv-SE"}, "description"),
    ),
    Kind(
        "templates-v2",
        "/v2/projects/{project_id}/templates",
        "/v2/projects/{project_id}/templates/{template_id}",
        lambda pool: v2_template_body(),
    ),
]


def test_pool(steps: Steps, pool: Pool) -> None:
    """The run's pool was created: every create of a known-valid resource was accepted."""
    assert not pool.errors, "\n".join(pool.errors)


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_lifecycle(kind: Kind, steps: Steps, pool: Pool) -> None:
    created = steps("POST", kind.create_path or kind.collection, body=kind.create(pool)).json()
    ids = {item_parameter(kind): created[kind.id_field]}
    current = steps("GET", kind.item, ids).json()
    for update in kind.updates:
        steps(kind.update_method, kind.item, ids, body=update)
    if kind.name == "templates-v2":
        replaced = {**v2_template_body(), "description": "replaced", "version": current["version"]}
        steps("PUT", kind.item, ids, body=replaced)
    if kind.masked is not None:
        body, mask = kind.masked
        before = steps("GET", kind.item, ids).json()
        steps("PATCH", kind.item, ids, body=body, query={"update_mask": mask})
        after = steps("GET", kind.item, ids).json()
        changed = {
            key: (before.get(key), after.get(key))
            for key in body
            if key != mask and before.get(key) != after.get(key)
        }
        assert not changed, (
            f"[update_mask_honoured] PATCH {kind.item} with update_mask={mask} also changed "
            f"(before, after): {changed}"
        )
    steps("DELETE", kind.item, ids)
    if kind.listed_under is not None:
        path, key, name = kind.listed_under
        listed = steps("GET", path, {name: created[name]}).json().get(key) or []
        left = [item for item in listed if item.get("id") == ids[item_parameter(kind)]]
        assert not left, f"[delete_deletes] {path} still lists the deleted {kind.name}: {left}"


def item_parameter(kind: Kind) -> str:
    return INDEX.by_label[f"GET {kind.item}"].path_names[-1]


def test_project_settings(steps: Steps) -> None:
    path = f"{P}/settings"
    steps("DELETE", path, expect=lambda status: status in (200, 404))
    body = {"contact_settings": {"unified_contact_id_enabled": False}}
    steps("POST", path, body=body)
    steps("GET", path)
    steps("PATCH", path, body={"contact_settings": {"unified_contact_id_enabled": True}})
    shown = steps("GET", path).json()
    enabled = (
        shown.get("settings", {}).get("contact_settings", {}).get("unified_contact_id_enabled")
    )
    assert enabled is True, f"[read_after_write] PATCH settings not shown by GET: {shown}"
    steps("DELETE", path)
    steps("GET", path, expect=lambda status: status == 404)


def fill(path: str, pool: Pool) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Path parameters and required query parameters of ``GET path``, from the pool."""
    op = INDEX.by_label[f"GET {path}"]
    params: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for parameter in op.parameters:
        name = parameter["name"]
        if name == "project_id" or parameter["in"] not in ("path", "query"):
            continue
        if parameter["in"] == "query" and not parameter.get("required"):
            continue
        values = pool.values(path, name) or INDEX.deref(parameter.get("schema", {})).get("enum")
        if not values:
            return None
        (params if parameter["in"] == "path" else query)[name] = values[0]
    return params, query


PAGED = [op.path for op in INDEX if op.method == "get" and INDEX.pages(op)]


@pytest.mark.parametrize("path", PAGED)
def test_paging(path: str, steps: Steps, pool: Pool) -> None:
    """One item a page, to the end: no token twice, no item twice, never more than asked."""
    found = fill(path, pool)
    if found is None:
        pytest.skip(f"the pool has nothing to fill {path}")
    params, query = found
    steps("GET", path, params, query={**query, "page_size": 1})


def test_another_project_is_refused(steps: Steps, pool: Pool) -> None:
    """Every readable list of the project, asked for under another project's ID."""
    for op in INDEX:
        if op.method == "get" and not op.path.endswith("}") and INDEX.items_key(op):
            found = fill(op.path, pool)
            if found is not None:
                steps("GET", op.path, found[0], query=found[1])


# --- real payloads are accepted --------------------------------------------------------


def fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text())


def contact_fixture(pool: Pool) -> dict[str, Any]:
    body = fixture("v1/contacts/ContactCreateRequestDto.json")
    for identity in body["channel_identities"]:
        identity["identity"] = contact_body()["channel_identities"][0]["identity"]
        if "app_id" in identity:
            identity["app_id"] = pool.ids["app_id"][0]
    return body


PAYLOADS: list[tuple[str, str, Callable[[Pool], dict[str, Any]]]] = [
    ("POST", f"{P}/contacts", contact_fixture),
    ("POST", f"{P}/apps", lambda pool: fixture("v1/apps/AppCreateRequestDto.json")),
    (
        "POST",
        "/v2/projects/{project_id}/templates",
        lambda pool: fixture("templates/v2/request/TemplateV2RequestDto.json"),
    ),
    (
        "POST",
        f"{P}/messages:fetch-last-message",
        lambda pool: {
            **fixture("v1/messages/request/ListLastMessagesByChannelIdentityRequestDto.json"),
            "app_id": pool.ids["app_id"][0],
            "page_token": "",  # the fixture's token is another server's
        },
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "build"), PAYLOADS, ids=[f"{m} {p}" for m, p, _ in PAYLOADS]
)
def test_real_payloads_are_accepted(method, path, build, steps: Steps, pool: Pool) -> None:
    """What the official SDKs send (their test fixtures) is a valid request: 2xx."""
    body = build(copy.deepcopy(pool))
    steps(method, path, body=body)
