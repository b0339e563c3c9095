"""Drop the object fields a request schema does not describe, before a body is stored.

The spec leaves ``additionalProperties`` open, so a body with a field it does not know is
valid and is accepted; the API keeps only the fields it knows (protobuf messages behind
the JSON), so such a field never shows up in a later answer. Storing it would make the
emulator answer fields the spec does not describe, which is drift (contract_tests/drift.py).

A pruner is compiled once per schema: a closure per object and array level, ``None``
where nothing below can be pruned (scalars, free-form maps such as ``metadata_json``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Pruner = Callable[[Any], Any]
_COMPOSITIONS = ("allOf", "oneOf", "anyOf")


class PrunerCompiler:
    """Compiles pruners from schemas of ``document`` (local ``$ref``s resolved, recursion kept)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._by_ref: dict[str, Pruner | None] = {}
        self._cells: dict[str, list[Pruner | None]] = {}

    def compile(self, schema: Any) -> Pruner | None:
        if not isinstance(schema, dict):
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._compile_ref(ref)
        members = self._members(schema, set())
        if any(m.get("type") == "array" or "items" in m for m in members):
            items = [m["items"] for m in members if isinstance(m.get("items"), dict)]
            item = self.compile(items[0]) if len(items) == 1 else None
            return None if item is None else _array(item)
        return self._object(members)

    def _compile_ref(self, ref: str) -> Pruner | None:
        if ref in self._by_ref:
            return self._by_ref[ref]
        if ref in self._cells:  # recursion: the pruner is being built; call it later
            cell = self._cells[ref]
            return lambda value: cell[0](value) if cell[0] is not None else value
        self._cells[ref] = cell = [None]
        pruner = self.compile(self._resolve(ref))
        cell[0] = pruner
        self._by_ref[ref] = pruner
        return pruner

    def _resolve(self, ref: str) -> Any:
        node: Any = self.document
        for part in ref.lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def _members(self, schema: dict[str, Any], seen: set[str]) -> list[dict[str, Any]]:
        """``schema`` and every schema it is composed of (allOf, oneOf, anyOf), flattened."""
        out = [schema]
        for key in _COMPOSITIONS:
            for sub in schema.get(key) or ():
                if not isinstance(sub, dict):
                    continue
                ref = sub.get("$ref")
                if isinstance(ref, str):
                    if ref in seen:
                        continue
                    seen = seen | {ref}
                    sub = self._resolve(ref)
                out += self._members(sub, seen)
        return out

    def _object(self, members: list[dict[str, Any]]) -> Pruner | None:
        described = [m for m in members if "properties" in m]
        if not described:
            return None  # no object here, or a free-form one
        for m in members:
            extra = m.get("additionalProperties")
            if extra is True or isinstance(extra, dict):
                return None  # the schema itself admits fields it does not name
        schemas: dict[str, list[Any]] = {}
        for m in described:
            for name, sub in m["properties"].items():
                schemas.setdefault(name, []).append(sub)
        children: dict[str, Pruner | None] = {}
        for name, subs in schemas.items():
            distinct = {repr(s) for s in subs}
            # a field that two alternatives describe differently is kept whole
            children[name] = self.compile(subs[0]) if len(distinct) == 1 else None
        return _fields(children)


def closed(schema: Any) -> Any | None:
    """The schema, stricter: it admits only the values it admitted that the pruner compiled
    from it leaves unchanged (no field it does not describe, at any depth). A request body
    valid against it needs no pruning; None where ``schema`` keeps a ``$ref`` (recursion),
    whose target cannot be closed in place.

    ``schema`` has its refs inlined. Every object level the pruner prunes gets the union of
    its members' property names and ``additionalProperties: false`` (beside its own
    composition, which then leaves the properties described once to those checks); a
    property that two members describe differently, which the pruner keeps whole, is left
    open.
    """
    if _has_ref(schema):
        return None
    return _close(schema)


def _has_ref(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_has_ref(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_ref(v) for v in node)
    return False


def _flatten(schema: dict[str, Any]) -> list[dict[str, Any]]:
    out = [schema]
    for key in _COMPOSITIONS:
        for sub in schema.get(key) or ():
            if isinstance(sub, dict):
                out += _flatten(sub)
    return out


def _close(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    members = _flatten(schema)
    composed = len(members) > 1
    if any(m.get("type") == "array" or "items" in m for m in members):
        items = [m["items"] for m in members if isinstance(m.get("items"), dict)]
        if len(items) != 1:
            return schema
        if not composed and isinstance(schema.get("items"), dict):
            return {**schema, "items": _close(schema["items"])}
        return {"allOf": [schema], "items": _close(items[0])}
    described = [m for m in members if "properties" in m]
    if not described:
        return schema
    for m in members:
        extra = m.get("additionalProperties")
        if extra is True or isinstance(extra, dict):
            return schema
    subs: dict[str, list[Any]] = {}
    for m in described:
        for name, sub in m["properties"].items():
            subs.setdefault(name, []).append(sub)
    single = {name for name, found in subs.items() if len({repr(s) for s in found}) == 1}
    properties = {name: _close(found[0]) if name in single else {} for name, found in subs.items()}
    if not composed:
        return {**schema, "properties": properties, "additionalProperties": False}
    # the closed properties check a field described one way; inside the composition that
    # field's schema would check it a second time and decides nothing more (what passes the
    # stricter closed schema passes it), so there it admits anything: the composition keeps
    # its required lists and types, and an alternative is chosen as before
    return {
        "allOf": [_described_once(schema, single)],
        "properties": properties,
        "additionalProperties": False,
    }


def _described_once(schema: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """``schema`` and its composition members with the properties ``names`` admitting any
    value (the members :func:`_flatten` finds: this object level only)."""
    out = dict(schema)
    properties = schema.get("properties")
    if isinstance(properties, dict):
        out["properties"] = {k: ({} if k in names else v) for k, v in properties.items()}
    for key in _COMPOSITIONS:
        members = schema.get(key)
        if isinstance(members, list):
            out[key] = [_described_once(m, names) if isinstance(m, dict) else m for m in members]
    return out


def _fields(children: dict[str, Pruner | None]) -> Pruner:
    def prune(value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        out = {}
        for key, item in value.items():
            if key in children:
                child = children[key]
                out[key] = item if child is None else child(item)
        return out

    return prune


def _array(item: Pruner) -> Pruner:
    def prune(value: Any) -> Any:
        return [item(v) for v in value] if isinstance(value, list) else value

    return prune
