"""Opt-in notice of spec drift at run time: answers carrying what the generated models lack.

``ConversationClient(..., log_drift=True)`` wraps the network transport so that every 2xx
JSON answer is parsed once more as its operation's model (found in the generated route table,
:data:`sinch_conversation.resources.ROUTES`: method, path template, answer model), and every field the
models kept in ``additional_properties`` and every enum value the generated enum does not
list is logged once per location (``sinch_conversation.drift`` logger, WARNING). A service
learns that the API answers more than its client knows before a contract run does.
Values are never logged, only names and enum values.
"""

from __future__ import annotations

import enum
import importlib
import logging
import re
import threading
from typing import Any

import attrs
import httpx

from .resources import ROUTES

__all__ = ["AsyncDriftLoggingTransport", "DriftLog", "DriftLoggingTransport"]

logger = logging.getLogger("sinch_conversation.drift")


#: the generated package of the Batch API's routes: an answer from the batch host is matched
#: against those alone (the Batch API's paths are the Conversation API's)
BATCH_PACKAGE = "sinch_conversation_batch_client"

_Index = list[tuple[str, re.Pattern[str], str, type[Any], bool]]


def _operations() -> dict[bool, _Index]:
    """(method, path pattern, path template, answer model, an array of it) of every operation
    with an answer, by whether it is the Batch API's."""
    found: dict[bool, _Index] = {False: [], True: []}
    for route in ROUTES:
        if route.answer is None:
            continue
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(route.path))
        # all the package's models: loaded on the first answer seen
        model = getattr(importlib.import_module(f"{route.package}.models"), route.answer)
        entry = (route.method, re.compile(pattern + "$"), route.path, model, route.many)
        found[route.package == BATCH_PACKAGE].append(entry)
    return found


class DriftLog:
    """Remembers which locations were already logged, so each is logged once."""

    def __init__(self, log: logging.Logger = logger, batch_base_url: str | None = None) -> None:
        self.log = log
        self.seen: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._index: dict[bool, _Index] | None = None
        self._batch = batch_base_url.rstrip("/") + "/" if batch_base_url else None

    def observe(self, response: httpx.Response) -> None:
        """Look at one answer; log what the generated models do not describe."""
        if not 200 <= response.status_code < 300 or not response.headers.get(
            "content-type", ""
        ).startswith("application/json"):
            return
        if self._index is None:
            self._index = _operations()
        url = response.request.url
        method, path = response.request.method, url.path
        batch = self._batch is not None and str(url).startswith(self._batch)
        for op_method, pattern, template, model, many in self._index[batch]:
            if op_method == method and pattern.search(path):
                try:
                    data = response.json()
                    parsed = [model.from_dict(d) for d in data] if many else model.from_dict(data)
                except (KeyError, TypeError, ValueError, AttributeError):
                    return  # not parseable at all: the client itself will say so
                self._walk(parsed, f"{method} {template}")
                return

    def _walk(self, node: Any, operation: str) -> None:
        if isinstance(node, list):
            for item in node:
                self._walk(item, operation)
        elif isinstance(node, enum.Enum):
            if node.name not in type(node).__members__:
                self._note(f"{type(node).__name__}", f"enum value {node.value!r}", operation)
        elif attrs.has(type(node)):
            for name in getattr(node, "additional_properties", {}) or {}:
                self._note(type(node).__name__, f"field {name!r}", operation)
            for field in attrs.fields(type(node)):
                if field.name != "additional_properties":
                    self._walk(getattr(node, field.name), operation)

    def _note(self, model: str, what: str, operation: str) -> None:
        with self._lock:
            if (model, what) in self.seen:
                return
            self.seen.add((model, what))
        self.log.warning(
            "spec drift: %s answered an undocumented %s in %s; the client keeps it but has no "
            "type for it (regenerate from a newer spec, or see `make contract`)",
            operation,
            what,
            model,
        )


class DriftLoggingTransport(httpx.BaseTransport):
    """Passes requests through; offers each answer to a :class:`DriftLog`."""

    def __init__(self, inner: httpx.BaseTransport, log: DriftLog | None = None) -> None:
        self.inner = inner
        self.log = log or DriftLog()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        response.request = request
        self.log.observe(response)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncDriftLoggingTransport(httpx.AsyncBaseTransport):
    """The async counterpart of :class:`DriftLoggingTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, log: DriftLog | None = None) -> None:
        self.inner = inner
        self.log = log or DriftLog()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        response.request = request
        self.log.observe(response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
