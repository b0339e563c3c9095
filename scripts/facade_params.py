"""What the facade needs to know about the generated models, read from their source with :mod:`ast`.

For every model of a generated package's ``models`` (``sinch_conversation_client``, and the
Batch API's ``sinch_conversation_batch_client``, merged by :meth:`Models.merge`): its fields (wire name, Python name,
annotation, required or not) and whether it is an open map (no declared fields); for every
enum: its values. From that, :func:`render_params` writes the request types users write
(``TypedDict`` per model, ``Literal`` per enum) and :func:`render_schema` the table the run-time
request check walks (:mod:`sinch_conversation._check`). Only models reachable from a request
body are written; answers stay the generated models.
"""

from __future__ import annotations

import ast
import keyword
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Field", "Model", "ModelError", "Models", "read_models"]


class ModelError(Exception):
    """A generated model has a shape the facade's request types cannot express."""


@dataclass(frozen=True)
class Field:
    wire: str  # the JSON key
    python: str  # the attribute name on the generated model
    annotation: ast.expr  # without ``| Unset``
    required: bool


@dataclass
class Model:
    name: str
    module: str  # module name under models/
    fields: list[Field] = field(default_factory=list)
    extra: ast.expr | None = None  # value type of additional_properties

    @property
    def is_open_map(self) -> bool:
        """No declared fields: any key (a free-form object such as ``conversation_metadata``)."""
        return not self.fields


@dataclass
class Models:
    models: dict[str, Model]
    enums: dict[str, tuple[str, list[str]]]  # name -> (module, values)
    packages: dict[str, str] = field(default_factory=dict)  # model or enum -> its package

    def merge(self, other: Models) -> None:
        """Add another generated package's models and enums. A name both define must have
        the same shape in both (the batch package's copies of the Conversation types): the
        request types and the run-time check know each name once, from the first package."""
        for name, model in other.models.items():
            mine = self.models.get(name)
            if mine is None:
                self.models[name] = model
                self.packages[name] = other.packages[name]
            elif _shape(mine) != _shape(model):
                raise ModelError(
                    f"model {name} differs between {self.packages[name]} and "
                    f"{other.packages[name]}: one request type cannot describe both"
                )
        for name, enum in other.enums.items():
            known = self.enums.get(name)
            if known is None:
                self.enums[name] = enum
                self.packages[name] = other.packages[name]
            elif sorted(known[1]) != sorted(enum[1]):
                raise ModelError(
                    f"enum {name} differs between {self.packages[name]} and "
                    f"{other.packages[name]}: one Literal cannot describe both"
                )

    # -- the names a type expression refers to

    def references(self, node: ast.expr) -> set[str]:
        return {
            n.id
            for n in ast.walk(node)
            if isinstance(n, ast.Name) and (n.id in self.models or n.id in self.enums)
        }

    def reachable(self, roots: set[str]) -> list[str]:
        """Models and enums reachable from ``roots`` (request bodies), in a stable order."""
        seen: set[str] = set()
        todo = sorted(roots)
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            model = self.models.get(name)
            if model is None:
                continue
            for f in model.fields:
                todo.extend(sorted(self.references(f.annotation) - seen))
            if model.extra is not None:
                todo.extend(sorted(self.references(model.extra) - seen))
        return sorted(seen)

    # -- a field's type as users write it (TypedDict side)

    def param_type(self, node: ast.expr) -> str:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return f"{self.param_type(node.left)} | {self.param_type(node.right)}"
        if isinstance(node, ast.Constant) and node.value is None:
            return "None"
        if isinstance(node, ast.Name):
            if node.id in ("str", "int", "float", "bool", "Any"):
                return node.id
            if node.id in self.enums:
                return f"{node.id} | {node.id}Literal"
            model = self.models.get(node.id)
            if model is not None:
                if model.is_open_map:
                    extra = self.param_type(model.extra) if model.extra is not None else "Any"
                    return f"Mapping[str, {extra}]"
                return f"{node.id}Param"
        if isinstance(node, ast.Attribute) and ast.unparse(node) in (
            "datetime.datetime",
            "datetime.date",
        ):
            return f"{ast.unparse(node)} | str"
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            if node.value.id == "list":
                return f"Sequence[{self.param_type(node.slice)}]"
            if node.value.id == "dict" and isinstance(node.slice, ast.Tuple):
                return f"Mapping[str, {self.param_type(node.slice.elts[1])}]"
        raise ModelError(f"no request type for {ast.unparse(node)}")

    # -- a field's type as the run-time check walks it (a nested tuple, see _check.py)

    def schema(self, node: ast.expr) -> tuple[object, ...]:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            options: list[tuple[object, ...]] = []
            for side in (node.left, node.right):
                part = self.schema(side)
                options.extend(part[1] if part[0] == "union" else [part])  # type: ignore[arg-type]
            return ("union", tuple(options))
        if isinstance(node, ast.Constant) and node.value is None:
            return ("none",)
        if isinstance(node, ast.Name):
            if node.id in ("str", "int", "float", "bool"):
                return (node.id,)
            if node.id == "Any":
                return ("any",)
            if node.id in self.enums:
                return ("enum", node.id)
            model = self.models.get(node.id)
            if model is not None:
                if model.is_open_map:
                    return (
                        "map",
                        self.schema(model.extra) if model.extra is not None else ("any",),
                    )
                return ("model", node.id)
        if isinstance(node, ast.Attribute) and ast.unparse(node) == "datetime.datetime":
            return ("datetime",)
        if isinstance(node, ast.Attribute) and ast.unparse(node) == "datetime.date":
            return ("date",)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            if node.value.id == "list":
                return ("list", self.schema(node.slice))
            if node.value.id == "dict" and isinstance(node.slice, ast.Tuple):
                return ("map", self.schema(node.slice.elts[1]))
        raise ModelError(f"no request schema for {ast.unparse(node)}")


def _shape(model: Model) -> tuple[object, ...]:
    fields = [(f.wire, f.python, ast.unparse(f.annotation), f.required) for f in model.fields]
    return (fields, ast.unparse(model.extra) if model.extra is not None else None)


def _strip_unset(node: ast.expr) -> tuple[ast.expr, bool]:
    """``X | Unset`` -> (X, True); anything else -> (itself, False)."""
    members: list[ast.expr] = []

    def walk(n: ast.expr) -> None:
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr):
            walk(n.left)
            walk(n.right)
        else:
            members.append(n)

    walk(node)
    kept = [m for m in members if not (isinstance(m, ast.Name) and m.id == "Unset")]
    if not kept:
        raise ModelError(f"a field typed only Unset: {ast.unparse(node)}")
    out = kept[0]
    for m in kept[1:]:
        out = ast.BinOp(left=out, op=ast.BitOr(), right=m)
    return out, len(kept) != len(members)


def _wire_names(cls: ast.ClassDef) -> dict[str, str]:
    """Local variable of ``to_dict`` -> JSON key, from ``field_dict.update({...})`` and
    ``field_dict["key"] = var`` (the shapes spec/templates/model.py.jinja writes)."""
    names: dict[str, str] = {}
    for fn in cls.body:
        if not (isinstance(fn, ast.FunctionDef) and fn.name == "to_dict"):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and isinstance(value, ast.Name):
                        names[value.id] = str(key.value)
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "field_dict"
                    and isinstance(target.slice, ast.Constant)
                    and isinstance(node.value, ast.Name)
                ):
                    names[node.value.id] = str(target.slice.value)
    return names


def read_models(models_dir: Path) -> Models:
    models: dict[str, Model] = {}
    enums: dict[str, tuple[str, list[str]]] = {}
    for path in sorted(models_dir.glob("*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef):
                continue
            bases = {ast.unparse(b) for b in cls.bases}
            if "StrEnum" in bases:
                values = [
                    str(s.value.value)
                    for s in cls.body
                    if isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant)
                ]
                enums[cls.name] = (path.stem, values)
                continue
            model = Model(cls.name, path.stem)
            wire = _wire_names(cls)
            for stmt in cls.body:
                if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                    continue
                name = stmt.target.id
                if name == "additional_properties":
                    sub = stmt.annotation
                    if isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Tuple):
                        model.extra = sub.slice.elts[1]
                    continue
                annotation, optional = _strip_unset(stmt.annotation)
                if name not in wire:
                    raise ModelError(f"{cls.name}.{name}: no JSON key found in to_dict")
                # a field with a default (UNSET, or an AbsentList factory) is optional
                required = not optional and stmt.value is None
                model.fields.append(Field(wire[name], name, annotation, required))
            models[cls.name] = model
    package = models_dir.parent.name
    return Models(models, enums, dict.fromkeys([*models, *enums], package))


def keyword_name(wire: str) -> str:
    """The Python name for a JSON key used as a keyword argument or TypedDict key."""
    return wire + "_" if keyword.iskeyword(wire) else wire


@dataclass(frozen=True)
class ParamKey:
    key: str
    type: str
    required: bool


@dataclass(frozen=True)
class ParamClass:
    name: str
    model: str
    keys: list[ParamKey]
    package: str  # the generated package of the model

    @property
    def class_syntax(self) -> bool:
        return all(k.key.isidentifier() and not keyword.iskeyword(k.key) for k in self.keys)


def params_context(models: Models, roots: set[str]) -> dict[str, object]:
    """What spec/templates/facade/params.py.jinja and _schema.py.jinja need."""
    names = models.reachable(roots)
    classes: list[ParamClass] = []
    schemas: dict[str, tuple[dict[str, str], list[str]]] = {}
    enums = sorted(n for n in names if n in models.enums)
    for name in names:
        model = models.models.get(name)
        if model is None or model.is_open_map:
            continue
        keys = [ParamKey(f.wire, models.param_type(f.annotation), f.required) for f in model.fields]
        classes.append(ParamClass(f"{name}Param", name, keys, models.packages[name]))
        schemas[name] = (
            {f.wire: repr(models.schema(f.annotation)) for f in model.fields},
            sorted(f.wire for f in model.fields if f.required),
        )
    taken = set(models.models) | set(models.enums)
    for cls in classes:
        if cls.name in taken:
            raise ModelError(f"request type {cls.name} would shadow a generated model")
    return {
        "classes": classes,
        "enums": [(e, models.packages[e], models.enums[e][0], models.enums[e][1]) for e in enums],
        "schemas": schemas,
        "uses_datetime": any("datetime." in k.type for c in classes for k in c.keys),
    }
