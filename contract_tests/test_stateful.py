"""Stateful scenarios: schemathesis follows the spec's links (spec/overlays/07-links.yaml).

Create a contact, then get, update and delete it; send a message, then get, update and
delete it; create an app, then a webhook for it, then list its webhooks; create a
conversation, then stop it and inject messages and events into it; send or inject an
event, then read and delete it; create project settings, a v1 or a v2 template, then read,
change and delete them. Besides the per-response checks, a
resource must be readable once created and gone once deleted.
"""

from __future__ import annotations

import os

import httpx
import pytest
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode, Response
from schemathesis.checks import ensure_resource_availability, use_after_free

from contract_tests import checks
from contract_tests.plugin import POSITIVE_CHECKS, ContractRecord, contract_schema
from contract_tests.spec_index import index_of
from contract_tests.target import Target, load_effective_spec, send

STEPS = int(os.environ.get("CONTRACT_STATEFUL_STEPS", "8"))
SCENARIOS = int(os.environ.get("CONTRACT_SCENARIOS", os.environ.get("CONTRACT_EXAMPLES", "25")))


positive = contract_schema(GenerationMode.POSITIVE, hooks=False)


class ConversationScenarios(positive.as_state_machine()):  # type: ignore[misc]
    client: httpx.Client
    target: Target
    record: ContractRecord

    def call(self, case, **kwargs) -> Response:
        return Response.from_any(send(self.client, case, self.target.base_url))

    def validate_response(self, response, case, additional_checks=None, **kwargs) -> None:
        case.validate_response(
            response,
            checks=[*POSITIVE_CHECKS, *checks.ALL, use_after_free, ensure_resource_availability],
            transport_kwargs={"base_url": self.target.base_url},
        )


CHAINED_FROM = (
    "Contact_CreateContact",
    "Messages_SendMessage",
    "App_CreateApp",
    "Webhooks_CreateWebhook",
    "Conversation_CreateConversation",
    "Conversation_InjectEvent",
    "Events_SendEvent",
    "ProjectSettings_Create",
    "Templates_V1_CreateTemplate",
    "Templates_V2_CreateTemplate",
)


def test_links_connect_the_operations_they_name():
    index = index_of(load_effective_spec())
    linked = set()
    for op in index:
        for status in op.spec.get("responses", {}):
            for name, link in index.response(op, status).get("links", {}).items():
                linked.add(op.operation_id)
                target = index.operations.get(link["operationId"])
                assert target is not None, (
                    f"{op.operation_id} link {name}: no operation {link['operationId']}"
                )
                names = {p["name"] for p in target.parameters}
                unknown = set(link.get("parameters", {})) - names
                assert not unknown, (
                    f"{op.operation_id} link {name}: {link['operationId']} has no {unknown}"
                )
    assert set(CHAINED_FROM) <= linked, f"no links from {set(CHAINED_FROM) - linked}"


def test_stateful_scenarios(client, target, count_case):
    if not target.allow_writes:
        pytest.skip("stateful scenarios create resources: set CONTRACT_ALLOW_WRITES=1")

    class Machine(ConversationScenarios):
        def before_call(self, case) -> None:
            count_case()

    Machine.client, Machine.target, Machine.record = client, target, count_case
    Machine.run(
        settings=settings(
            max_examples=SCENARIOS,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    assert count_case.count > SCENARIOS, "the scenarios made almost no calls"
