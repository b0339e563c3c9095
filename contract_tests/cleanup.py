"""What the suite created on the server, and deleting it again at the end of the run.

Every answer the suite gets is offered to :meth:`Ledger.track`. When it is the 2xx answer of
an operation that created something, the ledger works out the delete call for it from the
spec alone: first from the answer's OpenAPI links to a DELETE operation (they say which
answer field fills which parameter), else from the REST shape (``POST /things`` answering an
``id``, with ``DELETE /things/{thing_id}`` next to it). Nothing here names an endpoint.

The ledger is also written to a file as it grows, so a run killed before its teardown leaves
a list the next run deletes first.
"""

from __future__ import annotations

import json
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from contract_tests.drift import METHODS

PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True)
class PathOp:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    spec: dict[str, Any]


def path_operations(spec: dict[str, Any]) -> list[PathOp]:
    ops = []
    for template, item in spec["paths"].items():
        regex = "".join(
            f"(?P<{part[1:-1].replace('.', '_')}>[^/]+)"
            if part.startswith("{")
            else re.escape(part)
            for part in re.split(r"(\{[^}]+\})", template)
        )
        for method in METHODS:
            if method in item:
                op = item[method]
                ops.append(
                    PathOp(
                        op.get("operationId", f"{method} {template}"),
                        method.upper(),
                        template,
                        re.compile(regex + "$"),
                        op,
                    )
                )
    return ops


def match(ops: list[PathOp], method: str, path: str) -> tuple[PathOp, dict[str, str]] | None:
    """The operation a request went to, and its path parameters (``path`` after the base URL)."""
    for op in ops:
        if op.method == method.upper():
            found = op.pattern.match(path)
            if found:
                return op, found.groupdict()
    return None


def _pointer(document: Any, pointer: str) -> Any:
    node = document
    for token in [t for t in pointer.lstrip("/").split("/") if t]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(token)
    return node


def evaluate(expression: Any, request_path: dict[str, str], request_body: Any, body: Any) -> Any:
    """A link's runtime expression ($response.body#/id, $request.path.x, ...) or constant."""
    if not isinstance(expression, str) or not expression.startswith("$"):
        return expression
    if expression.startswith("$response.body#"):
        return _pointer(body, expression.partition("#")[2])
    if expression.startswith("$request.body#"):
        return _pointer(request_body, expression.partition("#")[2])
    if expression.startswith("$request.path."):
        return request_path[expression.removeprefix("$request.path.")]
    raise KeyError(expression)


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold Ctrl-C until the block ends: a create sent must have its answer recorded, or its
    resource could not be deleted at the end of the run."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[tuple[int, FrameType | None]] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append((signum, frame)))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received and callable(previous):
            previous(*received[0])


class Ledger:
    """Delete calls owed to the server, in creation order (deleted last-created first)."""

    def __init__(self, spec: dict[str, Any], base_url: str, file: Path | None = None) -> None:
        self.spec = spec
        self.base_url = base_url.rstrip("/")
        self.base_path = urlsplit(self.base_url).path
        self.ops = path_operations(spec)
        self.by_id = {op.operation_id: op for op in self.ops}
        self.file = file
        self.owed: list[tuple[str, str]] = []  # (label, url) of DELETE calls
        if file is not None and file.exists():
            for line in file.read_text().splitlines():
                entry = json.loads(line)
                self.owed.append((entry["label"], entry["url"]))

    def _response(self, op: PathOp, status: int) -> dict[str, Any]:
        response = op.spec.get("responses", {}).get(str(status), {})
        if "$ref" in response:
            response = _pointer(self.spec, response["$ref"].lstrip("#"))
        return response if isinstance(response, dict) else {}

    def deletes_for(
        self, method: str, url: str, status: int, request_body: Any, body: Any
    ) -> list[tuple[str, str]]:
        """The DELETE calls that undo what this answer says was created."""
        if not 200 <= status < 300 or method.upper() != "POST":
            return []
        path = urlsplit(url).path
        if not path.startswith(self.base_path):
            return []
        found = match(self.ops, method, path[len(self.base_path) :])
        if found is None:
            return []
        op, path_params = found
        deletes = []
        for link in self._response(op, status).get("links", {}).values():
            target = self.by_id.get(link.get("operationId", ""))
            if target is None or target.method != "DELETE":
                continue
            try:
                params = {
                    name: evaluate(expr, path_params, request_body, body)
                    for name, expr in link.get("parameters", {}).items()
                }
                params = {**path_params, **params}
                url = self._url(target.template, params)
            except (KeyError, IndexError, ValueError, TypeError):
                continue
            deletes.append((f"DELETE {target.operation_id}", url))
        if not deletes and isinstance(body, dict) and isinstance(body.get("id"), str):
            for target in self.ops:
                names = PARAM.findall(target.template)
                if (
                    target.method == "DELETE"
                    and target.template.rsplit("/", 1)[0] == op.template
                    and target.template.endswith("}")
                ):
                    params = {**path_params, names[-1]: body["id"]}
                    deletes.append(
                        (f"DELETE {target.operation_id}", self._url(target.template, params))
                    )
        return deletes

    def _url(self, template: str, params: dict[str, Any]) -> str:
        def fill(found: re.Match[str]) -> str:
            value = params[found.group(1).replace(".", "_")]
            if not isinstance(value, (str, int)):
                raise TypeError(found.group(1))
            return quote(str(value), safe="")

        return self.base_url + PARAM.sub(fill, template)

    def track(self, method: str, url: str, status: int, request_body: Any, body: Any) -> None:
        for entry in self.deletes_for(method, url, status, request_body, body):
            if entry not in self.owed:
                self.owed.append(entry)
                if self.file is not None:
                    with self.file.open("a") as out:
                        out.write(json.dumps({"label": entry[0], "url": entry[1]}) + "\n")

    def track_response(self, response: httpx.Response) -> None:
        request = response.request
        try:
            request_body = json.loads(request.content) if request.content else None
            body = response.json() if response.content else None
        except ValueError:
            return
        self.track(request.method, str(request.url), response.status_code, request_body, body)

    def delete_all(self, client: httpx.Client) -> list[str]:
        """Delete everything owed, newest first; returns what could not be deleted."""
        left = []
        for label, url in reversed(self.owed):
            try:
                status = client.delete(url).status_code
            except httpx.HTTPError as exc:
                left.append(f"{label} {url}: {type(exc).__name__}")
                continue
            if status >= 300 and status != 404:  # 404: already gone (deleted by a test)
                left.append(f"{label} {url}: {status}")
        self.owed.clear()
        if self.file is not None:
            self.file.unlink(missing_ok=True)
        return left


class TrackingTransport(httpx.BaseTransport):
    """Offers every answer to a ledger (for clients the suite does not send through itself)."""

    def __init__(self, inner: httpx.BaseTransport, ledger: Ledger) -> None:
        self.inner = inner
        self.ledger = ledger

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with deferred_interrupt():
            response = self.inner.handle_request(request)
            response.read()
            response.request = request
            self.ledger.track_response(response)
        return response

    def close(self) -> None:
        self.inner.close()
