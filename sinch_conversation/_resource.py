"""What the generated operation groups (:mod:`sinch_conversation.resources`) build on.

A group holds the client's project id and the generated package's ``Client`` (whose HTTP
client is the facade's dispatcher: base URL, auth, retries, typed errors). A method calls the
generated ``sync_detailed``/``asyncio_detailed`` and returns the parsed success model; any
non-2xx answer has already been raised by the dispatcher as an :class:`~.errors.APIError`.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sinch_conversation_client import Client
from sinch_conversation_client.types import Response

from .errors import APIError

__all__ = ["AsyncResource", "SyncResource", "expect"]

T = TypeVar("T")


class _Resource:
    __slots__ = ("_client", "_project_id")

    def __init__(self, project_id: str, client: Client) -> None:
        self._project_id = project_id
        self._client = client

    def __repr__(self) -> str:
        names = [n for n in dir(type(self)) if not n.startswith("_")]
        return f"<{type(self).__name__}: {', '.join(names)}>"


class SyncResource(_Resource):
    """One API tag's operations on the sync client."""

    __slots__ = ()


class AsyncResource(_Resource):
    """One API tag's operations on the async client."""

    __slots__ = ()


def expect(response: Response[Any], model: type[T]) -> T:
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
