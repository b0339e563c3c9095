"""Compile JSON Schema (the Draft 4 subset OpenAPI 3.0 uses) into plain Python predicates.

``jsonschema`` interprets a schema on every call, which costs more than the rest of a
``messages:send`` together. A compiled predicate answers "valid or not" for the common case
in a few microseconds; only when it says "invalid" does :class:`~sinch_emulator.spec.
SchemaValidator` ask ``jsonschema`` for the verdict and the message, so ``jsonschema``
stays the reference. Schemas using anything outside the supported keywords are not compiled
(``compile_schema`` returns None) and are checked by ``jsonschema`` alone.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

Predicate = Callable[[Any], bool]

ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "readOnly",
        "writeOnly",
        "default",
        "deprecated",
        "externalDocs",
        "xml",
        "discriminator",
        "nullable",
    }
)

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _is_date_time(value: Any) -> bool:
    """RFC 3339 date-time, as the API's timestamps are."""
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _int_range(bits: int) -> Predicate:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    return lambda v: not isinstance(v, int) or isinstance(v, bool) or low <= v <= high


#: formats the API's schemas use with a meaning a server must enforce; others are annotations
FORMATS: dict[str, Predicate] = {
    "date-time": _is_date_time,
    "int32": _int_range(32),
    "int64": _int_range(64),
}


class Unsupported(Exception):
    pass


def _type_check(name: str) -> Predicate:
    if name == "object":
        return lambda v: type(v) is dict or isinstance(v, dict)
    if name == "array":
        return lambda v: isinstance(v, list)
    if name == "string":
        return lambda v: isinstance(v, str)
    if name == "integer":
        return lambda v: isinstance(v, int) and not isinstance(v, bool)
    if name == "number":
        return lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
    if name == "boolean":
        return lambda v: isinstance(v, bool)
    if name == "null":
        return lambda v: v is None
    raise Unsupported(f"type {name!r}")


def _compile(schema: Any) -> Predicate:
    if schema is True or schema == {}:
        return lambda v: True
    if schema is False:
        return lambda v: False
    if not isinstance(schema, dict):
        raise Unsupported("schema is not an object")
    checks: list[Predicate] = []
    for key, value in schema.items():
        if key in ANNOTATIONS or key.startswith("x-"):
            continue
        if key == "type":
            if isinstance(value, list):
                subs = [_type_check(t) for t in value]
                checks.append(lambda v, subs=subs: any(s(v) for s in subs))
            else:
                checks.append(_type_check(value))
        elif key == "properties":
            props = {name: _compile(sub) for name, sub in value.items()}

            def check_props(v, props=props):
                if not isinstance(v, dict):
                    return True
                for name, item in v.items():
                    sub = props.get(name)
                    if sub is not None and not sub(item):
                        return False
                return True

            checks.append(check_props)
        elif key == "required":
            names = tuple(value)
            checks.append(
                lambda v, names=names: not isinstance(v, dict) or all(n in v for n in names)
            )
        elif key == "additionalProperties":
            known = tuple((schema.get("properties") or {}).keys())
            if value is True or value == {}:
                continue
            if value is False:
                checks.append(
                    lambda v, known=known: not isinstance(v, dict) or all(k in known for k in v)
                )
            else:
                sub = _compile(value)
                checks.append(
                    lambda v, known=known, sub=sub: (
                        not isinstance(v, dict)
                        or all(sub(x) for k, x in v.items() if k not in known)
                    )
                )
        elif key == "items":
            if not isinstance(value, dict):
                raise Unsupported("tuple items")
            sub = _compile(value)
            checks.append(lambda v, sub=sub: not isinstance(v, list) or all(sub(x) for x in v))
        elif key == "enum":
            if not all(isinstance(x, str) for x in value):
                raise Unsupported("non-string enum")
            allowed = frozenset(value)
            checks.append(lambda v, allowed=allowed: isinstance(v, str) and v in allowed)
        elif key in ("oneOf", "anyOf", "allOf"):
            subs = [_compile(s) for s in value]
            if key == "oneOf":

                def one_of(v, subs=subs):
                    hits = 0
                    for sub in subs:
                        if sub(v):
                            hits += 1
                            if hits > 1:
                                return False
                    return hits == 1

                checks.append(one_of)
            elif key == "anyOf":
                checks.append(lambda v, subs=subs: any(s(v) for s in subs))
            else:
                checks.append(lambda v, subs=subs: all(s(v) for s in subs))
        elif key == "not":
            sub = _compile(value)
            checks.append(lambda v, sub=sub: not sub(v))
        elif key == "format":
            if value in FORMATS:
                checks.append(FORMATS[value])
        elif key == "maxLength":
            checks.append(lambda v, n=value: not isinstance(v, str) or len(v) <= n)
        elif key == "minLength":
            checks.append(lambda v, n=value: not isinstance(v, str) or len(v) >= n)
        elif key == "maxItems":
            checks.append(lambda v, n=value: not isinstance(v, list) or len(v) <= n)
        elif key == "minItems":
            checks.append(lambda v, n=value: not isinstance(v, list) or len(v) >= n)
        elif key == "pattern":
            rx = re.compile(value)
            checks.append(lambda v, rx=rx: not isinstance(v, str) or rx.search(v) is not None)
        elif key in ("minimum", "maximum") and not schema.get(
            "exclusiveMinimum" if key == "minimum" else "exclusiveMaximum"
        ):

            def bound(v, n=value, low=(key == "minimum")):
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    return True
                return v >= n if low else v <= n

            checks.append(bound)
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and value is False:
            continue
        else:
            raise Unsupported(f"keyword {key!r}")
    if not checks:
        return lambda v: True
    if len(checks) == 1:
        return checks[0]
    checks_t = tuple(checks)

    def check_all(v):
        for check in checks_t:
            if not check(v):
                return False
        return True

    return check_all


def compile_schema(schema: Any) -> Predicate | None:
    """A predicate equivalent to Draft 4 validation of ``schema``, or None if unsupported."""
    try:
        return _compile(schema)
    except (Unsupported, re.error, TypeError, AttributeError):
        return None
