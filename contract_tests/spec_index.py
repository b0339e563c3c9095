"""One index of the effective spec for the whole suite.

Every part of the suite that needs to know the spec's operations reads them from here (drift,
cleanup, the 401 checks, the stateful links test, the report, the checks of what a write did):
each operation with its path pattern and parameters, and what the spec says about the
resources they touch: which GET reads what a create made (the create's links, else the REST
shape), which GET lists it and under which array, whether the list pages. Nothing here names
an endpoint. JSON pointers are resolved with ``jsonpointer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import jsonpointer

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
PARAM = re.compile(r"\{([^}]+)\}")


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(document: Any, pointer: str) -> Any:
    """``document`` at ``pointer`` ("/a/b", "#/a/b" or ""); KeyError when absent."""
    pointer = pointer.removeprefix("#")
    try:
        return jsonpointer.resolve_pointer(document, pointer)
    except jsonpointer.JsonPointerException as exc:
        raise KeyError(pointer) from exc


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # lower case, as in the spec
    path: str  # the spec's path template
    pattern: re.Pattern[str] = field(compare=False, repr=False)
    spec: dict[str, Any] = field(compare=False, repr=False)
    parameters: tuple[dict[str, Any], ...] = field(compare=False, repr=False)

    @property
    def pointer(self) -> str:
        return f"/paths/{escape(self.path)}/{self.method}"

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def path_names(self) -> list[str]:
        return PARAM.findall(self.path)

    def names(self, location: str) -> set[str]:
        return {p["name"] for p in self.parameters if p.get("in") == location}

    def url(self, params: dict[str, Any]) -> str:
        """The path with ``params`` filled in (percent-encoded); KeyError/TypeError if missing
        or if a value cannot address anything: "", "." and ".." are not a segment's value
        but an empty or dot segment, which URL normalisation removes (RFC 3986 5.2.4)."""

        def fill(found: re.Match[str]) -> str:
            value = params[found.group(1)]
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise TypeError(found.group(1))
            if value in ("", ".", ".."):
                raise TypeError(f"{found.group(1)}={value!r} cannot be a path segment")
            return quote(str(value), safe="")

        return PARAM.sub(fill, self.path)


def _regex(template: str) -> re.Pattern[str]:
    return re.compile(
        "".join(
            f"(?P<{part[1:-1].replace('.', '_')}>[^/]+)"
            if part.startswith("{")
            else re.escape(part)
            for part in re.split(r"(\{[^}]+\})", template)
        )
        + "$"
    )


class SpecIndex:
    """The operations of one spec document and the resource relations between them."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.operations: dict[str, Operation] = {}
        for path, item in spec["paths"].items():
            shared = [self.deref(p) for p in item.get("parameters", [])]
            pattern = _regex(path)
            for method in METHODS:
                if method not in item:
                    continue
                op = item[method]
                own = [self.deref(p) for p in op.get("parameters", [])]
                names = {(p.get("in"), p.get("name")) for p in own}
                params = [p for p in shared if (p.get("in"), p.get("name")) not in names] + own
                op_id = op.get("operationId") or f"{method.upper()} {path}"
                self.operations[op_id] = Operation(op_id, method, path, pattern, op, tuple(params))
        self.by_label = {op.label: op for op in self.operations.values()}

    def __iter__(self) -> Iterator[Operation]:
        return iter(self.operations.values())

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = resolve(self.spec, node["$ref"])
        return node

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation a request went to and its path parameters (``path``: after the base)."""
        for op in self.operations.values():
            if op.method == method.lower():
                found = op.pattern.match(path)
                if found:
                    return op, found.groupdict()
        return None

    def response(self, op: Operation, status: int | str) -> dict[str, Any]:
        responses = op.spec.get("responses", {})
        found = responses.get(str(status), responses.get(f"{str(status)[0]}XX"))
        resolved = self.deref(found) if found is not None else {}
        return resolved if isinstance(resolved, dict) else {}

    def success_schema(self, op: Operation) -> dict[str, Any]:
        for status in ("200", "201"):
            content = self.response(op, status).get("content", {})
            schema = content.get("application/json", {}).get("schema")
            if schema is not None:
                return self.deref(schema)
        return {}

    def properties(self, schema: Any) -> dict[str, Any]:
        """The properties a schema documents, through allOf."""
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return {}
        found = dict(schema.get("properties", {}))
        for member in schema.get("allOf", []):
            found.update(self.properties(member))
        return found

    def request_schema(self, op: Operation) -> dict[str, Any]:
        body = self.deref(op.spec.get("requestBody", {}))
        schema = body.get("content", {}).get("application/json", {}).get("schema", {})
        return self.deref(schema)

    # -- resources ------------------------------------------------------------------------

    def get_op(self, template: str) -> Operation | None:
        return self.by_label.get(f"GET {template}")

    def links(self, op: Operation, status: int) -> list[tuple[Operation, dict[str, Any]]]:
        found = []
        for link in self.response(op, status).get("links", {}).values():
            target = self.operations.get(self.deref(link).get("operationId", ""))
            if target is not None:
                found.append((target, self.deref(link).get("parameters", {})))
        return found

    @staticmethod
    def collection(template: str) -> str:
        """``/things`` for ``/things/{id}``, ``/things:send`` and ``/things``."""
        last = template.rsplit("/", 1)[-1]
        if last.startswith("{"):
            return template.rsplit("/", 1)[0]
        return template.rsplit(":", 1)[0] if ":" in last else template

    def item_get(self, op: Operation) -> Operation | None:
        """The GET of the single resource ``op`` acts on or creates."""
        if op.path.endswith("}"):
            same = self.get_op(op.path)
            if same is not None:
                return same
        collection = self.collection(op.path)
        for candidate in self.operations.values():
            if (
                candidate.method == "get"
                and candidate.path.endswith("}")
                and candidate.path.rsplit("/", 1)[0] == collection
            ):
                return candidate
        return None

    def created(
        self, op: Operation, status: int, path_params: dict[str, str], request_body: Any, body: Any
    ) -> tuple[Operation, dict[str, Any]] | None:
        """For the 2xx answer of a create: the item GET and the parameters that read it back."""
        if op.method != "post" or not 200 <= status < 300 or not isinstance(body, dict):
            return None
        for target, expressions in self.links(op, status):
            if target.method == "get" and target.path.endswith("}"):
                try:
                    params = {
                        name: evaluate(expr, path_params, request_body, body)
                        for name, expr in expressions.items()
                    }
                except (KeyError, IndexError, ValueError, TypeError):
                    continue
                return target, {**path_params, **params}
        if op.path.endswith("}") and ":" not in op.path.rsplit("/", 1)[-1]:
            return None  # a POST on an item is an action, not a create
        item = self.item_get(op)
        if item is None or item.path.rsplit("/", 1)[0] != self.collection(op.path):
            return None
        name = item.path_names[-1]
        value = body.get(name, body.get("id"))
        if not isinstance(value, str) or not value:
            return None
        return item, {**path_params, name: value}

    def list_of(self, item: Operation) -> tuple[Operation, str] | None:
        """The GET that lists resources like ``item`` (same collection), with the array key."""
        listing = self.get_op(self.collection(item.path))
        if listing is None or listing is item:
            return None
        key = self.items_key(listing)
        return (listing, key) if key else None

    def items_key(self, listing: Operation) -> str | None:
        """The array property of a list answer whose items carry an ``id``."""
        for name, schema in self.properties(self.success_schema(listing)).items():
            schema = self.deref(schema)
            if schema.get("type") == "array" and "id" in self.properties(schema.get("items", {})):
                return name
        return None

    def pages(self, listing: Operation) -> bool:
        """Whether ``listing`` pages: a page_token parameter and a next_page_token answer."""
        return "page_token" in listing.names("query") and "next_page_token" in self.properties(
            self.success_schema(listing)
        )


def evaluate(expression: Any, request_path: dict[str, str], request_body: Any, body: Any) -> Any:
    """A link's runtime expression ($response.body#/id, $request.path.x, ...) or constant."""
    if not isinstance(expression, str) or not expression.startswith("$"):
        return expression
    if expression.startswith("$response.body#"):
        return resolve(body, expression.partition("#")[2])
    if expression.startswith("$request.body#"):
        return resolve(request_body, expression.partition("#")[2])
    if expression.startswith("$request.path."):
        return request_path[expression.removeprefix("$request.path.")]
    raise KeyError(expression)


_BY_ID: dict[int, SpecIndex] = {}


def index_of(spec: dict[str, Any]) -> SpecIndex:
    """The index of ``spec`` (built once per document object)."""
    found = _BY_ID.get(id(spec))
    if found is None or found.spec is not spec:
        found = _BY_ID[id(spec)] = SpecIndex(spec)
    return found
