"""The Batch API's build step: Conversation schemas copied in, the house rules and the
README's record of every operation and field enforced."""

from __future__ import annotations

import json

import pytest
import yaml

from scripts import batch_spec
from scripts.paths import BATCH_SOURCE, BATCH_SPEC, EFFECTIVE_SPEC, ROOT

README = (ROOT / "spec" / "README.md").read_text()


def test_the_built_spec_has_the_seven_operations_and_the_shared_message():
    built = json.loads(BATCH_SPEC.read_text())
    ids = sorted(
        op["operationId"]
        for item in built["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    )
    assert ids == sorted(
        [
            "Batch_SendBatch",
            "Batch_CancelBatch",
            "Batch_GetBatchStatus",
            "Batch_GetBatchStatusesByMetadata",
            "Batch_CreateContacts",
            "Batch_DeleteContacts",
            "Batch_InsertConsents",
        ]
    )
    conversation = json.loads(EFFECTIVE_SPEC.read_text())["components"]["schemas"]
    assert built["components"]["schemas"]["AppMessage"] == conversation["AppMessage"]
    assert "conversation.json" not in json.dumps(built)
    assert "v1beta" not in json.dumps(built)


def test_every_field_of_the_document_has_a_row_in_spec_readme():
    own = yaml.safe_load(BATCH_SOURCE.read_text())["components"]["schemas"]
    assert batch_spec.unrecorded_fields(own, README) == []
    assert batch_spec.unrecorded_fields(
        {"SendBatchRequest": {"properties": {"surprise": {}}}}, README
    ) == ["SendBatchRequest.surprise"]


def test_a_schema_in_both_documents_stops_the_build():
    document = {
        "components": {
            "schemas": {
                "AppMessage": {},
                "X": {"$ref": "conversation.json#/components/schemas/AppMessage"},
            }
        }
    }
    conversation = {"components": {"schemas": {"AppMessage": {"type": "object"}}}}
    with pytest.raises(batch_spec.BatchSpecError, match="both"):
        batch_spec.bundle(document, conversation)


def test_operations_must_keep_the_house_style():
    document = yaml.safe_load(BATCH_SOURCE.read_text())
    assert batch_spec.check_shape(document, README) == []
    document["paths"]["/v1/projects/{project_id}/consents"]["post"]["operationId"] = (
        "Consents_Insert"
    )
    problems = batch_spec.check_shape(document, README)
    assert any("Batch_" in p for p in problems)
    assert any("no source" in p for p in problems)
