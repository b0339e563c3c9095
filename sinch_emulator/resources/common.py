"""What every handler needs: the request context, IDs, timestamps, lookups, paging, updates."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ulid import ULID

from ..errors import ApiError, invalid, not_found
from ..store import ProjectState

if TYPE_CHECKING:
    from ..app import Emulator

ULID_RE = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}\Z", re.IGNORECASE)
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000


@dataclass
class Context:
    """One validated API request, handed to a handler."""

    emulator: Emulator
    state: ProjectState
    args: list[str]  # path parameters in template order; args[0] is the project ID
    query: dict[str, Any]
    body: Any

    @property
    def project_id(self) -> str:
        return self.state.project_id

    @property
    def region(self) -> str:
        return self.state.region


def new_id() -> str:
    return str(ULID())


def now() -> str:
    return stamp(datetime.now(UTC))


def stamp(moment: datetime) -> str:
    """RFC 3339 in UTC with microseconds: fixed width, so strings sort as times do."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str, field: str) -> str:
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except (ValueError, TypeError):
        raise invalid(f"{field}: {text!r} is not an RFC 3339 timestamp", field) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return stamp(moment)


def is_ulid(value: Any) -> bool:
    return isinstance(value, str) and ULID_RE.match(value) is not None


def require_id(value: Any, field: str) -> str:
    """A 400 for an ID that is missing or not a ULID (the API's basic form check)."""
    if not value:
        raise invalid(f"{field} is required", field)
    if not is_ulid(value):
        raise invalid(f"{field}: {value!r} is not a valid ID (a ULID)", field)
    return value.upper()


def lookup(state: ProjectState, kind: str, ident: Any, field: str, what: str) -> dict:
    ident = require_id(ident, field)
    record = state.table(kind).get(ident)
    if record is None:
        raise not_found(what, ident)
    return record


def get_app(ctx: Context, app_id: Any, field: str = "app_id") -> dict:
    return lookup(ctx.state, "apps", app_id, field, "App")


def get_contact(ctx: Context, contact_id: Any, field: str = "contact_id") -> dict:
    return lookup(ctx.state, "contacts", contact_id, field, "Contact")


# --- paging ---------------------------------------------------------------------------------


def encode_token(position: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(position).encode()).decode().rstrip("=")


def decode_token(token: str) -> list:
    try:
        value = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        value = None
    if not isinstance(value, list):
        raise invalid("page_token is not a token this API returned", "page_token")
    return value


def page(
    items: Iterable[dict],
    key: Callable[[dict], list],
    ctx: Context,
    *,
    descending: bool = False,
    default_size: int = DEFAULT_PAGE_SIZE,
) -> tuple[list[dict], str]:
    """One page of ``items`` (already in list order) and the token of the next, '' at the end.

    The token is the position of the last item returned, so pages stay consistent while
    new records are added.
    """
    size = ctx.query.get("page_size") or default_size
    if size < 0:
        raise invalid("page_size must not be negative", "page_size")
    size = min(size, MAX_PAGE_SIZE)
    token = ctx.query.get("page_token")
    after = decode_token(token) if token else None
    out: list[dict] = []
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


# --- updates --------------------------------------------------------------------------------


def apply_update(
    record: dict,
    body: dict,
    ctx: Context,
    *,
    read_only: Iterable[str] = ("id",),
    field_names: Iterable[str] | None = None,
) -> dict:
    """Apply a PATCH body: only the ``update_mask.paths`` if given, else every field sent."""
    frozen = set(read_only)
    mask = ctx.query.get("update_mask.paths")
    if not mask:
        for name, value in body.items():
            if name not in frozen:
                record[name] = value
        return record
    allowed = set(field_names) if field_names is not None else None
    for path in mask:
        for single in str(path).split(","):
            single = single.strip()
            if not single:
                continue
            top, _, rest = single.partition(".")
            if top in frozen or (allowed is not None and top not in allowed):
                raise invalid(
                    f"update_mask.paths: {single!r} cannot be updated", "update_mask.paths"
                )
            if rest:
                source = body.get(top)
                source = source.get(rest) if isinstance(source, dict) else None
                target = record.setdefault(top, {})
                if not isinstance(target, dict):
                    target = record[top] = {}
                if source is None:
                    target.pop(rest, None)
                else:
                    target[rest] = source
            elif top in body:
                record[top] = body[top]
            else:
                record.pop(top, None)
    return record


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON merge patch."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for name, value in patch.items():
        if value is None:
            result.pop(name, None)
        else:
            result[name] = merge_patch(result.get(name), value)
    return result


def require_body_object(ctx: Context) -> dict:
    if not isinstance(ctx.body, dict):
        raise invalid("the request body must be a JSON object")
    return ctx.body


def ensure(condition: bool, message: str, field: str | None = None) -> None:
    if not condition:
        raise invalid(message, field)


__all__ = ["ApiError", "Context"]
