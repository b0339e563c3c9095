"""Helpers the handlers share: paging tokens, PATCH updates with field masks, body checks."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..context import Request
from ..errors import invalid

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000
T = TypeVar("T")


def encode_token(position: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(position).encode()).decode().rstrip("=")


def decode_token(token: str) -> list[Any]:
    try:
        value = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        value = None
    if not isinstance(value, list):
        raise invalid("page_token is not a token this API returned", "page_token")
    return value


def page(
    items: Iterable[T],
    key: Callable[[T], list[Any]],
    req: Request,
    *,
    descending: bool = False,
    default_size: int = DEFAULT_PAGE_SIZE,
    params: dict[str, Any] | None = None,
) -> tuple[list[T], str]:
    """One page of ``items`` (already in list order) and the token of the next, '' at the end.

    ``page_size`` and ``page_token`` come from the query (or ``params``, for operations
    that take them in the body). The token is the position of the last item returned, so
    pages stay consistent while new records are added.
    """
    source = req.query if params is None else params
    size = source.get("page_size") or default_size
    if size < 0:
        raise invalid("page_size must not be negative", "page_size")
    size = min(size, MAX_PAGE_SIZE)
    token = source.get("page_token")
    after = decode_token(token) if token else None
    out: list[T] = []
    more = False
    for item in items:
        k = key(item)
        if after is not None and (k >= after if descending else k <= after):
            continue
        if len(out) == size:
            more = True
            break
        out.append(item)
    return out, (encode_token(key(out[-1])) if more and out else "")


def update_mask(req: Request) -> list[str]:
    """The field paths of a PATCH: ``update_mask.paths`` (repeated or comma-separated) or
    ``update_mask`` (``a,b``, as the official SDKs send it)."""
    raw: list[Any] = []
    for name in ("update_mask.paths", "update_mask"):
        value = req.query.get(name)
        if value:
            raw.extend(value if isinstance(value, list) else [value])
    paths: list[str] = []
    for item in raw:
        paths.extend(p.strip() for p in str(item).split(",") if p.strip())
    return paths


def apply_update(
    view: dict[str, Any],
    body: dict[str, Any],
    req: Request,
    *,
    read_only: Iterable[str] = ("id",),
    field_names: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Apply a PATCH body: only the masked paths if a mask is given, else every field sent."""
    frozen = set(read_only)
    mask = update_mask(req)
    if not mask:
        for name, value in body.items():
            if name not in frozen:
                view[name] = value
        return view
    allowed = set(field_names) if field_names is not None else None
    for single in mask:
        top, _, rest = single.partition(".")
        if top in frozen or (allowed is not None and top not in allowed):
            raise invalid(f"update_mask.paths: {single!r} cannot be updated", "update_mask.paths")
        if rest:
            source = body.get(top)
            source = source.get(rest) if isinstance(source, dict) else None
            if source is None and not isinstance(view.get(top), dict):
                continue  # nothing to clear; never a new field the resource does not have
            target = view.setdefault(top, {})
            if not isinstance(target, dict):
                target = view[top] = {}
            if source is None:
                target.pop(rest, None)
            else:
                target[rest] = source
        elif top in body:
            view[top] = body[top]
        else:
            view.pop(top, None)
    return view


def body_object(req: Request) -> dict[str, Any]:
    if not isinstance(req.body, dict):
        raise invalid("the request body must be a JSON object")
    return req.body
