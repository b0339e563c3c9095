"""Schema validators: ``jsonschema-rs`` decides, ``jsonschema`` words the error.

A request is checked by a validator compiled once at start-up by ``jsonschema-rs`` (a few
microseconds for a ``messages:send`` body). Only a request already known to be invalid is
handed to ``jsonschema``, whose ``best_match`` names the field and the rule broken in the
400 answer. Both see the same schema and the project's formats: ``date-time`` (RFC 3339),
``int32`` and ``int64`` (ranges); other formats are annotations.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from typing import Any

import jsonschema  # type: ignore[import-untyped,unused-ignore]
import jsonschema_rs
from jsonschema.exceptions import best_match  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from .errors import invalid

SPEC_URI = "urn:sinch-conversation-spec"
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
INT_RANGES = {"int32": 32, "int64": 64}


def is_date_time(value: Any) -> bool:
    """RFC 3339 date-time, as the API's timestamps are (non-strings are not this check's job)."""
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.datetime.fromisoformat(value.upper())
    except ValueError:
        return False
    return True


def _in_range(bits: int) -> Any:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    return lambda v: not isinstance(v, int) or isinstance(v, bool) or low <= v <= high


FORMAT_CHECKER = jsonschema.FormatChecker(formats=())
FORMAT_CHECKER.checks("date-time")(is_date_time)
for _name, _bits in INT_RANGES.items():
    FORMAT_CHECKER.checks(_name)(_in_range(_bits))


def with_int_bounds(node: Any) -> Any:
    """The schema with int32/int64 written as bounds (jsonschema-rs applies formats to strings
    only); a bound the schema already has and that is tighter stays."""
    if isinstance(node, list):
        return [with_int_bounds(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: (v if k in ("enum", "example", "default") else with_int_bounds(v))
        for k, v in node.items()
    }
    fmt = node.get("format")
    bits = INT_RANGES.get(fmt) if isinstance(fmt, str) else None
    if bits is not None and node.get("type") == "integer":
        low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
        if "minimum" not in node or node.get("exclusiveMinimum"):
            out["minimum"] = max(low, node["minimum"]) if "minimum" in node else low
        if "maximum" not in node or node.get("exclusiveMaximum"):
            out["maximum"] = min(high, node["maximum"]) if "maximum" in node else high
    return out


def _describe(error: jsonschema.ValidationError, where: str) -> tuple[str, str]:
    path = ".".join(str(p) for p in error.absolute_path)
    field_name = f"{where}.{path}" if where and path else (path or where)
    message = error.message
    if error.validator in ("maxItems", "minItems") and isinstance(error.instance, list):
        # the list itself can be long (1,001 recipients): name the limit, not the items
        bound = "at most" if error.validator == "maxItems" else "at least"
        message = f"{len(error.instance)} items; {bound} {error.validator_value} allowed"
    if len(message) > 300:  # a long value would push the rule out of the message
        rule = json.dumps(error.validator_value, ensure_ascii=False)
        rule = rule if len(rule) <= 200 else rule[:200] + "..."
        message = f"the value breaks {error.validator} {rule}"
    return field_name, f"{field_name}: {message}" if field_name else message


class SchemaRegistry:
    """The spec with refs inlined, as both libraries' registries: what the ``$ref``s that
    recursive schemas keep (``SPEC_URI#/components/schemas/Node``) resolve against."""

    def __init__(self, document: Any) -> None:
        self.fast = jsonschema_rs.Registry([(SPEC_URI, with_int_bounds(document))])
        resource = Resource.from_contents(document, default_specification=DRAFT4)
        self.reference = Registry().with_resource(SPEC_URI, resource)


def is_valid_function(schema: Any) -> Callable[[Any], bool]:
    """A compiled yes/no check of ``schema`` (no ``$ref``s), with the project's formats."""
    return jsonschema_rs.Draft4Validator(
        with_int_bounds(schema),
        formats={"date-time": is_date_time},
        validate_formats=True,
        ignore_unknown_formats=True,
    ).is_valid


class SchemaValidator:
    """One precompiled schema; ``check`` raises a 400 naming the first violation."""

    def __init__(self, schema: Any, registry: SchemaRegistry | None, where: str) -> None:
        """``registry``: where ``schema``'s remaining ``$ref``s point (recursive schemas)."""
        self.schema = schema
        self.where = where
        rs_kwargs: dict[str, Any] = {}
        py_kwargs: dict[str, Any] = {}
        if registry is not None:
            rs_kwargs["registry"] = registry.fast
            py_kwargs["registry"] = registry.reference
        self._fast = jsonschema_rs.Draft4Validator(
            with_int_bounds(schema),
            formats={"date-time": is_date_time},
            validate_formats=True,
            ignore_unknown_formats=True,
            **rs_kwargs,
        )
        self._reference = jsonschema.Draft4Validator(
            schema, format_checker=FORMAT_CHECKER, **py_kwargs
        )
        self.is_valid = self._fast.is_valid

    def errors(self, instance: Any) -> list[str]:
        """Every violation, worded; empty when the instance is valid."""
        if self.is_valid(instance):
            return []
        worded = [_describe(e, self.where)[1] for e in self._reference.iter_errors(instance)]
        return worded or [self._fast_error(instance)[1]]

    def _fast_error(self, instance: Any) -> tuple[str | None, str]:
        for error in self._fast.iter_errors(instance):
            path = ".".join(str(p) for p in error.instance_path)
            field_name = f"{self.where}.{path}" if self.where and path else (path or self.where)
            return (
                field_name or None,
                f"{field_name}: {error.message}" if field_name else error.message,
            )
        return None, "the value does not match its schema"

    def check(self, instance: Any) -> None:
        if self._fast.is_valid(instance):
            return
        errors = list(self._reference.iter_errors(instance))
        # a rule the spec states as ``x-rule`` beside its anyOf (one content kind, the keys
        # of a channel map) is worded by the rule, not by the branch that came closest
        ruled = [e for e in errors if isinstance(e.schema, dict) and "x-rule" in e.schema]
        if ruled:
            where = _describe(ruled[0], self.where)[0] or "body"
            raise invalid(f"{where}: {ruled[0].schema['x-rule']}", where)
        error = best_match(errors)
        if error is None:  # the two libraries disagree: the fast one has the last word
            field_name, message = self._fast_error(instance)
            raise invalid(message, field_name)
        field_name, message = _describe(error, self.where)
        raise invalid(message, field_name or None)
