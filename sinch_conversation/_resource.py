"""What the generated operation groups (:mod:`sinch_conversation.resources`) build on.

A group holds the client's project id and its generated package's ``Client`` (whose HTTP
client is the facade's dispatcher: base URL, auth, retries, typed errors); the Batch API's
group holds the Batch API package's ``Client``, whose dispatcher sends to the batch host. A method calls the
generated ``sync_detailed``/``asyncio_detailed`` and returns the parsed success model; any
non-2xx answer has already been raised by the dispatcher as an :class:`~.errors.APIError`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Generic, Protocol, TypeVar

from sinch_conversation_batch_client import Client as BatchClient
from sinch_conversation_client import Client

from .errors import APIError

__all__ = ["AsyncResource", "SyncResource", "expect"]

T = TypeVar("T")
#: the generated package's ``Client`` a group calls through
C = TypeVar("C", Client, BatchClient)


class _Answer(Protocol):
    """What ``expect`` reads of a generated package's ``Response`` (each package has one)."""

    @property
    def status_code(self) -> HTTPStatus: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> Any: ...


class _Resource(Generic[C]):
    __slots__ = ("_client", "_project_id")
    _client: C

    def __init__(self, project_id: str, client: C) -> None:
        self._project_id = project_id
        self._client = client

    def __repr__(self) -> str:
        names = [n for n in dir(type(self)) if not n.startswith("_")]
        return f"<{type(self).__name__}: {', '.join(names)}>"


class SyncResource(_Resource[C]):
    """One API tag's operations on the sync client."""

    __slots__ = ()


class AsyncResource(_Resource[C]):
    """One API tag's operations on the async client."""

    __slots__ = ()


def expect(response: _Answer, model: type[T]) -> T:
    """The parsed success model of a 2xx ``response``.

    A 2xx answer whose body the generated parser did not turn into ``model`` (an
    undocumented status such as 204) is an error, not a ``None`` passed off as a model.
    """
    parsed = response.parsed
    if isinstance(parsed, model):
        return parsed
    raise APIError(
        status_code=int(response.status_code),
        message=f"answer is not a {model.__name__} (got {type(parsed).__name__})",
        body=response.content.decode("utf-8", errors="replace")[:200],
    )
