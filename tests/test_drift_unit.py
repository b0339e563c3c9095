"""The drift recorder on its own: where each kind of observation lands in the spec, and that
the proposal it makes applies to the effective spec under the overlay checks."""

from __future__ import annotations

import copy
import importlib.util
import json

import pytest
from openapi_spec_validator import validate

from contract_tests import drift
from contract_tests.target import ROOT, load_effective_spec

SPEC = load_effective_spec()


def apply_overlays():
    spec = importlib.util.spec_from_file_location("apply", ROOT / "scripts" / "apply_overlays.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def observe(operation: str, status: int, body, request_body=None):
    recorder = drift.DriftRecorder(SPEC)
    found = recorder.observe(operation, status, body, "case", request_body=request_body)
    return [(o.kind, o.pointer, o.key) for o in found], recorder


def test_a_null_behind_a_reference_becomes_a_nullable_wrapper():
    found, recorder = observe("App_GetApp", 200, {"id": "a", "retention_policy": None})
    assert found == [("null", "/components/schemas/App/properties/retention_policy", "")]
    (op,) = drift.proposal(drift.compact(recorder.observations), SPEC, "t")["patch"]
    assert op["op"] == "replace"
    assert op["value"]["nullable"] is True and op["value"]["allOf"][0]["$ref"]


def test_fields_inside_lists_land_on_the_item_schema():
    body = {
        "contacts": [
            {"id": "c", "channel_identities": [{"channel": "SMS", "identity": "1", "x": 1}]}
        ]
    }
    found, _ = observe("Contact_ListContacts", 200, body)
    assert found == [("field", "/components/schemas/ChannelIdentity/properties/x", "x")]


def test_a_field_the_request_sent_is_an_echo():
    found, recorder = observe(
        "Contact_GetContact", 200, {"id": "c", "mine": [1, {"a": 2}]}, {"mine": [1, {"a": 2}]}
    )
    assert found == [] and recorder.echoes == 1
    found, _ = observe("Contact_GetContact", 200, {"id": "c", "mine": 3}, {"mine": 2})
    assert found == [("field", "/components/schemas/Contact/properties/mine", "mine")]


def test_secrets_and_personal_data_are_masked():
    assert drift.mask("Ada +46 70") == "Xxx +00 00"
    assert drift.mask({"api_token": "abc", "n": 3}) == {"api_token": "<redacted>", "n": 3}


@pytest.mark.parametrize("repeat", [1, 2])
def test_the_proposal_applies_under_the_overlay_checks(tmp_path, repeat):
    recorder = drift.DriftRecorder(SPEC)
    for _ in range(repeat):
        recorder.observe(
            "Contact_GetContact", 200, {"id": "c", "new": {"a": [1]}, "email": None}, "c1"
        )
        recorder.observe("Contact_GetContact", 200, {"id": "c", "language": "XX"}, "c2")
        recorder.observe("Contact_ListContacts", 409, {"error": {"code": 409}}, "c3")
    overlay = drift.proposal(drift.compact(recorder.observations), SPEC, "a test server")
    assert len(overlay["patch"]) == 4  # one op per location, however often it was seen
    path = tmp_path / "90-drift.yaml"
    path.write_text(json.dumps(overlay))
    module = apply_overlays()
    adopted = module.apply_overlays(copy.deepcopy(SPEC), [path])
    validate(adopted)
    new = adopted["components"]["schemas"]["Contact"]["properties"]["new"]
    assert new["type"] == "object" and new["properties"]["a"]["items"]["type"] == "integer"
    again = drift.DriftRecorder(adopted)
    assert (
        again.observe(
            "Contact_GetContact", 200, {"id": "c", "new": {"a": [1]}, "language": "XX"}, "c"
        )
        == []
    )
    with pytest.raises(module.OverlayError, match="already exists"):
        module.apply_overlays(adopted, [path])  # adopted twice: the add-onto-existing check
