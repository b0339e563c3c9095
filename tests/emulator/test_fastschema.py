"""The compiled predicates agree with jsonschema on every request schema of the spec."""

from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinch_emulator.fastschema import compile_schema

from .conftest import SPEC

BODIES = [op.body.schema for op in SPEC.operations if op.body is not None]
KEYS = [
    "app_id",
    "recipient",
    "message",
    "contact_id",
    "identified_by",
    "channel_identities",
    "channel",
    "identity",
    "text_message",
    "text",
    "triggers",
    "target",
    "channels",
    "display_name",
    "channel_credentials",
    "metadata",
    "ttl",
    "processing_mode",
]
values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.sampled_from(["SMS", "WHATSAPP", "10s", "x", "CONVERSATION", ""]),
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.sampled_from(KEYS), kids, max_size=5)
    ),
    max_leaves=20,
)


def test_every_request_schema_compiles():
    assert all(compile_schema(schema) is not None for schema in BODIES)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(index=st.integers(0, len(BODIES) - 1), instance=values)
def test_compiled_agrees_with_jsonschema(index, instance):
    schema = BODIES[index]
    assert compile_schema(schema)(instance) == jsonschema.Draft4Validator(schema).is_valid(instance)
