"""The fast validator (jsonschema-rs) agrees with jsonschema on every request schema."""

from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinch_emulator.validation import FORMAT_CHECKER, SchemaValidator

from .conftest import SPEC

BODIES = [op.body for op in SPEC.operations if op.body is not None]
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
    "accept_time",
    "ttl_days",
    "page_size",
]
values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**31 - 2, max_value=2**63 + 2)
    | st.floats(allow_nan=False)
    | st.sampled_from(
        ["SMS", "WHATSAPP", "10s", "x", "CONVERSATION", "", "2024-05-01T10:00:00Z", "2024-13-01"]
    ),
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.sampled_from(KEYS), kids, max_size=5)
    ),
    max_leaves=20,
)


def reference(validator: SchemaValidator) -> jsonschema.Draft4Validator:
    return validator._reference


def test_every_operation_with_a_body_has_a_validator():
    assert len(BODIES) >= 15


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(index=st.integers(0, len(BODIES) - 1), instance=values)
def test_fast_validator_agrees_with_jsonschema(index, instance):
    validator = BODIES[index]
    expected = jsonschema.Draft4Validator(validator.schema, format_checker=FORMAT_CHECKER).is_valid(
        instance
    )
    assert validator.is_valid(instance) == expected


def test_project_formats_apply():
    v = SchemaValidator(
        {
            "type": "object",
            "properties": {
                "when": {"type": "string", "format": "date-time"},
                "n": {"type": "integer", "format": "int32"},
                "m": {"type": "integer", "format": "int64", "minimum": 0},
            },
        },
        None,
        "",
    )
    assert v.is_valid({"when": "2024-05-01T10:00:00.5+02:00", "n": 2**31 - 1, "m": 2**63 - 1})
    assert not v.is_valid({"when": "2024-05-01 10:00"})
    assert not v.is_valid({"n": 2**31})
    assert not v.is_valid({"m": -1})
    assert not v.is_valid({"m": 2**63})
    assert v.errors({"n": 2**31}) and "n" in v.errors({"n": 2**31})[0]
