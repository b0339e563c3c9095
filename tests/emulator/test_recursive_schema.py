"""A spec whose schema refers to itself (``Node{child: Node}``) compiles and validates.

Inlining ``$ref``s stops at a recursion and keeps a reference there, which the validators
resolve against the inlined spec; that registry is built once inlining has found the
recursion, so such a spec starts the emulator instead of crashing it.
"""

from __future__ import annotations

import copy
import json

import httpx

from sinch_emulator.spec import Spec
from sinch_emulator.testing import run_emulator

from .conftest import SPEC

NODE = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 3},
        "child": {"$ref": "#/components/schemas/Node"},
    },
}
DEEP_VALID = {"name": "a", "child": {"name": "b", "child": {"name": "c"}}}
DEEP_INVALID = {"name": "a", "child": {"name": "b", "child": {"name": "four"}}}


def node_spec() -> dict:
    body = {"$ref": "#/components/schemas/Node"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "nodes", "version": "1"},
        "paths": {
            "/v1/projects/{project_id}/nodes": {
                "post": {
                    "operationId": "Nodes_Create",
                    "parameters": [
                        {
                            "name": "project_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": body}},
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": body}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Node": NODE}},
    }


def test_a_recursive_schema_compiles_for_requests_and_answers():
    spec = Spec(node_spec())
    (op,) = spec.operations
    assert op.body is not None and op.body.is_valid(DEEP_VALID)
    assert op.body.errors(DEEP_INVALID) == ["child.child.name: 'four' is too long"]
    answer = spec.response_validator(op, 200)
    assert answer is not None and answer.is_valid(DEEP_VALID)
    assert not answer.is_valid(DEEP_INVALID)
    assert op.prune is not None
    assert op.prune({**DEEP_VALID, "child": {"child": {"x": 1}}}) == {
        "name": "a",
        "child": {"child": {}},
    }


def test_the_emulator_starts_and_validates_on_a_spec_with_a_recursive_schema(tmp_path):
    document = copy.deepcopy(SPEC.document)
    schemas = document["components"]["schemas"]
    schemas["Node"] = NODE
    for name in ("AppCreateRequest", "App"):  # the request and the answer of App_CreateApp
        schemas[name]["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(document))
    with run_emulator(spec_path=str(path), rate_limit=None, check_responses=True) as emu:
        apps = f"{emu.base_url()}/v1/projects/{emu.project_id}/apps"
        auth = (emu.key_id, emu.key_secret)
        app = {"display_name": "x", "channel_credentials": []}
        refused = httpx.post(apps, json={**app, "tree": DEEP_INVALID}, auth=auth)
        assert refused.status_code == 400
        assert "tree.child.child.name" in refused.json()["error"]["message"]
        created = httpx.post(apps, json={**app, "tree": DEEP_VALID}, auth=auth)
        assert created.status_code == 200, created.text  # the answer passed its check too
        assert created.json()["tree"] == DEEP_VALID
