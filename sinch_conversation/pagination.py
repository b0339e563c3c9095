"""Iterating over every item of a paginated list operation.

List operations take ``page_token`` and answer with ``next_page_token`` plus one list field
(``contacts``, ``apps``, ``messages``...). The list field is found on the response model
itself, so a list operation added by a regeneration paginates with no change here.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs

__all__ = ["aiter_pages", "apaginate", "is_paginated", "iter_pages", "page_items", "paginate"]

_ITEMS_FIELD: dict[type, str | None] = {}


def is_paginated(operation: Callable[..., Any]) -> bool:
    """True when ``operation`` accepts a ``page_token`` argument."""
    flag = getattr(operation, "paginated", None)
    if flag is not None:
        return bool(flag)
    try:
        return "page_token" in inspect.signature(operation).parameters
    except (TypeError, ValueError):
        return False


def _items_field(page: Any) -> str | None:
    cls = type(page)
    if cls in _ITEMS_FIELD:
        return _ITEMS_FIELD[cls]
    name = None
    if attrs.has(cls):
        names = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
    else:
        names = [n for n in vars(page) if not n.startswith("_")]
    for candidate in names:
        if isinstance(getattr(page, candidate, None), list):
            name = candidate
            break
    if name is not None:  # only cache once the field has been seen holding a list
        _ITEMS_FIELD[cls] = name
    return name


def page_items(page: Any) -> list[Any]:
    """The items of one page (empty when the list field is absent)."""
    if page is None:
        return []
    name = _items_field(page)
    return list(getattr(page, name)) if name else []


def _next_token(page: Any) -> str | None:
    token = getattr(page, "next_page_token", None)
    return token if isinstance(token, str) and token else None


def _check(operation: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    if not is_paginated(operation):
        name = getattr(operation, "__name__", repr(operation))
        raise TypeError(f"{name} is not a paginated list operation (it takes no page_token)")
    if "page_token" in kwargs and kwargs["page_token"] is None:
        del kwargs["page_token"]


def iter_pages(operation: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Iterator[Any]:
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


def paginate(operation: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Iterator[Any]:
    """Yield every item across all pages of a sync list operation."""
    for page in iter_pages(operation, *args, **kwargs):
        yield from page_items(page)


async def aiter_pages(
    operation: Callable[..., Awaitable[Any]], /, *args: Any, **kwargs: Any
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
    operation: Callable[..., Awaitable[Any]], /, *args: Any, **kwargs: Any
) -> AsyncIterator[Any]:
    """Yield every item across all pages of an async list operation."""
    async for page in aiter_pages(operation, *args, **kwargs):
        for item in page_items(page):
            yield item
