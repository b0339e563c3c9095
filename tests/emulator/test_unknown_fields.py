"""Fields a request schema does not describe are accepted (the spec leaves objects open)
but never stored, so no later answer carries them."""

from __future__ import annotations

import copy

import jsonschema  # type: ignore[import-untyped,unused-ignore]
from hypothesis import given, settings
from hypothesis import strategies as st

from sinch_emulator.pruning import PrunerCompiler, closed
from sinch_emulator.validation import is_valid_function

from .conftest import SPEC, Api


def test_unknown_fields_are_accepted_and_not_stored(api: Api) -> None:
    created = api.ok(
        "post",
        "/contacts",
        json={
            "display_name": "Ada",
            "nickname": "not in the spec",
            "channel_identities": [
                {"channel": "SMS", "identity": "+46700000101", "carrier": "unknown field"}
            ],
        },
    )
    read = api.ok("get", f"/contacts/{created['id']}")
    for answer in (created, read):
        assert answer["display_name"] == "Ada"
        assert "nickname" not in answer
        assert answer["channel_identities"][0]["identity"] == "+46700000101"
        assert "carrier" not in answer["channel_identities"][0]


def test_free_form_metadata_keeps_every_key(api: Api) -> None:
    app = api.create_app("CONVERSATION")
    sent = api.send(app["id"], identity="+46700000102", text="hi")
    conversation_id = api.ok("get", f"/messages/{sent['message_id']}")["conversation_id"]
    metadata = {"anything": {"goes": [1, 2]}, "here": True}
    api.ok(
        "patch",
        f"/conversations/{conversation_id}",
        json={"metadata_json": metadata},
        params={"update_mask": "metadata_json"},
    )
    stored = api.ok("get", f"/conversations/{conversation_id}")
    assert stored["metadata_json"] == metadata


# --- the one-check path: a body valid against the closed schema needs no pruning ----------

COMPOSED = {
    "type": "object",
    "required": ["kind"],
    "properties": {
        "kind": {"type": "string", "enum": ["a", "b"]},
        "items": {
            "type": "array",
            "items": {"type": "object", "properties": {"n": {"type": "integer"}}},
        },
        "free": {"type": "object", "additionalProperties": True},
    },
    "allOf": [{"properties": {"shared": {"type": "string"}}}],
    "oneOf": [
        {"properties": {"a": {"type": "object", "properties": {"x": {"type": "string"}}}}},
        {"properties": {"a": {"type": "string"}, "b": {"type": "integer"}}},
    ],
}
KEYS = ["kind", "items", "free", "shared", "a", "b", "x", "n", "unknown"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from(["a", "b", "text"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)


#: values shaped like COMPOSED's, each field present or not, unknown fields at every level
shaped = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["a", "b", "c"]),
        "a": st.text(max_size=2)
        | st.fixed_dictionaries({}, optional={"x": st.text(max_size=2), "unknown": json_values}),
    },
    optional={
        "items": st.lists(
            st.fixed_dictionaries({}, optional={"n": st.integers(), "unknown": json_values}),
            max_size=2,
        ),
        "free": st.dictionaries(st.sampled_from(KEYS), json_values, max_size=2),
        "shared": st.text(max_size=2),
        "b": st.integers(-2, 2),
        "unknown": json_values,
    },
)


def check_valid_as_is(value: object) -> bool:
    strict = closed(COMPOSED)
    assert strict is not None
    prune = PrunerCompiler({}).compile(COMPOSED)
    assert prune is not None
    as_is = is_valid_function(strict)(value)
    if as_is:
        assert jsonschema.Draft4Validator(COMPOSED).is_valid(value)
        assert prune(value) == value
    return as_is


@settings(max_examples=400, deadline=None)
@given(shaped | json_values)
def test_valid_as_is_means_valid_and_nothing_to_prune(value) -> None:
    check_valid_as_is(value)


def test_the_closed_schema_takes_what_needs_no_pruning_and_refuses_the_rest() -> None:
    plain = {"kind": "a", "a": {"x": "1"}, "items": [{"n": 1}], "free": {"any": 1}, "b": 1}
    assert check_valid_as_is(plain)
    assert check_valid_as_is({"kind": "b", "a": "s", "b": 2, "shared": "z"})
    for extra in ({"unknown": 1}, {"items": [{"n": 1}, {"unknown": 1}]}):
        assert not check_valid_as_is({**plain, **extra})
    # `a`, described differently by the two alternatives, is kept whole by the pruner
    assert check_valid_as_is({**plain, "a": {"x": "1", "unknown": 1}})


def test_a_send_body_is_checked_once_and_an_unknown_field_takes_the_long_way() -> None:
    (op,) = [o for o in SPEC.operations if o.operation_id == "Messages_SendMessage"]
    assert op.valid_as_is is not None and op.body is not None and op.prune is not None
    body = {
        "app_id": "01ARZ3NDEKTSV4RRFFQ69G5FAV",
        "recipient": {
            "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "1"}]}
        },
        "message": {"text_message": {"text": "hi"}},
    }
    assert op.valid_as_is(body)
    extra = copy.deepcopy(body)
    extra["recipient"]["identified_by"]["channel_identities"][0]["carrier"] = "unknown"
    assert not op.valid_as_is(extra) and op.body.is_valid(extra)
    assert op.prune(extra) == body
    assert not op.valid_as_is({**body, "ttl": "not a duration"})


@settings(max_examples=400, deadline=None)
@given(shaped | json_values)
def test_the_closed_schema_admits_exactly_what_is_valid_and_needs_no_pruning(value) -> None:
    """Both ways: the closed schema, which checks each field described one way once, refuses
    nothing valid that the pruner would leave unchanged."""
    prune = PrunerCompiler({}).compile(COMPOSED)
    assert prune is not None
    valid_unchanged = jsonschema.Draft4Validator(COMPOSED).is_valid(value) and prune(value) == value
    assert check_valid_as_is(value) == valid_unchanged
