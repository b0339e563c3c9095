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
import logging
import re
import threading
from typing import Any

import attrs
import httpx

from .resources import ROUTES

__all__ = ["AsyncDriftLoggingTransport", "DriftLog", "DriftLoggingTransport"]

logger = logging.getLogger("sinch_conversation.drift")


def _operations() -> list[tuple[str, re.Pattern[str], str, type[Any]]]:
    """(method, path pattern, path template, answer model) of every operation with an answer."""
    import sinch_conversation_client.models  # all the models: loaded on the first answer seen

    found = []
    for route in ROUTES:
        if route.answer is None:
            continue
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(route.path))
        model = getattr(sinch_conversation_client.models, route.answer)
        found.append((route.method, re.compile(pattern + "$"), route.path, model))
    return found


class DriftLog:
    """Remembers which locations were already logged, so each is logged once."""

    def __init__(self, log: logging.Logger = logger) -> None:
        self.log = log
        self.seen: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._index: list[tuple[str, re.Pattern[str], str, type[Any]]] | None = None

    def observe(self, response: httpx.Response) -> None:
        """Look at one answer; log what the generated models do not describe."""
        if not 200 <= response.status_code < 300 or not response.headers.get(
            "content-type", ""
        ).startswith("application/json"):
            return
        if self._index is None:
            self._index = _operations()
        method, path = response.request.method, response.request.url.path
        for op_method, pattern, template, model in self._index:
            if op_method == method and pattern.search(path):
                try:
                    parsed = model.from_dict(response.json())
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
