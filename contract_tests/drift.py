"""Spec drift: what a server answered that the effective spec does not describe.

Every answer the suite sees is walked against the response schema the spec gives for its
operation and status. Four kinds of drift are recorded, each at the place in the effective
spec that would have to change:

- a field an object schema does not list (with its JSON type and a masked example);
- an enum value the enum does not list;
- a status code the operation does not document;
- ``null`` where the schema is not nullable.

:func:`proposal` turns the observations into an overlay in the project's own format (JSON
Patch ops, each with a ``reason``), one op per location, additions only. Nothing here
knows about particular endpoints: the spec says what each answer should look like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource

from contract_tests.spec_index import Operation, escape, index_of, resolve

SECRET_KEY = re.compile(
    r"secret|token|password|passwd|authori[sz]ation|api_?key|credential", re.IGNORECASE
)
MAX_CASES = 3  # reproductions kept per location


@dataclass
class Observation:
    """One thing seen once: ``kind`` is field, enum, status or null; ``pointer`` is where in
    the effective spec it belongs; ``value`` is the observed value (field, enum) or body."""

    kind: str
    pointer: str
    operation: str
    status: str
    case: str
    value: Any = None
    key: str = ""  # the enum value or field name that makes the location unique

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "pointer": self.pointer,
            "operation": self.operation,
            "status": self.status,
            "case": self.case,
            "value": self.value,
            "key": self.key,
        }


def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    return index_of(spec).operations


class DriftRecorder:
    """Walks answers against the effective spec and keeps what the spec does not describe."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.operations = operations(spec)
        self._registry = Registry().with_resource("spec.json", Resource.opaque(spec))
        self.observations: list[Observation] = []
        self.echoes = 0
        self._sent: set[tuple[str, int]] = set()

    # -- entry point ----------------------------------------------------------------------

    def observe(
        self,
        operation_id: str,
        status: int,
        body: Any,
        case: str,
        is_json: bool = True,
        request_body: Any = None,
    ) -> list[Observation]:
        """Record the drift in one answer; returns what was recorded for it.

        A field some request of this run sent, with the same value, is an echo of the client
        (a server that stores what it is sent), not something the spec lacks: it is counted in
        ``echoes`` and not proposed.
        """
        op = self.operations.get(operation_id)
        if op is None:
            return []
        self._sent.update(_members(request_body))
        found: list[Observation] = []
        responses = resolve(self.spec, op.pointer).get("responses", {})
        code = str(status)
        key = next(
            (k for k in (code, f"{code[0]}XX", f"{code[0]}xx", "default") if k in responses),
            None,
        )
        if key is None:
            found.append(
                Observation(
                    "status",
                    f"{op.pointer}/responses/{code}",
                    op.operation_id,
                    code,
                    case,
                    value=body if is_json else None,
                    key=code,
                )
            )
        elif is_json:
            pointer = f"{op.pointer}/responses/{escape(key)}"
            response = resolve(self.spec, pointer)
            if "$ref" in response:
                pointer = response["$ref"].lstrip("#")
                response = resolve(self.spec, pointer)
            if "application/json" in response.get("content", {}):
                schema_pointer = f"{pointer}/content/application~1json/schema"
                for kind, where, value, name in self._walk(schema_pointer, body):
                    found.append(Observation(kind, where, op.operation_id, code, case, value, name))
        self.observations.extend(found)
        return found

    # -- the walk ---------------------------------------------------------------------------

    def _deref(self, pointer: str) -> tuple[str, dict[str, Any]]:
        node = resolve(self.spec, pointer)
        seen = set()
        while isinstance(node, dict) and "$ref" in node and pointer not in seen:
            seen.add(pointer)
            pointer = node["$ref"].lstrip("#")
            node = resolve(self.spec, pointer)
        return pointer, node if isinstance(node, dict) else {}

    def _walk(self, pointer: str, value: Any) -> Iterator[tuple[str, str, Any, str]]:
        target, schema = self._deref(pointer)
        if value is None:
            if not schema.get("nullable") and not resolve(self.spec, pointer).get("nullable"):
                yield ("null", pointer, None, "")
            return
        if "enum" in schema and isinstance(value, (str, int, float)):
            if value not in schema["enum"]:
                yield ("enum", f"{target}/enum", value, str(value))
            return
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                member = self._member(target, combinator, schema[combinator], value)
                if member is not None:
                    yield from self._walk(member, value)
                return
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            for item in value:
                yield from self._walk(f"{target}/items", item)
            return
        if isinstance(value, dict):
            yield from self._walk_object(target, schema, value)

    def _walk_object(
        self, target: str, schema: dict[str, Any], value: dict[str, Any]
    ) -> Iterator[tuple[str, str, Any, str]]:
        properties: dict[str, str] = {}  # name -> pointer of its schema
        open_ended: str | None = None
        listed = False
        for where, part in [(target, schema)] + [
            self._deref(f"{target}/allOf/{i}") for i in range(len(schema.get("allOf", [])))
        ]:
            if "properties" in part:
                listed = True
                for name in part["properties"]:
                    properties.setdefault(name, f"{where}/properties/{escape(name)}")
            extra = part.get("additionalProperties")
            if extra is True or isinstance(extra, dict):
                open_ended = f"{where}/additionalProperties" if isinstance(extra, dict) else ""
        for name, item in value.items():
            if name in properties:
                yield from self._walk(properties[name], item)
            elif open_ended:
                yield from self._walk(open_ended, item)
            elif open_ended is None and listed:
                if (name, _canonical(item)) in self._sent:
                    self.echoes += 1
                    continue
                yield ("field", f"{target}/properties/{escape(name)}", item, name)

    def _member(self, target: str, combinator: str, members: list[Any], value: Any) -> str | None:
        """The member schema an answer matches (the first valid one, else the closest)."""
        pointers = [f"{target}/{combinator}/{i}" for i in range(len(members))]
        best, best_score = None, -1
        for pointer in pointers:
            validator = OAS30Validator({"$ref": f"spec.json#{pointer}"}, registry=self._registry)
            try:
                validator.validate(value)
                return pointer
            except ValidationError:
                pass
            _, schema = self._deref(pointer)
            if isinstance(value, dict):
                score = len(set(value) & set(schema.get("properties", {})))
                if score > best_score:
                    best, best_score = pointer, score
        return best

    def matching_schema(self, operation_id: str, status: str, body: Any) -> dict[str, Any] | None:
        """A schema the operation already documents that describes ``body`` fully (valid, and
        no member it does not list), preferring responses of the same class (2xx, 4xx...)."""
        op = self.operations[operation_id]
        responses = resolve(self.spec, op.pointer).get("responses", {})
        for code in sorted(responses, key=lambda c: (c[0] != status[0], c)):
            pointer = f"{op.pointer}/responses/{escape(code)}"
            if "$ref" in responses[code]:
                pointer = responses[code]["$ref"].lstrip("#")
            response = resolve(self.spec, pointer)
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if not schema:
                continue
            pointer += "/content/application~1json/schema"
            validator = OAS30Validator({"$ref": f"spec.json#{pointer}"}, registry=self._registry)
            self._sent = set()
            if validator.is_valid(body) and not list(self._walk(pointer, body)):
                return dict(schema)
        return None


def _frozen(value: Any) -> Any:
    """A hashable stand-in for a JSON value (equal values, equal stand-ins)."""
    if isinstance(value, dict):
        return frozenset((k, _frozen(v)) for k, v in value.items())
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return (type(value).__name__, value)


def _canonical(value: Any) -> int:
    return hash(_frozen(value))


def _members(node: Any) -> Iterator[tuple[str, int]]:
    """Every (name, value) pair of every object in a request body, values hashed bottom-up."""
    found: list[tuple[str, int]] = []

    def visit(item: Any) -> Any:
        if isinstance(item, dict):
            frozen = {k: visit(v) for k, v in item.items()}
            found.extend((k, hash(v)) for k, v in frozen.items())
            return frozenset(frozen.items())
        if isinstance(item, list):
            return tuple(visit(v) for v in item)
        return (type(item).__name__, item)

    visit(node)
    return iter(found)


# --- from observations to an overlay -----------------------------------------------------------


def json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def mask(value: Any, key: str = "") -> Any:
    """An example that keeps the shape of a value but none of its content."""
    if SECRET_KEY.search(key):
        return "<redacted>"
    if isinstance(value, str):
        masked = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"[0-9]", "0", value)))
        return masked[:40]
    if isinstance(value, dict):
        return {k: mask(v, k) for k, v in list(value.items())[:10] if v is not None}
    if isinstance(value, list):
        return [mask(v, key) for v in value[:2] if v is not None]
    return value


def infer_schema(values: Iterable[Any]) -> dict[str, Any]:
    """The narrowest schema (type, properties, items) that every observed value fits."""
    values = list(values)
    types = {json_type(v) for v in values}
    schema: dict[str, Any] = {}
    if "null" in types:
        schema["nullable"] = True
        types.discard("null")
    if types == {"integer", "number"}:
        types = {"number"}
    if len(types) != 1:
        return schema  # no single type: leave it open
    (kind,) = types
    schema["type"] = kind
    present = [v for v in values if v is not None]
    if kind == "object":
        names = sorted({name for v in present for name in v})
        schema["properties"] = {
            name: infer_schema(v[name] for v in present if name in v) for name in names
        }
    elif kind == "array":
        items = [item for v in present for item in v]
        schema["items"] = infer_schema(items) if items else {}
    return schema


@dataclass
class Location:
    kind: str
    pointer: str
    key: str
    seen: dict[tuple[str, str], int] = field(default_factory=dict)  # (status, op) -> times
    values: list[Any] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)

    @property
    def times(self) -> int:
        return sum(self.seen.values())

    def reason(self) -> str:
        where = ", ".join(
            f"{status} of {op}" + (f" ({n} times)" if len(self.seen) > 1 else "")
            for (status, op), n in sorted(self.seen.items())
        )
        total = self.times
        what = {
            "field": f"undocumented field {self.key!r}",
            "enum": f"undocumented enum value {self.key!r}",
            "status": f"undocumented status {self.key}",
            "null": "null where the schema is not nullable",
        }[self.kind]
        return f"{what}: seen in {where}, {total} {'time' if total == 1 else 'times'}"


def locations(observations: Iterable[dict[str, Any]]) -> list[Location]:
    """Observations merged by location (the same field, enum value or status)."""
    merged: dict[tuple[str, str, str], Location] = {}
    for obs in observations:
        index = (obs["kind"], obs["pointer"], obs["key"])
        loc = merged.setdefault(index, Location(obs["kind"], obs["pointer"], obs["key"]))
        seen = (obs["status"], obs["operation"])
        loc.seen[seen] = loc.seen.get(seen, 0) + obs.get("times", 1)
        if len(loc.values) < 20:
            loc.values.append(obs["value"])
        for case in obs.get("cases") or [obs["case"]]:
            if case not in loc.cases and len(loc.cases) < MAX_CASES:
                loc.cases.append(case)
    return sorted(merged.values(), key=lambda loc: (loc.pointer, loc.key))


def compact(observations: Iterable[Observation]) -> list[dict[str, Any]]:
    """One dict per location with counts: what a test hands to the report (small to send)."""
    merged: dict[tuple[str, str, str, str, str], dict[str, Any]] = {}
    for obs in observations:
        index = (obs.kind, obs.pointer, obs.key, obs.status, obs.operation)
        entry = merged.get(index)
        if entry is None:
            entry = merged[index] = {**obs.as_dict(), "times": 0, "cases": []}
            entry["value"] = mask(obs.value, obs.key) if obs.kind != "enum" else obs.value
        entry["times"] += 1
        if len(entry["cases"]) < MAX_CASES and obs.case not in entry["cases"]:
            entry["cases"].append(obs.case)
    return list(merged.values())


def _op_for(location: Location, spec: dict[str, Any], recorder: DriftRecorder) -> dict[str, Any]:
    op: dict[str, Any]
    if location.kind == "field":
        value = infer_schema(location.values)
        value["description"] = "Undocumented; seen in answers of the live API."
        example = next((v for v in location.values if v is not None), None)
        if example is not None:
            value["example"] = example
        op = {"op": "add", "path": location.pointer, "value": value}
    elif location.kind == "enum":
        op = {"op": "add", "path": f"{location.pointer}/-", "value": location.key}
    elif location.kind == "null":
        node = resolve(spec, location.pointer)
        if "$ref" in node:
            op = {
                "op": "replace",
                "path": location.pointer,
                "value": {"allOf": [{"$ref": node["$ref"]}], "nullable": True},
            }
        else:
            verb = "replace" if "nullable" in node else "add"
            op = {"op": verb, "path": f"{location.pointer}/nullable", "value": True}
    else:  # status
        response: dict[str, Any] = {"description": "Undocumented; seen in answers of the live API."}
        bodies = [v for v in location.values if v is not None]
        if bodies:
            op_id = min(location.seen)[1]
            schema = recorder.matching_schema(op_id, location.key, bodies[0]) or infer_schema(
                bodies
            )
            response["content"] = {"application/json": {"schema": schema}}
        op = {"op": "add", "path": location.pointer, "value": response}
    op["reason"] = location.reason()
    op["cases"] = list(location.cases)
    return op


def _group_missing_properties(
    ops: list[dict[str, Any]], spec: dict[str, Any]
) -> list[dict[str, Any]]:
    """Fields of an object schema that has no ``properties`` yet go into one op creating it."""
    out: list[dict[str, Any]] = []
    created: dict[str, dict[str, Any]] = {}
    for op in ops:
        parent, _, name = op["path"].rpartition("/")
        if op["op"] == "add" and parent.endswith("/properties"):
            try:
                resolve(spec, parent)
            except (KeyError, IndexError, ValueError):
                group = created.get(parent)
                if group is None:
                    group = created[parent] = {
                        "op": "add",
                        "path": parent,
                        "value": {},
                        "reason": "",
                        "cases": [],
                    }
                    out.append(group)
                group["value"][name.replace("~1", "/").replace("~0", "~")] = op["value"]
                group["reason"] = "; ".join(filter(None, [group["reason"], op["reason"]]))
                group["cases"] = (group["cases"] + op["cases"])[:MAX_CASES]
                continue
        out.append(op)
    return out


def proposal(
    observations: Iterable[dict[str, Any]], spec: dict[str, Any], target: str
) -> dict[str, Any]:
    """An overlay (``reason`` + ``patch``) that makes the spec describe what was seen."""
    recorder = DriftRecorder(spec)
    # drift of another document's operations (the Batch API's) is reported, not proposed here
    locs = [
        loc
        for loc in locations(observations)
        if all(op_id in recorder.operations for _, op_id in loc.seen)
    ]
    ops = _group_missing_properties([_op_for(loc, spec, recorder) for loc in locs], spec)
    return {
        "reason": f"Describe what {target} answered beyond the spec (proposed by a contract run).",
        "patch": ops,
    }


def summary_lines(observations: Iterable[dict[str, Any]]) -> list[str]:
    locs = locations(observations)
    if not locs:
        return ["no drift: every answer is described by the spec"]
    lines = [f"{len(locs)} drift locations (answers the spec does not describe):"]
    for loc in locs:
        lines.append(f"  {loc.pointer}: {loc.reason()}")
    return lines


@schemathesis.check
def drift_recorded(ctx: Any, response: Any, case: Any) -> bool | None:
    """Never fails: records what the answer has that the spec does not describe, for the
    run's drift report (a no-op outside a contract run)."""
    from contract_tests.plugin import active

    plugin = active()
    record = plugin.current_record if plugin is not None else None
    if record is None:
        return None
    operation_id = case.operation.definition.raw.get("operationId", case.operation.label)
    request = response.request
    sent = request.body if isinstance(request.body, bytes) else (request.body or "").encode()
    record.observe(
        operation_id,
        response.status_code,
        (response.headers.get("content-type") or [""])[0],
        response.content,
        sent,
        f"{request.method} {request.url}",
        method=request.method or "",
        allow=(response.headers.get("allow") or [""])[0],
    )
    return None
