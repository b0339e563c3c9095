"""The run-time request check: what a type checker cannot see (a dict read from JSON).

Before anything is sent, a request body is walked against the generated table of its model
(:mod:`sinch_conversation.resources._schema`): an unknown field, an unknown enum value, a
missing required field or a value of the wrong type raises :class:`RequestValidationError`
naming the model, the path (``message.text_mesage``) and the closest known name. Enum members
and plain strings are both accepted; datetimes become ISO 8601 strings and nested generated
models their JSON. What comes out is the JSON body as sent. Answers are never checked here:
the generated models keep unknown fields and enum values of a response.
"""

from __future__ import annotations

import datetime
import difflib
import enum
from collections.abc import Mapping, Sequence
from typing import Any, Final

from .errors import RequestValidationError

__all__ = ["check_enum", "check_request"]

_schema: Any = None


def _tables() -> Any:
    global _schema
    if _schema is None:
        # the table is generated; loaded on the first request that needs it
        from .resources import _schema as loaded

        _schema = loaded
    return _schema


def _closest(word: str, known: Any) -> str | None:
    options: list[str] = list(known)
    upper = {o.upper(): o for o in options}
    if word.upper() in upper:
        return upper[word.upper()]
    match = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return match[0] if match else None


def _fail(model: str, path: str, problem: str, suggestion: str | None = None) -> None:
    raise RequestValidationError(model=model, path=path, problem=problem, suggestion=suggestion)


_PRIMITIVES: Final = {"str": str, "bool": bool}


def _value(schema: tuple[Any, ...], value: Any, model: str, path: str) -> Any:
    kind = schema[0]
    if kind == "str" or kind == "bool":
        if type(value) is _PRIMITIVES[kind] or isinstance(value, _PRIMITIVES[kind]):
            return str(value) if kind == "str" and isinstance(value, enum.Enum) else value
    elif kind == "model":
        if isinstance(value, Mapping):
            return _model(schema[1], value, path)
        if hasattr(value, "to_dict") and type(value).__name__ == schema[1]:
            return _model(schema[1], value.to_dict(), path)
    elif kind == "enum":
        if isinstance(value, str):
            values = _tables().ENUMS[schema[1]]
            if value in values:
                return str(value)
            _fail(
                model,
                path,
                f"{value!r} is not a {schema[1]} value",
                _closest(value, values),
            )
    elif kind == "list":
        if isinstance(value, Sequence) and not isinstance(value, str | bytes):
            item = schema[1]
            return [_value(item, v, model, f"{path}[{i}]") for i, v in enumerate(value)]
    elif kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif kind == "float":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
    elif kind == "datetime" or kind == "date":
        if isinstance(value, datetime.date):
            return value.isoformat().replace("+00:00", "Z")
        if isinstance(value, str):
            return value
    elif kind == "map":
        if isinstance(value, Mapping):
            item = schema[1]
            return {k: _value(item, v, model, f"{path}.{k}") for k, v in value.items()}
    elif kind == "union":
        return _union(schema[1], value, model, path)
    elif kind == "none":
        if value is None:
            return None
    elif kind == "any":
        return value
    expected = schema[1] if kind in ("model", "enum") else kind
    _fail(model, path, f"expected {expected}, got {type(value).__name__} {value!r:.60}")
    return None  # unreachable: _fail raises


def _union(options: tuple[tuple[Any, ...], ...], value: Any, model: str, path: str) -> Any:
    if value is None and ("none",) in options:
        return None
    if isinstance(value, Mapping) and len(options) > 1:
        # try first the model that knows most of the given keys; its error is the one shown
        models = _tables().MODELS

        def known(option: tuple[Any, ...]) -> int:
            if option[0] != "model":
                return -1
            fields = models[option[1]][0]
            return sum(1 for k in value if k in fields)

        options = tuple(sorted(options, key=known, reverse=True))
    first: RequestValidationError | None = None
    for option in options:
        try:
            return _value(option, value, model, path)
        except RequestValidationError as exc:
            first = first or exc
    assert first is not None
    raise first


def _model(name: str, data: Mapping[str, Any], path: str = "") -> dict[str, Any]:
    fields, required = _tables().MODELS[name]
    out: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{path}.{key}" if path else key
        schema = fields.get(key)
        if schema is None:
            _fail(name, where, f"{name} has no field {key!r}", _closest(str(key), fields))
        out[key] = _value(schema, value, name, where)
    if len(out) < len(required) or not required.issubset(out):
        missing = min(required - out.keys())
        where = f"{path}.{missing}" if path else missing
        _fail(name, where, f"{name} requires the field {missing!r}")
    return out


def check_request(model: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body for ``data`` as a ``model`` request; raises ``RequestValidationError``."""
    return _model(model, data)


def check_enum(enum_type: type[enum.Enum], value: Any, name: str) -> Any:
    """A query parameter's enum member for an enum member or a plain string."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        values = _tables().ENUMS[enum_type.__name__]
        if value in values:
            return enum_type(value)
        _fail(
            enum_type.__name__,
            name,
            f"{value!r} is not a {enum_type.__name__} value",
            _closest(value, values),
        )
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [check_enum(enum_type, v, f"{name}[{i}]") for i, v in enumerate(value)]
    return value
