"""Load the effective OpenAPI spec and turn it into routes and precompiled validators.

Everything the emulator knows about paths, parameters and bodies comes from the spec file
at start-up, so overlays that add operations or tighten schemas take effect on restart with
no code change. Validators are built once per operation body and per parameter; ``$ref``s
are inlined beforehand because resolving references on every request would dominate the
cost of validating a ``messages:send``.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .errors import ApiError, invalid
from .pruning import Pruner, PrunerCompiler, closed
from .validation import SPEC_URI, SchemaRegistry, SchemaValidator, is_valid_function

PACKAGE_DIR = Path(__file__).resolve().parent
SPEC_ENV = "SINCH_EMULATOR_SPEC"
BUNDLED_SPEC = PACKAGE_DIR / "openapi.json"
REPO_SPEC = PACKAGE_DIR.parent / "build" / "spec" / "openapi.json"
MATCH_CACHE_SIZE = 4096
#: path IDs a client chooses; every other ``*_id`` is one the emulator minted (a ULID)
CLIENT_CHOSEN_IDS = frozenset({"project_id", "template_id"})
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecNotFound(RuntimeError):
    pass


BATCH_SPEC_ENV = "SINCH_EMULATOR_BATCH_SPEC"
BUNDLED_BATCH_SPEC = PACKAGE_DIR / "batch.json"
REPO_BATCH_SPEC = PACKAGE_DIR.parent / "build" / "spec" / "batch.json"


def find_batch_spec_path(explicit: str | os.PathLike | None = None) -> Path:
    """The Batch API's spec: an explicit path, $SINCH_EMULATOR_BATCH_SPEC, the bundled copy,
    the build output of `make spec`."""
    candidates = [Path(p) for p in (explicit, os.environ.get(BATCH_SPEC_ENV)) if p]
    candidates += [BUNDLED_BATCH_SPEC, REPO_BATCH_SPEC]
    for path in candidates:
        if path.is_file():
            return path
    raise SpecNotFound(
        f"no Batch API spec found for the emulator (tried {', '.join(map(str, candidates))}). "
        f"Run `make spec` in the repository, or point ${BATCH_SPEC_ENV} at build/spec/batch.json."
    )


def find_spec_path(explicit: str | os.PathLike | None = None) -> Path:
    """The spec file: an explicit path, $SINCH_EMULATOR_SPEC, the bundled copy, the build output."""
    candidates: list[tuple[str, Path]] = []
    if explicit:
        candidates.append(("the spec_path setting", Path(explicit)))
    if os.environ.get(SPEC_ENV):
        candidates.append((f"${SPEC_ENV}", Path(os.environ[SPEC_ENV])))
    candidates.append(("the copy bundled in the package", BUNDLED_SPEC))
    candidates.append(("the build output of `make spec`", REPO_SPEC))
    for _, path in candidates:
        if path.is_file():
            return path
    tried = "; ".join(f"{label}: {path}" for label, path in candidates)
    raise SpecNotFound(
        f"no OpenAPI spec found for the emulator (tried {tried}). Run `make spec` in the "
        f"repository, or point ${SPEC_ENV} at the effective openapi.json."
    )


# --- schema preparation -------------------------------------------------------------------


def _pointer(document: dict, ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs are supported, got {ref!r}")
    node: Any = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _drop_read_only_required(document: dict) -> dict:
    """The request view of the spec: readOnly properties are never required from a client."""
    document = copy.deepcopy(document)

    def is_read_only(prop: Any) -> bool:
        seen = 0
        while isinstance(prop, dict) and "$ref" in prop and seen < 20:
            prop, seen = _pointer(document, prop["$ref"]), seen + 1
        return isinstance(prop, dict) and prop.get("readOnly") is True

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            props, required = node.get("properties"), node.get("required")
            if isinstance(props, dict) and isinstance(required, list):
                node["required"] = [n for n in required if not is_read_only(props.get(n))]
                if not node["required"]:
                    del node["required"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return document


class _Inliner:
    """Replaces local $refs with the referenced schema; recursive refs stay as registry refs."""

    def __init__(self, document: dict) -> None:
        self.document = document
        self.done: dict[str, Any] = {}
        self.active: set[str] = set()
        self.recursive = False

    def __call__(self, node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in self.done:
                    return self.done[ref]
                if ref in self.active:
                    self.recursive = True
                    return {"$ref": SPEC_URI + ref}
                self.active.add(ref)
                result = self(_pointer(self.document, ref))
                self.active.discard(ref)
                self.done[ref] = result
                return result
            inlined = {
                k: (v if k in ("example", "examples", "description") else self(v))
                for k, v in node.items()
            }
            if inlined.pop("nullable", False) is True:
                # OpenAPI 3.0's nullable, said the JSON Schema way: the validators are
                # Draft 4 and would ignore it (a nullable allOf would refuse null)
                return {"anyOf": [{"type": "null"}, inlined]}
            return inlined
        if isinstance(node, list):
            return [self(v) for v in node]
        return node


class _SchemaSide:
    """One view of the spec (requests or responses): inlines schemas, then compiles them.

    The registry that recursive ``$ref``s point into is built on demand, after the schema
    asking for it has been inlined: only inlining finds the recursion (``Node{child: Node}``).
    """

    def __init__(self, document: dict) -> None:
        self.document = document
        self.inline = _Inliner(document)
        self._registry: SchemaRegistry | None = None

    def registry(self) -> SchemaRegistry | None:
        if not self.inline.recursive:
            return None
        if self._registry is None:
            self._registry = SchemaRegistry(self.inline(self.document))
        return self._registry

    def validator(self, schema: Any, where: str) -> SchemaValidator:
        inlined = self.inline(schema)
        return SchemaValidator(inlined, self.registry(), where)

    def valid_as_is(self, schema: Any) -> Callable[[Any], bool] | None:
        strict = closed(self.inline(schema))
        return None if strict is None else is_valid_function(strict)


# --- operations and routing ---------------------------------------------------------------


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: Any
    validator: SchemaValidator | None
    kind: str  # string | integer | number | boolean | array
    item_kind: str = "string"
    #: False: an array travels comma-separated in one value (``a,b``), OpenAPI's explode
    explode: bool = True

    def coerce(self, raw: list[str]) -> Any:
        """Turn query-string text into the JSON value the parameter's schema describes."""
        if self.kind == "array":
            if not self.explode:
                raw = [part for value in raw for part in value.split(",") if part]
            return [_coerce_scalar(v, self.item_kind, self.name) for v in raw]
        return _coerce_scalar(raw[-1], self.kind, self.name)


def _coerce_scalar(text: str, kind: str, name: str) -> Any:
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            raise invalid(f"{name}: {text!r} is not an integer", name) from None
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            raise invalid(f"{name}: {text!r} is not a number", name) from None
    if kind == "boolean":
        lowered = text.lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        raise invalid(f"{name}: {text!r} is not a boolean", name)
    return text


@dataclass(eq=False)
class Operation:
    """Everything the emulator knows about one operation, compiled once at start-up: its
    route, its validators and pruner, its documented statuses and (once a registry is bound,
    :meth:`~sinch_emulator.registry.Registry.bind`) the handler that serves it."""

    method: str
    path: str
    operation_id: str
    #: method plus the path with every parameter written ``{}``
    key: tuple[str, str]
    regex: re.Pattern
    path_params: list[Param]
    #: names of the template's parameters, in order
    path_names: list[str]
    query_params: dict[str, Param]
    body: SchemaValidator | None
    body_required: bool
    #: drops the body's fields the schema does not describe (None: nothing to drop)
    prune: Pruner | None = None
    #: True for a valid body with nothing to prune (:func:`.pruning.closed`): one check
    #: instead of validating and pruning; None where the schema cannot be closed
    valid_as_is: Callable[[Any], bool] | None = field(default=None, repr=False)
    responses: dict[str, Any] = field(repr=False, default_factory=dict)
    documented_statuses: frozenset[int] = frozenset()
    tags: tuple[str, ...] = ()
    #: position of project_id among the path values (None: the caller's project)
    project_index: int | None = None
    #: (position, name) of path values that are emulator-minted resource IDs (ULIDs)
    id_params: tuple[tuple[int, str], ...] = ()
    required_query: tuple[str, ...] = ()
    #: (position, validator) of path values checked against their schema: not plain
    #: strings, not IDs (those are checked as ULIDs)
    checked_path: tuple[tuple[int, SchemaValidator], ...] = ()
    #: called with the request and the path values; None: no handler (the answer is a 501)
    handler: Callable[[Any, list[str]], Any] | None = field(default=None, repr=False)
    #: answer validators by status, compiled on first use
    response_validators: dict[int, SchemaValidator | None] = field(repr=False, default_factory=dict)


def _schema_kind(schema: Any) -> str:
    if isinstance(schema, dict):
        kind = schema.get("type")
        if isinstance(kind, str):
            return kind
    return "string"


def route_key(method: str, template: str) -> tuple[str, str]:
    return method.upper(), re.sub(r"\{[^}/]+\}", "{}", template)


def _path_regex(template: str) -> re.Pattern:
    pattern, pos = "", 0
    for m in re.finditer(r"\{([^}/]+)\}", template):
        # a server-issued id never holds ":": "{id}:stop" is the stop method of id (Google API
        # style custom methods, AIP-136); a client-chosen id may ("a:b" is a template id)
        value = r"([^/]+)" if m.group(1) in CLIENT_CHOSEN_IDS else r"([^/:]+)"
        pattern += re.escape(template[pos : m.start()]) + value
        pos = m.end()
    pattern += re.escape(template[pos:])
    return re.compile(pattern + r"\Z")


class Spec:
    """The effective spec as one compiled :class:`Operation` per operation, built at start-up."""

    def __init__(self, document: dict, source: str = "<memory>") -> None:
        self.document = document
        self.source = source
        self._request_doc = _drop_read_only_required(document)
        self._request = _SchemaSide(self._request_doc)
        self._response = _SchemaSide(document)
        self._pruners = PrunerCompiler(self._request_doc)
        self.operations: list[Operation] = []
        for template, item in document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    self.operations.append(self._operation(template, method, item[method], shared))
        # most specific first: literal text outweighs parameters
        self.operations.sort(key=lambda o: (-len(re.sub(r"\{[^}]*\}", "", o.path)), o.path))
        #: recent (method, path) -> match: a client repeats its paths, a scan costs more
        self._matched: dict[tuple[str, str], tuple[Operation, list[str]]] = {}

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> Spec:
        spec_path = find_spec_path(path)
        with open(spec_path, encoding="utf-8") as fh:
            return cls(json.load(fh), str(spec_path))

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = _pointer(self.document, node["$ref"])
        return node

    def _param(self, name: str, location: str, p: dict) -> Param:
        schema = p.get("schema", {"type": "string"})
        resolved = self._resolve(schema)
        return Param(
            name,
            location,
            bool(p.get("required")) or location == "path",
            schema,
            self._request.validator(schema, name),
            _schema_kind(resolved),
            _schema_kind(self._resolve(resolved.get("items", {}))),
            bool(p.get("explode", p.get("style", "form") == "form")),
        )

    def _operation(self, template: str, method: str, raw: dict, shared: list) -> Operation:
        declared: dict[tuple[str, str], dict] = {}
        for p in [*shared, *raw.get("parameters", [])]:
            p = self._resolve(p)
            declared[(p["name"], p["in"])] = p
        params = {key: self._param(*key, p) for key, p in declared.items()}
        path_names = re.findall(r"\{([^}/]+)\}", template)
        # a template name without a parameter object is a plain string
        path_params = [
            params.get((name, "path")) or self._param(name, "path", {}) for name in path_names
        ]
        query_params = {name: p for (name, where), p in params.items() if where == "query"}
        body_schema, body_required = None, False
        body = self._resolve(raw.get("requestBody")) if raw.get("requestBody") else None
        if body:
            body_required = bool(body.get("required"))
            media = body.get("content", {}).get("application/json")
            if media is not None:
                body_schema = media.get("schema", {})
        statuses = frozenset(int(s) for s in raw.get("responses", {}) if s.isdigit())
        return Operation(
            method=method.upper(),
            path=template,
            operation_id=raw.get("operationId", ""),
            key=route_key(method, template),
            regex=_path_regex(template),
            path_params=path_params,
            path_names=path_names,
            query_params=query_params,
            body=None if body_schema is None else self._request.validator(body_schema, ""),
            body_required=body_required,
            prune=None if body_schema is None else self._pruners.compile(body_schema),
            valid_as_is=None if body_schema is None else self._request.valid_as_is(body_schema),
            responses=raw.get("responses", {}),
            documented_statuses=statuses,
            tags=tuple(raw.get("tags") or ()),
            project_index=path_names.index("project_id") if "project_id" in path_names else None,
            id_params=tuple(
                (i, n)
                for i, n in enumerate(path_names)
                if n.endswith("_id") and n not in CLIENT_CHOSEN_IDS
            ),
            required_query=tuple(n for n, p in query_params.items() if p.required),
            checked_path=tuple(
                (i, p.validator)
                for i, p in enumerate(path_params)
                if p.validator is not None
                and p.validator.schema not in ({"type": "string"}, {})
                and not (p.name.endswith("_id") and p.name not in CLIENT_CHOSEN_IDS)
            ),
        )

    # -- lookups

    def match(self, method: str, path: str) -> tuple[Operation, list[str]]:
        """The operation for a request: a 404 for an unknown path, a 405 for a wrong method."""
        found = self._matched.get((method, path))
        if found is not None:
            return found
        op, args = self._match(method, path)
        if len(self._matched) >= MATCH_CACHE_SIZE:
            self._matched.clear()
        self._matched[(method, path)] = (op, args)
        return op, args

    def _match(self, method: str, path: str) -> tuple[Operation, list[str]]:
        allowed: list[str] = []
        for op in self.operations:
            m = op.regex.match(path)
            if m is None:
                continue
            if op.method == method:
                if "%" in path:  # escaped by app.in_segments: one value each
                    return op, [unquote(value) for value in m.groups()]
                return op, list(m.groups())
            allowed.append(op.method)
        if allowed:
            # RFC 9110: a method the resource does not support is 405 with Allow
            raise ApiError(
                405,
                f"Method {method} is not allowed at {path}; the path supports "
                f"{', '.join(sorted(set(allowed)))}.",
                headers={"Allow": ", ".join(sorted(set(allowed)))},
            )
        raise ApiError(404, f"No endpoint at {path}.")

    def response_validator(self, op: Operation, status: int) -> SchemaValidator | None:
        """Validator for an answer of ``op`` with ``status`` (None: no JSON schema documented)."""
        if status not in op.response_validators:
            raw = op.responses.get(str(status)) or op.responses.get("default")
            media = None if raw is None else self._resolve(raw).get("content", {})
            schema = None if media is None else media.get("application/json")
            op.response_validators[status] = (
                None
                if schema is None
                else self._response.validator(schema.get("schema", {}), "response")
            )
        return op.response_validators[status]

    def component_schema(self, name: str, *, request: bool = True) -> Any:
        """A named component schema with refs inlined (request view by default)."""
        side = self._request if request else self._response
        return side.inline({"$ref": f"#/components/schemas/{name}"})
