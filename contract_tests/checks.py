"""Checks of what a server did, as schemathesis checks (``@schemathesis.check``).

Schemathesis' own checks look at one answer. These look at what a write did, with follow-up
requests sent the way the checked request was sent (same base URL, same ``Authorization``
header): a create or update is read back, a delete is looked up again, a created resource is
looked for in its list, a list is paged to its end, an answer to another project's path is
refused. Plus the answer-only checks schemathesis lacks: the ID read is the ID asked for,
an error's ``code`` is its HTTP status, a 429 says when to retry.

The contract suite runs them on every case (``ALL``). They are plain functions in
schemathesis' check registry, so a user of the schemathesis CLI loads them too::

    SCHEMATHESIS_HOOKS=contract_tests.checks schemathesis run build/spec/openapi.json \\
        --checks all -H "Authorization: Bearer $TOKEN" ...

What the spec knows comes from :mod:`contract_tests.spec_index`; nothing here names an
endpoint. Checks that send follow-up requests do so a few times per operation and run
(``CONTRACT_PROBES``, default 1), and without limit inside :func:`thorough`.
"""

from __future__ import annotations

import json
import os
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx
import schemathesis
from dateutil.parser import isoparse
from schemathesis import Case, Response
from schemathesis.checks import CheckContext

from contract_tests.spec_index import Operation, SpecIndex, index_of

PROBES = int(os.environ.get("CONTRACT_PROBES", "1"))
MAX_PAGES = int(os.environ.get("CONTRACT_MAX_PAGES", "20"))
OTHER_PROJECT = os.environ.get("CONTRACT_OTHER_PROJECT_ID", "contract-other-project")
DENIED = {401, 403, 404}
SECRET = ("secret", "token", "password", "credential")
# fields the server manages whatever a write sends: a v2 template's version is the version
# the write expects to replace, and the answer carries the next one
SERVER_MANAGED = {"version", "id"}

_state = threading.local()
_spent: Counter[tuple[str, str]] = Counter()
_client: httpx.Client | None = None


@contextmanager
def thorough() -> Iterator[None]:
    """Checks inside this block send their follow-up requests every time."""
    _state.thorough = True
    try:
        yield
    finally:
        _state.thorough = False


def _may_probe(check: str, case: Case) -> bool:
    if getattr(_state, "thorough", False):
        return True
    key = (check, case.operation.label)
    if _spent[key] >= PROBES:
        return False
    _spent[key] += 1
    return True


# --- reading a case and its answer --------------------------------------------------------


def _index(case: Case) -> SpecIndex:
    return index_of(case.operation.schema.raw_schema)


def _operation(case: Case) -> Operation | None:
    index = _index(case)
    return index.by_label.get(f"{case.method.upper()} {case.path}")


def _json(response: Response) -> Any:
    content_type = (response.headers.get("content-type") or [""])[0]
    if not response.content or "json" not in content_type:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _sent(response: Response) -> Any:
    body = response.request.body
    if not isinstance(body, (str, bytes)) or not body:
        return None
    try:
        return json.loads(body)
    except (ValueError, TypeError):
        return None


class Probe:
    """Follow-up requests, sent where and as the checked request was."""

    def __init__(self, response: Response, case: Case, op: Operation) -> None:
        url = urlsplit(str(response.request.url))
        segments = url.path.split("/")
        self.base = None
        self.path_params: dict[str, str] = {}
        for start in range(len(segments)):
            found = op.pattern.match("/" + "/".join(segments[start + 1 :]))
            if found and start < len(segments):
                self.base = urlunsplit(
                    (url.scheme, url.netloc, "/".join(segments[: start + 1]), "", "")
                )
                self.path_params = {k: unquote(v) for k, v in found.groupdict().items()}
                break
        self.headers = {
            name: value
            for name, value in response.request.headers.items()
            if name.lower() == "authorization"
        }

    @property
    def usable(self) -> bool:
        return self.base is not None

    def send(
        self, method: str, path: str, params: dict[str, Any] | None = None, json_body: Any = None
    ) -> httpx.Response:
        global _client
        if _client is None:
            _client = httpx.Client(timeout=30.0)
        assert self.base is not None
        kwargs: dict[str, Any] = {"params": params, "headers": self.headers}
        if json_body is not None:
            kwargs["json"] = json_body
        return _client.request(method, self.base.rstrip("/") + path, **kwargs)


def _body(response: httpx.Response) -> Any:
    try:
        return response.json() if response.content else None
    except ValueError:
        return None


def _fail(check: str, message: str, case: Case, probe: httpx.Response | None = None) -> None:
    detail = f"[{check}] {message}"
    if probe is not None:
        detail += (
            f"\nFollow-up: {probe.request.method} {probe.request.url} -> {probe.status_code}"
            f"\n{probe.text[:500]}"
        )
    raise AssertionError(detail)


def _comparable(name: str, value: Any) -> bool:
    """Values whose read-back is meaningful: non-empty scalars and lists of scalars (an empty
    value is a proto3 default, indistinguishable from unset); never secrets (masked)."""
    if any(word in name.lower() for word in SECRET):
        return False
    if isinstance(value, bool) or value in ("", 0, None, []):
        return False
    if isinstance(value, (str, int, float)):
        return True
    return isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value)


def expected_fields(
    index: SpecIndex, op: Operation, read: Operation, sent: Any, mask: list[str] | None
) -> dict[str, Any]:
    """The top-level fields of ``sent`` a read of the resource must show as sent."""
    if not isinstance(sent, dict):
        return {}
    readable = index.properties(index.success_schema(read))
    return {
        name: value
        for name, value in sent.items()
        if name in readable
        and name not in SERVER_MANAGED
        and _comparable(name, value)
        and (mask is None or name in mask)
        and not index.deref(readable[name]).get("writeOnly")
    }


def same(sent: Any, read: Any) -> bool:
    """Equal JSON values; date-times as the same instant (precision may differ)."""
    if sent == read:
        return True
    if isinstance(sent, str) and isinstance(read, str) and "T" in sent:
        try:
            return isoparse(sent) == isoparse(read)
        except ValueError:
            return False
    return False


def differences(expected: dict[str, Any], seen: Any) -> list[str]:
    if not isinstance(seen, dict):
        return [f"the answer is not an object: {str(seen)[:200]}"]
    return [
        f"{name}: sent {value!r}, read {seen.get(name, '<absent>')!r}"
        for name, value in expected.items()
        if not same(value, seen.get(name))
    ]


def update_mask(case: Case) -> list[str] | None:
    query = case.query or {}
    mask = query.get("update_mask") or query.get("update_mask.paths")
    if mask is None:
        return None
    items = mask if isinstance(mask, list) else [mask]
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def _find_in_list(
    probe: Probe,
    index: SpecIndex,
    listing: Operation,
    params: dict[str, Any],
    key: str,
    item_id: str,
) -> tuple[bool | None, httpx.Response | None]:
    """Whether ``item_id`` is in the list (following pages); None when it cannot be told."""
    try:
        path = listing.url(params)
    except (KeyError, TypeError):
        return None, None
    query: dict[str, Any] = {}
    pages = index.pages(listing)
    last = None
    for _ in range(MAX_PAGES):
        last = probe.send("GET", path, params=query or None)
        body = _body(last)
        if last.status_code != 200 or not isinstance(body, dict):
            return None, last
        items = body.get(key) or []
        if any(isinstance(item, dict) and item.get("id") == item_id for item in items):
            return True, last
        token = body.get("next_page_token")
        if not token:
            return False, last
        if not pages or query.get("page_token") == token:
            return None, last  # cannot page further: inconclusive (paging_is_sound reports it)
        query["page_token"] = token
    return None, last


def _created(case: Case, response: Response) -> tuple[Operation, Operation, dict[str, Any]] | None:
    op = _operation(case)
    if op is None:
        return None
    found = _index(case).created(
        op, response.status_code, dict(case.path_parameters or {}), _sent(response), _json(response)
    )
    return None if found is None else (op, *found)


# --- the checks ---------------------------------------------------------------------------


@schemathesis.check
def item_matches_path(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A GET of one resource answers that resource: its ``id`` is the one in the path."""
    op = _operation(case)
    body = _json(response)
    if op is None or op.method != "get" or not op.path.endswith("}") or response.status_code != 200:
        return None
    name = op.path_names[-1]
    if not isinstance(body, dict) or "id" not in body:
        return None
    asked = Probe(response, case, op).path_params.get(name)
    if asked and body["id"] != asked:
        _fail("item_matches_path", f"asked for {name}={asked!r}, answered id {body['id']!r}", case)
    return None


@schemathesis.check
def error_code_matches_status(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """An error envelope's ``error.code`` is the HTTP status it came with."""
    body = _json(response)
    if response.status_code < 400 or not isinstance(body, dict):
        return None
    error = body.get("error")
    code = error.get("code") if isinstance(error, dict) else None
    if isinstance(code, int) and code != response.status_code:
        _fail(
            "error_code_matches_status",
            f"HTTP {response.status_code} with error.code {code}",
            case,
        )
    return None


@schemathesis.check
def retry_after_on_429(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A 429 says when to retry: ``Retry-After`` as seconds or an HTTP date."""
    if response.status_code != 429:
        return None
    value = (response.headers.get("retry-after") or [""])[0].strip()
    if value.isdigit():
        return None
    from email.utils import parsedate_to_datetime

    try:
        parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        _fail("retry_after_on_429", f"429 with Retry-After {value or '<absent>'!r}", case)
    return None


@schemathesis.check
def page_size_respected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A list asked for ``page_size`` items answers at most that many."""
    op = _operation(case)
    size = (case.query or {}).get("page_size")
    body = _json(response)
    if op is None or response.status_code != 200 or not isinstance(size, int) or size <= 0:
        return None
    key = _index(case).items_key(op)
    if key and isinstance(body, dict) and len(body.get(key) or []) > size:
        _fail("page_size_respected", f"page_size={size}, {len(body[key])} {key}", case)
    return None


@schemathesis.check
def read_after_write(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """What a create or update sent is what its answer and a following GET show (with
    ``update_mask``: the masked fields)."""
    if not 200 <= response.status_code < 300 or case.method.upper() not in ("POST", "PATCH", "PUT"):
        return None
    index = _index(case)
    op = _operation(case)
    if op is None:
        return None
    if op.method == "post":
        created = _created(case, response)
        if created is None:
            return None
        _, read, params = created
        mask = None
    else:
        found = index.item_get(op) if op.path.endswith("}") else index.get_op(op.path)
        if found is None or found.path != op.path:
            return None
        read = found
        params = dict(case.path_parameters or {})
        mask = update_mask(case)
    expected = expected_fields(index, op, read, _sent(response), mask)
    if not expected:
        return None
    answer = _json(response)
    if index.properties(index.success_schema(op)).keys() >= expected.keys():
        wrong = differences(expected, answer)
        if wrong:
            _fail(
                "read_after_write",
                "the answer does not show what was sent: " + "; ".join(wrong),
                case,
            )
    if not _may_probe("read_after_write", case):
        return None
    probe = Probe(response, case, op)
    if not probe.usable:
        return None
    try:
        path = read.url(params)
    except (KeyError, TypeError):
        return None
    got = probe.send("GET", path)
    if got.status_code != 200:
        _fail("read_after_write", f"{read.operation_id} cannot read what was written", case, got)
    wrong = differences(expected, _body(got))
    if wrong:
        _fail(
            "read_after_write",
            "a read does not show what was written: " + "; ".join(wrong),
            case,
            got,
        )
    return None


@schemathesis.check
def created_resource_listed(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A created resource appears in the list of its kind."""
    created = _created(case, response)
    if created is None:
        return None
    op, read, params = created
    index = _index(case)
    found_list = index.list_of(read)
    listing_params = dict(params)
    if found_list is None:
        for target, expressions in index.links(op, response.status_code):
            key = index.items_key(target) if target.method == "get" else None
            if key and not target.path.endswith("}"):
                try:
                    from contract_tests.spec_index import evaluate

                    listing_params.update(
                        {
                            name: evaluate(expr, params, _sent(response), _json(response))
                            for name, expr in expressions.items()
                        }
                    )
                except (KeyError, IndexError, ValueError, TypeError):
                    continue
                found_list = (target, key)
                break
    if found_list is None or not _may_probe("created_resource_listed", case):
        return None
    listing, key = found_list
    item_id = params[read.path_names[-1]]
    probe = Probe(response, case, op)
    if not probe.usable:
        return None
    found, last = _find_in_list(probe, index, listing, listing_params, key, item_id)
    if found is False:
        _fail(
            "created_resource_listed",
            f"{item_id} was created but {listing.operation_id} does not list it",
            case,
            last,
        )
    return None


@schemathesis.check
def delete_deletes(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After a 2xx DELETE the resource is gone: its GET answers 404 and its list leaves it out."""
    op = _operation(case)
    if op is None or op.method != "delete" or not 200 <= response.status_code < 300:
        return None
    index = _index(case)
    read = index.get_op(op.path)
    if read is None or not _may_probe("delete_deletes", case):
        return None
    probe = Probe(response, case, op)
    if not probe.usable:
        return None
    params = probe.path_params
    got = probe.send("GET", read.url(params))
    if got.status_code != 404:
        _fail(
            "delete_deletes",
            f"{read.operation_id} after the delete answered {got.status_code}",
            case,
            got,
        )
    found_list = index.list_of(read) if read.path.endswith("}") else None
    if found_list is not None:
        listing, key = found_list
        found, last = _find_in_list(probe, index, listing, params, key, params[read.path_names[-1]])
        if found:
            _fail(
                "delete_deletes",
                f"{listing.operation_id} still lists the deleted resource",
                case,
                last,
            )
    return None


@schemathesis.check
def repeat_is_idempotent(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """DELETE and PATCH are idempotent: the same DELETE again answers 2xx or 404, the same
    PATCH again answers the same status and shows the same written fields."""
    op = _operation(case)
    if op is None or op.method not in ("delete", "patch") or not 200 <= response.status_code < 300:
        return None
    if not _may_probe("repeat_is_idempotent", case):
        return None
    probe = Probe(response, case, op)
    if not probe.usable:
        return None
    query = dict(httpx.URL(str(response.request.url)).params)
    again = probe.send(
        op.method.upper(),
        op.url(probe.path_params),
        params=query or None,
        json_body=_sent(response),
    )
    if op.method == "delete":
        if not (200 <= again.status_code < 300 or again.status_code == 404):
            _fail(
                "repeat_is_idempotent",
                f"the same DELETE again answered {again.status_code}",
                case,
                again,
            )
        return None
    if again.status_code != response.status_code:
        _fail(
            "repeat_is_idempotent",
            f"the same PATCH again answered {again.status_code}",
            case,
            again,
        )
    return None


@schemathesis.check
def paging_is_sound(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Following ``next_page_token`` never repeats a token, returns each item once and brings
    items: a token that leads only to empty pages never ends. A list longer than
    ``CONTRACT_MAX_PAGES`` pages is followed that far."""
    op = _operation(case)
    body = _json(response)
    if op is None or response.status_code != 200 or not isinstance(body, dict):
        return None
    index = _index(case)
    if not index.pages(op) or not body.get("next_page_token"):
        return None
    key = index.items_key(op)
    if key is None or not _may_probe("paging_is_sound", case):
        return None
    probe = Probe(response, case, op)
    if not probe.usable:
        return None
    query = {
        k: v for k, v in httpx.URL(str(response.request.url)).params.items() if k != "page_token"
    }
    tokens = {str((case.query or {}).get("page_token"))}
    seen = Counter(item.get("id") for item in body.get(key) or [] if isinstance(item, dict))
    token = body["next_page_token"]
    page = None
    for _ in range(MAX_PAGES):
        if token in tokens:
            _fail("paging_is_sound", f"next_page_token {token!r} came back again", case, page)
        tokens.add(token)
        page = probe.send("GET", op.url(probe.path_params), params={**query, "page_token": token})
        found = _body(page)
        if page.status_code != 200 or not isinstance(found, dict):
            _fail(
                "paging_is_sound",
                f"the page of token {token!r} answered {page.status_code}",
                case,
                page,
            )
        assert isinstance(found, dict)
        for item in found.get(key) or []:
            if isinstance(item, dict):
                seen[item.get("id")] += 1
        repeated = [item for item, times in seen.items() if item is not None and times > 1]
        if repeated:
            _fail(
                "paging_is_sound",
                f"items returned on more than one page: {repeated[:3]}",
                case,
                page,
            )
        token = found.get("next_page_token")
        if not token:
            return None
    # a long list is no fault: past MAX_PAGES only pages that bring nothing new are
    if sum(seen.values()) <= len(body.get(key) or []):
        _fail(
            "paging_is_sound",
            f"{MAX_PAGES} pages in a row with a next_page_token and no items",
            case,
            page,
        )
    return None


@schemathesis.check
def cross_project_denied(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """What one project may read, another project's path refuses (401, 403 or 404)."""
    op = _operation(case)
    if op is None or op.method != "get" or not 200 <= response.status_code < 300:
        return None
    if "project_id" not in op.path_names or not _may_probe("cross_project_denied", case):
        return None
    probe = Probe(response, case, op)
    if not probe.usable:
        return None
    params = {**probe.path_params, "project_id": OTHER_PROJECT}
    query = dict(httpx.URL(str(response.request.url)).params)
    got = probe.send("GET", op.url(params), params=query or None)
    if got.status_code not in DENIED:
        _fail(
            "cross_project_denied",
            f"project {OTHER_PROJECT!r} with these credentials answered {got.status_code}",
            case,
            got,
        )
    return None


def _refused_fields(body: Any) -> list[str]:
    """The fields a 400 error envelope names (field violations, else the message's prefix)."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return []
    fields = [
        str(violation.get("field", ""))
        for detail in error.get("details") or []
        if isinstance(detail, dict)
        for violation in detail.get("field_violations") or []
        if isinstance(violation, dict)
    ]
    if not fields and isinstance(error.get("message"), str) and ":" in error["message"]:
        fields = [error["message"].split(":", 1)[0]]
    return [f for f in fields if f]


@schemathesis.check
def valid_request_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A schema-valid request refused with 400 must say which field is wrong.

    Used instead of schemathesis' ``positive_data_acceptance``, which counts every 400 to a
    valid request: the API enforces rules its spec cannot state (an ID that must resolve,
    ranges, one field required with another), and names the field when it does. Requests
    known to be valid (real payloads, the lifecycle bodies) must be accepted outright
    (``test_lifecycle.py``)."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 400:
        return None
    if not _refused_fields(_json(response)):
        _fail("valid_request_accepted", "a request the spec allows was refused (400)", case)
    return None


#: what the contract suite runs on every answer, besides schemathesis' own checks
ALL = [
    item_matches_path,
    error_code_matches_status,
    retry_after_on_429,
    page_size_respected,
    read_after_write,
    created_resource_listed,
    delete_deletes,
    repeat_is_idempotent,
    paging_is_sound,
    cross_project_denied,
    valid_request_accepted,
]
