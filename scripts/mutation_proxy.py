"""A proxy in front of the emulator that plants one server bug: the mutation harness' server.

``python -m scripts.mutation_proxy --port N`` starts an emulator (in-process, rate limit off)
and a proxy to it. The first path segment picks the planted bug (``KINDS``; ``none`` plants
nothing): ``http://127.0.0.1:N/<kind>/us`` is a Conversation API base URL and
``http://127.0.0.1:N/<kind>/oauth2/token`` its token URL. Each kind changes what the
emulator is asked or what it answers, the way a real server gets it wrong: schema, status,
content type, headers, the error envelope, validation both ways, authentication and
project isolation, what creates, reads, updates, deletes and lists do, paging,
idempotency, rate limiting and the template host. ``scripts/mutants.py`` runs the contract
suite against each.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import Response

API = re.compile(
    r"^/(?P<region>[a-z]+)(?P<api>/v[0-9]+/projects/(?P<project>[^/]+)(?P<rest>/.*)?)$"
)
ITEM = r"/[^/:]+$"
FAKE_ID = "01JZZZZZZZZZZZZZZZZZZZZZZZ"


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    content: bytes

    @property
    def json(self) -> Any:
        try:
            return json.loads(self.content) if self.content else None
        except ValueError:
            return None

    def with_json(self, body: Any, status: int | None = None) -> Answer:
        headers = {**self.headers, "content-type": "application/json"}
        return Answer(status or self.status, headers, json.dumps(body).encode())


def error(status: int, name: str, message: str, **headers: str) -> Answer:
    body = {"error": {"code": status, "message": message, "status": name, "details": []}}
    return Answer(
        status, {"content-type": "application/json", **headers}, json.dumps(body).encode()
    )


@dataclass
class Exchange:
    """One request through the proxy: what was asked, and the way to ask the emulator."""

    proxy: MutationProxy
    method: str
    path: str  # after the kind: /us/v1/projects/p/contacts
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    memory: dict[str, Any]
    raw_query: str = ""  # as sent (percent-encoded), forwarded when a kind keeps the query

    @property
    def api(self) -> str:
        """The API path (/v1/projects/p/...) or '' for the token and control endpoints."""
        found = API.match(self.path)
        return found.group("api") if found else ""

    @property
    def rest(self) -> str:
        """The path after /v1/projects/{project_id} ('' outside the API)."""
        found = API.match(self.path)
        return (found.group("rest") or "") if found else ""

    @property
    def json(self) -> Any:
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None

    def on(self, method: str, pattern: str) -> bool:
        return self.method == method and re.fullmatch(pattern, self.rest) is not None

    async def forward(
        self,
        method: str | None = None,
        path: str | None = None,
        query: list[tuple[str, str]] | None = None,
        body: Any = ...,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        content = self.body if body is ... else json.dumps(body).encode()
        return await self.proxy.send(
            method or self.method,
            path or self.path,
            self.raw_query if query is None else query,
            self.headers if headers is None else headers,
            content,
        )


Planted = Callable[[Exchange], Awaitable[Answer]]


@dataclass(frozen=True)
class Kind:
    name: str
    group: str
    description: str
    plant: Planted = field(repr=False)


KINDS: dict[str, Kind] = {}


def kind(name: str, group: str, description: str) -> Callable[[Planted], Planted]:
    def register(plant: Planted) -> Planted:
        KINDS[name] = Kind(name, group, description, plant)
        return plant

    return register


async def passthrough(x: Exchange) -> Answer:
    return await x.forward()


KINDS["none"] = Kind("none", "control", "no bug: the emulator as it is", passthrough)


def _answer_json(answer: Answer, change: Callable[[Any], Any]) -> Answer:
    body = answer.json
    if not 200 <= answer.status < 300 or body is None:
        return answer
    return answer.with_json(change(body))


def _set(body: Any, **values: Any) -> Any:
    if isinstance(body, dict):
        body.update(values)
    return body


# --- schema of success answers ------------------------------------------------------------


@kind("contact-get-wrong-type", "schema", "GET a contact: display_name is a number")
async def _contact_wrong_type(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("GET", r"/contacts" + ITEM):
        return _answer_json(answer, lambda b: _set(b, display_name=12345))
    return answer


@kind("conversation-get-null", "schema", "GET a conversation: app_id is an undocumented null")
async def _conversation_null(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("GET", r"/conversations" + ITEM):
        return _answer_json(answer, lambda b: _set(b, app_id=None))
    return answer


@kind("webhook-create-wrong-type", "schema", "create a webhook: triggers is a string")
async def _webhook_wrong_type(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("POST", r"/webhooks"):
        return _answer_json(answer, lambda b: _set(b, triggers="MESSAGE_DELIVERY"))
    return answer


@kind("app-get-missing-required", "schema", "GET an app: the required id is left out")
async def _app_missing(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("GET", r"/apps" + ITEM):
        return _answer_json(answer, lambda b: {k: v for k, v in b.items() if k != "id"})
    return answer


@kind("message-get-bad-enum", "schema", "GET a message: direction is a value the enum lacks")
async def _message_enum(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("GET", r"/messages" + ITEM):
        return _answer_json(answer, lambda b: _set(b, direction="SIDEWAYS"))
    return answer


@kind("list-item-wrong-type", "schema", "list contacts: each item's id is a number")
async def _list_item_type(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("GET", r"/contacts"):

        def change(body: Any) -> Any:
            for number, item in enumerate(body.get("contacts") or []):
                item["id"] = number
            return body

        return _answer_json(answer, change)
    return answer


@kind("event-get-wrong-type", "schema", "GET an event: accept_time is a number")
async def _event_type(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("GET", r"/events" + ITEM):
        return _answer_json(answer, lambda b: _set(b, accept_time=1700000000))
    return answer


# --- status -----------------------------------------------------------------------------


@kind("create-undocumented-status", "status", "create a contact: 201, which is not documented")
async def _create_201(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("POST", r"/contacts") and answer.status == 200:
        answer.status = 201
    return answer


@kind("not-found-as-200", "status", "a missing resource: 200 with an empty object, not 404")
async def _not_found_200(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.api and x.method == "GET" and answer.status == 404:
        return answer.with_json({}, status=200)
    return answer


@kind("invalid-input-500", "status", "a request the emulator refuses with 400: 500")
async def _invalid_500(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.api and answer.status == 400:
        return error(500, "INTERNAL", "Internal error.")
    return answer


# --- content type and headers -------------------------------------------------------------


@kind("json-as-text-plain", "content type", "success answers say text/plain")
async def _text_plain(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.api and 200 <= answer.status < 300:
        answer.headers["content-type"] = "text/plain"
    return answer


@kind("error-as-html", "content type", "4xx answers are an HTML page")
async def _error_html(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.api and 400 <= answer.status < 500 and answer.status != 401:
        return Answer(answer.status, {"content-type": "text/html"}, b"<html>Error</html>")
    return answer


def _every(x: Exchange, n: int) -> bool:
    x.memory["count"] = x.memory.get("count", 0) + 1
    return bool(x.api) and x.memory["count"] % n == 0


@kind("429-without-retry-after", "headers", "every 5th call: 429 without Retry-After")
async def _throttle_bare(x: Exchange) -> Answer:
    if _every(x, 5):
        return error(429, "RESOURCE_EXHAUSTED", "Too many requests.")
    return await x.forward()


@kind("429-bad-retry-after", "headers", "every 5th call: 429 with Retry-After: soon")
async def _throttle_bad(x: Exchange) -> Answer:
    if _every(x, 5):
        return error(429, "RESOURCE_EXHAUSTED", "Too many requests.", **{"retry-after": "soon"})
    return await x.forward()


@kind("401-says-expired", "headers", "a refused credential is called an expired token")
async def _expired(x: Exchange) -> Answer:
    answer = await x.forward()
    if answer.status == 401:
        answer.headers["www-authenticate"] = (
            'Bearer error="invalid_token", error_description="expired"'
        )
    return answer


# --- the error envelope -------------------------------------------------------------------


@kind("error-envelope-flat", "error envelope", "4xx answers {message} without the error object")
async def _flat_error(x: Exchange) -> Answer:
    answer = await x.forward()
    body = answer.json
    if x.api and 400 <= answer.status < 500 and answer.status != 401 and isinstance(body, dict):
        return answer.with_json({"message": (body.get("error") or {}).get("message", "")})
    return answer


@kind("error-code-mismatch", "error envelope", "error.code says 500 whatever the HTTP status")
async def _code_mismatch(x: Exchange) -> Answer:
    answer = await x.forward()
    body = answer.json
    if x.api and answer.status == 404 and isinstance(body, dict) and "error" in body:
        body["error"]["code"] = 500
        return answer.with_json(body)
    return answer


# --- validation, both ways ----------------------------------------------------------------


def _accepts(wording: str) -> Planted:
    async def plant(x: Exchange) -> Answer:
        answer = await x.forward()
        body = answer.json
        message = (
            ((body or {}).get("error") or {}).get("message", "") if isinstance(body, dict) else ""
        )
        if x.api and answer.status == 400 and wording in message:
            return answer.with_json({}, status=200)
        return answer

    return plant


kind("accepts-invalid-enum", "validation", "a value outside an enum is accepted (200)")(
    _accepts("is not one of")
)
kind("accepts-missing-required", "validation", "a request without a required field is accepted")(
    _accepts("is a required property")
)
kind("accepts-wrong-type", "validation", "a field of the wrong JSON type is accepted")(
    _accepts("is not of type")
)


@kind("rejects-optional-field", "validation", "create a contact: the optional email is refused")
async def _rejects_email(x: Exchange) -> Answer:
    body = x.json
    if x.on("POST", r"/contacts") and isinstance(body, dict) and body.get("email"):
        return error(400, "INVALID_ARGUMENT", "email: unknown field")
    return await x.forward()


@kind("rejects-page-size", "validation", "list contacts: the documented page_size is refused")
async def _rejects_page_size(x: Exchange) -> Answer:
    if x.on("GET", r"/contacts") and any(name == "page_size" for name, _ in x.query):
        return error(400, "INVALID_ARGUMENT", "page_size: not allowed")
    return await x.forward()


# --- authentication and projects ----------------------------------------------------------


async def _with_own_token(x: Exchange) -> Answer:
    token = await x.proxy.token()
    return await x.forward(headers={**x.headers, "authorization": f"Bearer {token}"})


@kind("auth-ignored", "auth", "requests without valid credentials are served")
async def _auth_ignored(x: Exchange) -> Answer:
    if x.api:
        return await _with_own_token(x)
    return await x.forward()


@kind("auth-ignored-on-delete", "auth", "DELETE is served without valid credentials")
async def _auth_ignored_delete(x: Exchange) -> Answer:
    if x.api and x.method == "DELETE":
        return await _with_own_token(x)
    return await x.forward()


@kind("cross-project", "auth", "another project's path is served from the caller's project")
async def _cross_project(x: Exchange) -> Answer:
    found = API.match(x.path)
    if found and found.group("project") != x.proxy.project_id:
        own = x.path.replace(
            f"/projects/{found.group('project')}", f"/projects/{x.proxy.project_id}", 1
        )
        return await x.forward(path=own)
    return await x.forward()


# --- what creates, reads, updates, deletes and lists do -----------------------------------


@kind("create-not-stored", "state", "create a contact: 200 with an ID that was never stored")
async def _not_stored(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("POST", r"/contacts"):
        return _answer_json(answer, lambda b: _set(b, id=FAKE_ID))
    return answer


@kind("read-other-resource", "state", "GET a conversation answers another ID")
async def _read_other(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("GET", r"/conversations" + ITEM):
        return _answer_json(answer, lambda b: _set(b, id=FAKE_ID))
    return answer


@kind("update-not-applied", "state", "PATCH a contact: 200 showing the change, nothing stored")
async def _update_not_applied(x: Exchange) -> Answer:
    sent = x.json
    if x.on("PATCH", r"/contacts" + ITEM) and isinstance(sent, dict):
        current = await x.forward(method="GET", query=[], body=None)
        return _answer_json(current, lambda b: {**b, **sent, "id": b.get("id")})
    return await x.forward()


@kind("partial-update", "state", "PATCH an app: only the first field sent is stored")
async def _partial_update(x: Exchange) -> Answer:
    sent = x.json
    if x.on("PATCH", r"/apps" + ITEM) and isinstance(sent, dict) and len(sent) > 1:
        first = min(sent)
        stored = await x.forward(body={first: sent[first]})
        return _answer_json(stored, lambda b: {**b, **sent, "id": b.get("id")})
    return await x.forward()


@kind("mask-ignored", "state", "PATCH with update_mask: fields outside the mask are changed too")
async def _mask_ignored(x: Exchange) -> Answer:
    if x.method == "PATCH" and x.api:
        return await x.forward(
            query=[(k, v) for k, v in x.query if not k.startswith("update_mask")]
        )
    return await x.forward()


@kind("delete-not-deleted", "state", "DELETE a contact: 200, nothing deleted")
async def _delete_not_deleted(x: Exchange) -> Answer:
    if x.on("DELETE", r"/contacts" + ITEM):
        found = await x.forward(method="GET", body=None)
        if found.status == 200:
            return found.with_json({})
        return found
    return await x.forward()


@kind("delete-still-listed", "state", "DELETE a webhook: its GET is 404, its list still shows it")
async def _still_listed(x: Exchange) -> Answer:
    gone: set[str] = x.memory.setdefault("gone", set())
    item = x.rest.rsplit("/", 1)[-1]
    if x.on("DELETE", r"/webhooks" + ITEM):
        found = await x.forward(method="GET", body=None)
        if found.status == 200:
            gone.add(item)
            return found.with_json({})
        return found
    if x.on("GET", r"/webhooks" + ITEM) and item in gone:
        return error(404, "NOT_FOUND", "Webhook not found.")
    return await x.forward()


@kind("list-omits-created", "state", "list contacts: contacts created through it are left out")
async def _omits_created(x: Exchange) -> Answer:
    created: set[str] = x.memory.setdefault("created", set())
    answer = await x.forward()
    if x.on("POST", r"/contacts") and isinstance(answer.json, dict):
        created.add(str(answer.json.get("id")))
    if x.on("GET", r"/contacts"):

        def change(body: Any) -> Any:
            body["contacts"] = [c for c in body.get("contacts") or [] if c.get("id") not in created]
            return body

        return _answer_json(answer, change)
    return answer


@kind("paging-never-ends", "paging", "list contacts: the next page token never runs out")
async def _never_ends(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.on("GET", r"/contacts"):
        token = dict(x.query).get("page_token") or "cGFnZQ"
        return _answer_json(answer, lambda b: _set(b, next_page_token=token))
    return answer


@kind("paging-repeats-items", "paging", "list contacts: page_token is ignored, page 1 again")
async def _repeats(x: Exchange) -> Answer:
    if x.on("GET", r"/contacts"):
        first = await x.forward(query=[(k, v) for k, v in x.query if k != "page_token"])
        return first
    return await x.forward()


@kind("page-size-ignored", "paging", "list contacts: page_size is ignored")
async def _page_size(x: Exchange) -> Answer:
    if x.on("GET", r"/contacts"):
        answer = await x.forward(
            query=[(k, v) for k, v in x.query if k not in ("page_size", "page_token")]
        )
        return _answer_json(answer, lambda b: _set(b, next_page_token=""))
    return await x.forward()


# --- idempotency --------------------------------------------------------------------------


@kind("delete-twice-500", "idempotency", "DELETE of what is already gone: 500")
async def _delete_twice(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.api and x.method == "DELETE" and answer.status == 404:
        return error(500, "INTERNAL", "Internal error.")
    return answer


@kind("patch-twice-conflict", "idempotency", "the same PATCH sent again: 409")
async def _patch_twice(x: Exchange) -> Answer:
    seen: set[tuple[str, bytes]] = x.memory.setdefault("seen", set())
    if x.api and x.method == "PATCH":
        key = (x.path + repr(sorted(x.query)), x.body)
        if key in seen:
            return error(409, "ABORTED", "Conflict.")
        answer = await x.forward()
        if 200 <= answer.status < 300:
            seen.add(key)
        return answer
    return await x.forward()


# --- the template host --------------------------------------------------------------------


@kind("template-host-404", "templates", "the template endpoints are not served (404)")
async def _templates_404(x: Exchange) -> Answer:
    if x.api and x.rest.startswith("/templates"):
        return error(404, "NOT_FOUND", "Not found.")
    return await x.forward()


@kind("template-v2-wrong-type", "templates", "v2 templates: version is a string")
async def _template_version(x: Exchange) -> Answer:
    answer = await x.forward()
    if x.api.startswith("/v2/") and x.rest.startswith("/templates") and x.method != "DELETE":

        def change(body: Any) -> Any:
            for template in [body, *(body.get("templates") or [])]:
                if isinstance(template, dict) and "version" in template:
                    template["version"] = str(template["version"])
            return body

        return _answer_json(answer, change)
    return answer


# --- the proxy ----------------------------------------------------------------------------


class MutationProxy:
    def __init__(self, emulator_url: str, project_id: str, key_id: str, key_secret: str) -> None:
        self.emulator_url = emulator_url
        self.project_id = project_id
        self._credentials = (key_id, key_secret)
        self._client: httpx.AsyncClient | None = None
        self._memory: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=30.0)
        return self._client

    async def send(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]] | str,
        headers: dict[str, str],
        content: bytes,
    ) -> Answer:
        """``path`` percent-encoded as received; ``query`` raw text or (name, value) pairs."""
        hop = {"host", "content-length", "transfer-encoding", "connection"}
        url = self.emulator_url + path
        pairs: list[tuple[str, str | int | float | bool | None]] = []
        if isinstance(query, str):
            url += "?" + query if query else ""
        else:
            pairs = list(query)
        response = await self.client.request(
            method,
            httpx.URL(url),
            params=pairs or None,
            headers={k: v for k, v in headers.items() if k.lower() not in hop},
            content=content if method not in ("GET", "DELETE") or content else None,
        )
        kept = {
            k: v
            for k, v in response.headers.items()
            if k.lower() not in hop | {"content-encoding", "date", "server"}
        }
        return Answer(response.status_code, kept, response.content)

    async def token(self) -> str:
        response = await self.client.post(
            self.emulator_url + "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=self._credentials,
        )
        return response.json()["access_token"]

    async def handle(self, request: Request) -> Response:
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        name, _, rest = raw_path.decode("latin-1").lstrip("/").partition("/")
        planted = KINDS.get(name)
        if planted is None:
            return Response(f"unknown kind {name!r}\n", status_code=404, media_type="text/plain")
        exchange = Exchange(
            self,
            request.method,
            "/" + rest,
            list(request.query_params.multi_items()),
            dict(request.headers),
            await request.body(),
            self._memory.setdefault(name, {}),
            request.scope.get("query_string", b"").decode("latin-1"),
        )
        if rest.startswith("_mutants/forget"):  # the harness: a fresh memory for this kind
            self._memory[name] = {}
            return Response("{}", media_type="application/json")
        answer = await planted.plant(exchange)
        return Response(answer.content, status_code=answer.status, headers=answer.headers)


def build_app(proxy: MutationProxy) -> Any:
    """A bare ASGI app: no router, so every path reaches the kind as sent (a router's
    patterns would refuse some generated paths, a newline in an ID for one)."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        response = await proxy.handle(Request(scope, receive))
        await response(scope, receive, send)

    return app


def main() -> None:
    import uvicorn

    from sinch_emulator.testing import run_emulator

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    args = parser.parse_args()
    with run_emulator(rate_limit=None) as emulator:
        proxy = MutationProxy(
            emulator.url, emulator.project_id, emulator.key_id, emulator.key_secret
        )
        print(f"mutation proxy on http://{args.host}:{args.port}/<kind>/us", flush=True)
        uvicorn.run(build_app(proxy), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
