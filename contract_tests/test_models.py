"""Client-side properties: every schema's valid instances survive the generated models.

For each schema in the effective spec, hypothesis (through schemathesis' generators)
draws instances that the spec accepts, and ``Model.from_dict(x).to_dict()`` must give
``x`` back with nothing lost. Extra properties included, since the API may send fields
newer than this client.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import schemathesis
from dateutil.parser import isoparse
from hypothesis import HealthCheck, given, settings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.schema.untrusted_string import UntrustedString
from sinch_conversation_client import models

from contract_tests.plugin import EXAMPLES
from contract_tests.target import ROOT, SPEC_PATH, load_effective_spec

SPEC = load_effective_spec()
SCHEMAS: dict[str, dict] = SPEC["components"]["schemas"]


def generator_class_names() -> dict[str, str]:
    """Schema key -> class name, as the pinned generator itself names them (titles, overrides)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "spec" / "generator.yaml"),
        MetaType.NONE,
        SPEC_PATH,
        "utf-8",
        True,
        None,
    )
    data = GeneratorData.from_dict(SPEC, config=config)
    assert isinstance(data, GeneratorData), data
    names: dict[str, str] = {}
    for model in data.models:  # a model's roots hold the $ref it was built from
        if {r for r in model.roots if not isinstance(r, UntrustedString)} != {
            model.class_info.name
        }:
            continue  # an inline model: its roots also name the model that contains it
        for root in model.roots:
            if isinstance(root, UntrustedString):
                reference = root.get_untrusted_value()
                if reference.lstrip("#").startswith("/components/schemas/"):
                    names[reference.rsplit("/", 1)[-1]] = model.class_info.name
    by_values = {
        frozenset(e.values.values() if isinstance(e.values, dict) else e.values): e.class_info.name
        for e in data.enums
    }
    names.update(
        {
            key: by_values[frozenset(schema["enum"])]
            for key, schema in SCHEMAS.items()
            if "enum" in schema and frozenset(schema["enum"]) in by_values
        }
    )
    return names


CLASS_NAMES = generator_class_names()


def generated_class(name: str) -> Any:
    return getattr(models, CLASS_NAMES[name])


def without_read_only(node: Any) -> Any:
    """Instances as a server sends them: readOnly fields are left out of request bodies only."""
    if isinstance(node, dict):
        return {k: without_read_only(v) for k, v in node.items() if k != "readOnly"}
    if isinstance(node, list):
        return [without_read_only(v) for v in node]
    return node


# Arrays in generated instances hold at most this many items: a model's list handling is the
# same for two items as for twenty, and long lists of nested messages made the round-trips of
# the largest schemas cost seconds each (a spec's own tighter maxItems is kept)
MAX_ITEMS = 2


def bounded_arrays(node: Any) -> Any:
    """The schema with every array's maxItems capped at MAX_ITEMS (never below its minItems)."""
    if isinstance(node, list):
        return [bounded_arrays(v) for v in node]
    if not isinstance(node, dict):
        return node
    bounded = {k: bounded_arrays(v) for k, v in node.items()}
    if node.get("type") == "array":
        cap = max(MAX_ITEMS, node.get("minItems", 0))
        bounded["maxItems"] = min(node.get("maxItems", cap), cap)
    return bounded


def instances_document() -> dict:
    """One synthetic operation per schema, so schemathesis can draw instances of each."""
    paths = {
        f"/{name}": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                    },
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
        for name in SCHEMAS
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "schemas", "version": "1"},
        "paths": paths,
        "components": bounded_arrays(without_read_only(SPEC["components"])),
    }


INSTANCES = schemathesis.openapi.from_dict(instances_document())


def same(expected: Any, actual: Any) -> bool:
    """Equal as JSON values, with date-times compared as instants and numbers by value."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            same(v, actual[k]) for k, v in expected.items()
        )
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(map(same, expected, actual))
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        try:
            return _instant(expected) == _instant(actual)
        except (ValueError, OverflowError):
            return False
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return float(expected) == float(actual)
    return expected == actual


def _instant(value: str) -> datetime.datetime:
    parsed = isoparse(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


def round_trip(name: str, instance: Any) -> Any:
    schema = SCHEMAS[name]
    if "enum" in schema:
        return str(generated_class(name)(instance))
    if "oneOf" in schema:
        errors = []
        for member in schema["oneOf"]:
            member_name = member["$ref"].rsplit("/", 1)[-1]
            try:
                return generated_class(member_name).from_dict(instance).to_dict()
            except (KeyError, TypeError, ValueError) as exc:
                errors.append(exc)
        raise AssertionError(f"no member of {name} parses {instance!r}: {errors}")
    return generated_class(name).from_dict(instance).to_dict()


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_instances_survive_the_generated_model(name, count_case):
    if SCHEMAS[name].get("type") not in (None, "object", "string") or (
        SCHEMAS[name].get("type") == "string" and "enum" not in SCHEMAS[name]
    ):
        pytest.fail(f"{name}: a top-level schema kind this test does not know how to check")

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(INSTANCES[f"/{name}"]["POST"].as_strategy())
    def check(case):
        count_case()
        result = round_trip(name, case.body)
        assert same(case.body, result), f"{name}: {case.body!r} came back as {result!r}"

    check()


def test_every_schema_has_a_generated_type():
    missing = [
        name
        for name in SCHEMAS
        if "oneOf" not in SCHEMAS[name] and not hasattr(models, CLASS_NAMES.get(name, "-"))
    ]
    assert not missing
