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
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlsplit

import httpx

from contract_tests.spec_index import Operation, evaluate, index_of


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
        self.index = index_of(spec)
        self.file = file
        self.owed: list[tuple[str, str]] = []  # (label, url) of DELETE calls
        self.tracking = True
        if file is not None and file.exists():
            for line in file.read_text().splitlines():
                entry = json.loads(line)
                self.owed.append((entry["label"], entry["url"]))

    def deletes_for(
        self, method: str, url: str, status: int, request_body: Any, body: Any
    ) -> list[tuple[str, str]]:
        """The DELETE calls that undo what this answer says was created."""
        if not 200 <= status < 300 or method.upper() != "POST":
            return []
        path = urlsplit(url).path
        if not path.startswith(self.base_path):
            return []
        found = self.index.match(method, path[len(self.base_path) :])
        if found is None:
            return []
        op, path_params = found
        deletes = []
        for target, expressions in self.index.links(op, status):
            if target.method != "delete":
                continue
            try:
                params = {
                    name: evaluate(expr, path_params, request_body, body)
                    for name, expr in expressions.items()
                }
                params = {**path_params, **params}
                url = self._url(target, params)
            except (KeyError, IndexError, ValueError, TypeError):
                continue
            deletes.append((f"DELETE {target.operation_id}", url))
        if not deletes:  # no link to a DELETE: the resource's item path, if it has one
            created = self.index.created(op, status, path_params, request_body, body)
            remover = self.index.by_label.get(f"DELETE {created[0].path}") if created else None
            if created is not None and remover is not None:
                try:
                    deletes.append(
                        (f"DELETE {remover.operation_id}", self._url(remover, created[1]))
                    )
                except (KeyError, TypeError):
                    pass
        return deletes

    def _url(self, target: Operation, params: dict[str, Any]) -> str:
        return self.base_url + target.url(params)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Creates in this block are not the run's: nothing is owed for them (a walk putting
        back what the project had)."""
        self.tracking = False
        try:
            yield
        finally:
            self.tracking = True

    def track(self, method: str, url: str, status: int, request_body: Any, body: Any) -> None:
        if not self.tracking:
            return
        if method.upper() == "DELETE" and 200 <= status < 300:
            self.settle(url)  # the run deleted it itself
            return
        for entry in self.deletes_for(method, url, status, request_body, body):
            if entry not in self.owed:
                self.owed.append(entry)
                if self.file is not None:
                    with self.file.open("a") as out:
                        out.write(json.dumps({"label": entry[0], "url": entry[1]}) + "\n")

    def settle(self, url: str) -> None:
        """What was deleted is no longer owed (a singleton such as the project's settings
        may be created again at the same URL, by someone else)."""
        kept = [entry for entry in self.owed if entry[1] != url]
        if len(kept) == len(self.owed):
            return
        self.owed = kept
        if self.file is not None:
            self.file.write_text(
                "".join(json.dumps({"label": k, "url": u}) + "\n" for k, u in kept)
            )

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
