"""Stateful scenarios: schemathesis follows the spec's links (spec/overlays/07-links.yaml).

Create a contact, then get, update and delete it; send a message, then get, update and
delete it; create an app, then a webhook for it, then list its webhooks; create a
conversation, then stop it and inject into it. Besides the per-response checks, a
resource must be readable once created and gone once deleted.
"""

from __future__ import annotations

import os

import httpx
import pytest
from hypothesis import HealthCheck, settings
from schemathesis import Response
from schemathesis.checks import ensure_resource_availability, use_after_free

from contract_tests.target import Target, send
from contract_tests.test_operations import POSITIVE_CHECKS, positive

STEPS = int(os.environ.get("CONTRACT_STATEFUL_STEPS", "8"))
SCENARIOS = int(os.environ.get("CONTRACT_SCENARIOS", os.environ.get("CONTRACT_EXAMPLES", "25")))


class ConversationScenarios(positive.as_state_machine()):
    client: httpx.Client
    target: Target

    def call(self, case, **kwargs) -> Response:
        return Response.from_any(send(self.client, case, self.target.base_url))

    def validate_response(self, response, case, additional_checks=None, **kwargs) -> None:
        case.validate_response(
            response, checks=[*POSITIVE_CHECKS, use_after_free, ensure_resource_availability])


def test_links_connect_the_operations_they_name():
    transitions = positive.as_state_machine()._transitions
    assert transitions.operations, "the effective spec has no links"


def test_stateful_scenarios(client, target, count_case):
    if not target.allow_writes:
        pytest.skip("stateful scenarios create resources: set CONTRACT_ALLOW_WRITES=1")

    class Machine(ConversationScenarios):
        def before_call(self, case) -> None:
            count_case()

    Machine.client, Machine.target = client, target
    Machine.run(settings=settings(max_examples=SCENARIOS, stateful_step_count=STEPS,
                                  deadline=None, suppress_health_check=list(HealthCheck)))
    assert count_case.count > SCENARIOS, "the scenarios made almost no calls"
