"""Iterating over every item of a paginated list operation.

List operations take ``page_token`` and answer with ``next_page_token`` plus one list field.
Which field, and of which model, is generated (``resources.LIST_ITEMS``, from the spec), not
guessed from the answer: the clients' ``paginate`` passes that table here, and its generated
overloads type the items (``Contact`` for ``list_contacts``). A list field the answer leaves
out is an empty page.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

__all__ = ["aiter_pages", "apaginate", "is_paginated", "iter_pages", "page_items", "paginate"]

Table = Mapping[str, tuple[str, str]]


def is_paginated(operation: Callable[..., Any]) -> bool:
    """True when ``operation`` accepts a ``page_token`` argument."""
    try:
        return "page_token" in inspect.signature(operation).parameters
    except (TypeError, ValueError):
        return False


def page_items(page: Any, table: Table) -> list[Any]:
    """The items of one page (empty when the answer leaves the list field out)."""
    entry = table.get(type(page).__name__)
    if entry is None:
        raise TypeError(f"{type(page).__name__} is not the answer of a list operation")
    value = getattr(page, entry[0], None)
    return value if isinstance(value, list) else []


def _next_token(page: Any) -> str | None:
    token = getattr(page, "next_page_token", None)
    return token if isinstance(token, str) and token else None


def _check(operation: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    if not is_paginated(operation):
        name = getattr(operation, "__name__", repr(operation))
        raise TypeError(f"{name} is not a paginated list operation (it takes no page_token)")
    if "page_token" in kwargs and kwargs["page_token"] is None:
        del kwargs["page_token"]


def iter_pages(
    operation: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Iterator[Any]:
    """Yield each page (the response model) of a sync list operation."""
    _check(operation, kwargs)
    seen: set[str] = set()
    while True:
        page = operation(*args, **kwargs)
        yield page
        token = _next_token(page)
        if token is None or token in seen:  # a repeated token would loop forever
            return
        seen.add(token)
        kwargs["page_token"] = token


def paginate(
    operation: Callable[..., Any], table: Table, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Iterator[Any]:
    """Yield every item across all pages of a sync list operation."""
    for page in iter_pages(operation, args, kwargs):
        yield from page_items(page, table)


async def aiter_pages(
    operation: Callable[..., Awaitable[Any]], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> AsyncIterator[Any]:
    """Yield each page (the response model) of an async list operation."""
    _check(operation, kwargs)
    seen: set[str] = set()
    while True:
        page = await operation(*args, **kwargs)
        yield page
        token = _next_token(page)
        if token is None or token in seen:
            return
        seen.add(token)
        kwargs["page_token"] = token


async def apaginate(
    operation: Callable[..., Awaitable[Any]],
    table: Table,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> AsyncIterator[Any]:
    """Yield every item across all pages of an async list operation."""
    async for page in aiter_pages(operation, args, kwargs):
        for item in page_items(page, table):
            yield item
