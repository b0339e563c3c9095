"""The resources a run's success paths address.

Per-operation positive cases with random IDs mostly get a 404, so a success answer would be
checked about once per operation. At the start of a run the suite creates a small pool (an
app, contacts, a conversation, a message, a webhook, an event, v1 and v2 templates, project
settings, a consent record) and the positive cases draw their path parameters from it (a
schemathesis ``flatmap_path_parameters`` hook, :func:`install`), so every operation's 2xx
answer is checked by many generated cases. Against an external server the pool holds only
what this run created; in read-only mode, what the first page of each list shows.

The builders (``BODIES``) are also what the lifecycle tests create.
"""

from __future__ import annotations

import datetime
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from hypothesis import strategies as st

#: how often a positive case draws an ID from the pool (otherwise the generated value stays)
POOL_SHARE = 4  # of 5


def phone() -> str:
    return "+4670" + "".join(random.choice("0123456789") for _ in range(7))


def app_body() -> dict[str, Any]:
    return {
        "display_name": "contract pool",
        "processing_mode": "CONVERSATION",
        "channel_credentials": [
            {"channel": "SMS", "static_bearer": {"claimed_identity": "pool", "token": "token"}}
        ],
    }


def contact_body() -> dict[str, Any]:
    return {
        "channel_identities": [{"channel": "SMS", "identity": phone()}],
        "display_name": "pool contact",
        "email": "pool@example.com",
        "external_id": f"ext-{random.randrange(10**9)}",
        "metadata": "pool",
    }


def v1_template_body() -> dict[str, Any]:
    return {
        "description": "contract pool",
        "channel": "CONVERSATION",
        "default_translation": "en-US",
        "translations": [
            {
                "language_code": "en-US",
                "version": "1",
                "content": '{"text_message": {"text": "Hello"}}',
            }
        ],
    }


def v2_template_body() -> dict[str, Any]:
    return {
        "description": "contract pool",
        "default_translation": "en-US",
        "translations": [
            {
                "language_code": "en-US",
                "version": "1",
                "text_message": {"text": "Hello ${name}"},
                "variables": [{"key": "name", "preview_value": "Ada"}],
            }
        ],
    }


def now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat().replace("+00:00", "Z")


class PoolError(AssertionError):
    """The server refused to create a pool resource: a finding, with the answer."""


@dataclass
class Pool:
    """Path parameter name -> IDs; template IDs kept apart by API version."""

    ids: dict[str, list[str]] = field(default_factory=dict)
    identities: list[str] = field(default_factory=list)
    #: what the server refused to create (reported by test_lifecycle.py::test_pool)
    errors: list[str] = field(default_factory=list)
    #: on a server the run does not own: recipients are pool contacts (a recipient named by
    #: channel identity creates a contact the run could not tell from one it must not delete)
    owned_only: bool = False

    def add(self, name: str, value: Any) -> None:
        if isinstance(value, str) and value:
            self.ids.setdefault(name, []).append(value)

    def values(self, path: str, name: str) -> list[str]:
        if name == "template_id":
            return self.ids.get("v2:template_id" if path.startswith("/v2/") else name, [])
        if name == "destination_id":
            return self.ids.get("contact_id", [])
        if name == "identity":
            return self.identities
        return self.ids.get(name, [])

    def __bool__(self) -> bool:
        return bool(self.ids)


class Builder:
    """Creates resources on a target through ``client`` (which carries the auth)."""

    def __init__(self, client: httpx.Client, base_url: str, project_id: str) -> None:
        self.client = client
        self.v1 = f"{base_url}/v1/projects/{project_id}"
        self.v2 = f"{base_url}/v2/projects/{project_id}"

    def send(self, method: str, url: str, what: str, **kwargs: Any) -> httpx.Response:
        """One call, retried after a 429 as its Retry-After says (a 429 without one fails)."""
        for _ in range(5):
            response = self.client.request(method, url, **kwargs)
            if response.status_code != 429:
                break
            wait = response.headers.get("retry-after", "")
            if not wait.isdigit():
                raise PoolError(f"[retry_after_on_429] {what}: 429 with Retry-After {wait!r}")
            time.sleep(min(int(wait), 5))
        return response

    def post(self, url: str, body: dict[str, Any], what: str) -> dict[str, Any]:
        response = self.send("POST", url, f"creating {what}", json=body)
        if not 200 <= response.status_code < 300:
            raise PoolError(
                f"[valid_request_accepted] creating {what}: POST {url} answered "
                f"{response.status_code}\n{response.text[:500]}"
            )
        created = response.json() if response.content else {}
        self.read_back(url, body, created, what)
        return created

    def read_back(self, url: str, body: Any, created: Any, what: str) -> None:
        """What was created can be read: the item GET the spec names answers 200."""
        from contract_tests.spec_index import index_of
        from contract_tests.target import load_effective_spec

        index = index_of(load_effective_spec())
        path = "/" + url.split("/", 3)[-1].split("/", 1)[-1]  # drop scheme, host and region
        found = index.match("POST", path[path.index("/v") :]) if "/v" in path else None
        if found is None:
            return
        op, params = found
        item = index.created(op, 200, params, body, created)
        if item is None:
            return
        base = url[: url.index(path[path.index("/v") :])]
        read = self.send("GET", base + item[0].url(item[1]), f"reading {what}")
        if read.status_code != 200:
            raise PoolError(
                f"[read_after_write] created {what} ({item[0].operation_id} of "
                f"{item[1]}): the read answered {read.status_code}\n{read.text[:300]}"
            )

    def app(self) -> dict[str, Any]:
        return self.post(f"{self.v1}/apps", app_body(), "an app")

    def contact(self, body: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.post(f"{self.v1}/contacts", body or contact_body(), "a contact")

    def conversation(self, app_id: str, contact_id: str) -> dict[str, Any]:
        return self.post(
            f"{self.v1}/conversations",
            {"app_id": app_id, "contact_id": contact_id},
            "a conversation",
        )

    def message(self, app_id: str, contact_id: str) -> dict[str, Any]:
        body = {
            "app_id": app_id,
            "recipient": {"contact_id": contact_id},
            "message": {"text_message": {"text": "pool"}},
        }
        return self.post(f"{self.v1}/messages:send", body, "a message")

    def webhook(self, app_id: str) -> dict[str, Any]:
        body = {
            "app_id": app_id,
            "target": "http://127.0.0.1:9/callbacks",
            "triggers": ["MESSAGE_DELIVERY"],
        }
        return self.post(f"{self.v1}/webhooks", body, "a webhook")

    def event(self, app_id: str, contact_id: str) -> dict[str, Any]:
        body = {
            "app_id": app_id,
            "recipient": {"contact_id": contact_id},
            "event": {"composing_event": {}},
        }
        return self.post(f"{self.v1}/events:send", body, "an event")

    def v1_template(self) -> dict[str, Any]:
        return self.post(f"{self.v1}/templates", v1_template_body(), "a v1 template")

    def v2_template(self) -> dict[str, Any]:
        return self.post(f"{self.v2}/templates", v2_template_body(), "a v2 template")


def create(client: httpx.Client, base_url: str, project_id: str, contacts: int = 4) -> Pool:
    """Create the pool (what is created is recorded by the client's ledger hook). What the
    server refuses is kept in ``errors``; the rest of the pool is still built."""
    make = Builder(client, base_url, project_id)
    pool = Pool()

    def attempt(build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        try:
            return build()
        except PoolError as refused:
            pool.errors.append(str(refused))
            return {}

    app = attempt(make.app)
    pool.add("app_id", app.get("id"))
    people = [attempt(make.contact) for _ in range(contacts)]
    for person in people:
        pool.add("contact_id", person.get("id"))
        pool.identities += [i["identity"] for i in person.get("channel_identities") or []]
    app_id, contact_id = app.get("id"), next((p["id"] for p in people if p.get("id")), None)
    if app_id and contact_id:
        conversation = attempt(lambda: make.conversation(app_id, contact_id))
        pool.add("conversation_id", conversation.get("id"))
        message = attempt(lambda: make.message(app_id, contact_id))
        pool.add("message_id", message.get("message_id"))
        pool.add("event_id", attempt(lambda: make.event(app_id, contact_id)).get("event_id"))
        client.post(
            f"{make.v1}/optins:register",
            json={"app_id": app_id, "channels": ["SMS"], "recipient": {"contact_id": contact_id}},
        )
    if app_id:
        pool.add("webhook_id", attempt(lambda: make.webhook(app_id)).get("id"))
    pool.add("template_id", attempt(make.v1_template).get("id"))
    pool.add("v2:template_id", attempt(make.v2_template).get("id"))
    settings = {"contact_settings": {"unified_contact_id_enabled": False}}
    if client.get(f"{make.v1}/settings").status_code == 404:
        attempt(lambda: make.post(f"{make.v1}/settings", settings, "project settings"))
    return pool


LISTS = {  # path parameter -> (list path under /v1/projects/{p}, array key, item field)
    "app_id": ("/apps", "apps", "id"),
    "contact_id": ("/contacts", "contacts", "id"),
    "conversation_id": ("/conversations", "conversations", "id"),
    "message_id": ("/messages", "messages", "id"),
    "event_id": ("/events", "events", "id"),
    "template_id": ("/templates", "templates", "id"),
}


def read(client: httpx.Client, base_url: str, project_id: str) -> Pool:
    """Read-only mode: the IDs the first page of each list shows."""
    pool = Pool()
    for name, (path, key, item_field) in LISTS.items():
        response = client.get(f"{base_url}/v1/projects/{project_id}{path}")
        if response.status_code == 200:
            for item in (response.json().get(key) or [])[:10]:
                pool.add(name, item.get(item_field))
    return pool


def install(schema: Any, current: Callable[[], Pool | None]) -> None:
    """Positive cases of ``schema`` draw path parameters from ``current()`` (not for DELETE:
    the pool must outlive the run)."""

    @schema.hook
    def flatmap_path_parameters(context: Any, path_parameters: dict[str, Any]) -> Any:
        pool = current()
        operation = context.operation
        if not pool or operation is None or operation.method.upper() == "DELETE":
            return st.just(path_parameters)
        drawn = {
            name: st.sampled_from(values)
            for name in path_parameters
            if (values := pool.values(operation.path, name))
        }
        if not drawn:
            return st.just(path_parameters)
        from_pool = st.fixed_dictionaries(drawn).map(lambda ids: {**path_parameters, **ids})
        return st.integers(0, POOL_SHARE).flatmap(
            lambda n: from_pool if n < POOL_SHARE else st.just(path_parameters)
        )

    @schema.hook
    def map_body(context: Any, body: Any) -> Any:
        """IDs in request bodies (``app_id``, ``recipient.contact_id``...) from the pool too,
        mostly: a generated value is kept when its hash says so (one in POOL_SHARE + 1)."""
        pool = current()
        operation = context.operation
        if not pool or operation is None:
            return body
        return _with_pool_ids(body, pool, operation.path)


def _with_pool_ids(value: Any, pool: Pool, path: str) -> Any:
    if isinstance(value, list):
        return [_with_pool_ids(item, pool, path) for item in value]
    if not isinstance(value, dict):
        return value
    changed: dict[str, Any] = {}
    for key, item in value.items():
        if key == "recipient" and pool.owned_only and pool.ids.get("contact_id"):
            changed[key] = {"contact_id": pool.ids["contact_id"][0]}
            continue
        ids = pool.values(path, key) if key.endswith("_id") else []
        if ids and isinstance(item, str) and hash(item) % (POOL_SHARE + 1):
            changed[key] = ids[hash(item) % len(ids)]
        else:
            changed[key] = _with_pool_ids(item, pool, path)
    return changed
