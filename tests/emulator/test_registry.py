"""The resource registry: handlers on the spec's own templates, checked at start-up."""

from __future__ import annotations

import copy
import json

import httpx
import pytest

from sinch_emulator.app import Emulator
from sinch_emulator.config import EmulatorConfig
from sinch_emulator.context import Request
from sinch_emulator.registry import Registry, RouteNotInSpec, Routes
from sinch_emulator.resources import REGISTRY
from sinch_emulator.spec import Spec
from sinch_emulator.testing import run_emulator

from .conftest import SPEC


def test_every_spec_operation_has_a_handler():
    missing = [f"{op.method} {op.path} ({op.operation_id})" for op in REGISTRY.missing(SPEC)]
    assert missing == [], "operations answering 501:\n" + "\n".join(missing)


def test_every_handler_route_is_an_operation_of_the_spec():
    bound = REGISTRY.bind(SPEC)
    assert len(bound) == len(REGISTRY.routes)


def test_a_route_not_in_the_spec_fails_at_start_up():
    routes = Routes("Nowhere")

    @routes.get("/v1/projects/{project_id}/nowhere/{thing_id}")
    def get_thing(req: Request, thing_id: str) -> dict:
        return {}

    with pytest.raises(RouteNotInSpec, match="nowhere"):
        Registry([routes]).bind(SPEC)


def test_a_handler_whose_parameters_differ_from_the_template_fails():
    routes = Routes("App")

    @routes.get("/v1/projects/{project_id}/apps/{app_id}")
    def get_app(req: Request, ident: str) -> dict:
        return {}

    with pytest.raises(RouteNotInSpec, match="app_id"):
        Registry([routes]).bind(SPEC)


def test_the_emulator_refuses_to_start_on_a_spec_lacking_a_served_route():
    document = copy.deepcopy(SPEC.document)
    del document["paths"]["/v1/projects/{project_id}/apps/{app_id}"]
    with pytest.raises(RouteNotInSpec, match="apps/{app_id}"):
        Emulator(EmulatorConfig(), Spec(document))


def test_an_operation_without_handler_answers_501(tmp_path):
    document = copy.deepcopy(SPEC.document)
    document["paths"]["/v1/projects/{project_id}/unserved"] = {
        "get": {
            "operationId": "Unserved_Get",
            "parameters": [
                {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"501": {"description": "not implemented"}},
        }
    }
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(document))
    with run_emulator(spec_path=str(path), rate_limit=None) as emu:
        assert [op.operation_id for op in REGISTRY.missing(emu.app.spec)] == ["Unserved_Get"]
        answer = httpx.get(
            f"{emu.base_url()}/v1/projects/{emu.project_id}/unserved",
            auth=(emu.key_id, emu.key_secret),
        )
    assert answer.status_code == 501
    assert "Unserved_Get" in answer.json()["error"]["message"]
