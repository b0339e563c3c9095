"""Per-operation property tests generated from the effective spec.

Positive cases (valid by the spec) must get a documented status, the documented content
type and a body that conforms to the response schema, and never a 5xx. Negative cases
(schemathesis breaks the spec on purpose) must be rejected with a 4xx.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.failures import FailureGroup

from contract_tests.conftest import EXAMPLES
from contract_tests.target import (
    external_settings,
    load_effective_spec,
    project_id_for_collection,
    send,
    writes_allowed,
)

POSITIVE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
NEGATIVE_CHECKS = [
    not_a_server_error,
    negative_data_rejection,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=False, suppress_health_check=list(HealthCheck)
)


def contract_schema(mode: GenerationMode) -> schemathesis.BaseSchema:
    schema = schemathesis.openapi.from_dict(load_effective_spec())
    # every case addresses the target's own project; other projects are a 403 by design
    schema.config.update(parameters={"project_id": project_id_for_collection()})
    schema.config.generation.update(modes=[mode])
    if external_settings() is not None:
        if not writes_allowed():
            return schema.include(method="GET")
        # never delete what the suite did not create: only the facade walk deletes, its own
        return schema.exclude(method="DELETE")
    return schema


positive = contract_schema(GenerationMode.POSITIVE)
negative = contract_schema(GenerationMode.NEGATIVE)


def check(case, client, target, checks, record) -> None:
    """Send through the facade's auth and record the outcome: a failed case is counted and
    reported at the end of the test (with a curl line in which the Authorization header is
    already filtered), drift is recorded whether the case passed or not."""
    response = send(client, case, target.base_url)
    operation_id = case.operation.definition.raw.get("operationId", case.operation.label)
    record.response(operation_id, response, f"{case.method} {response.request.url}")
    try:
        case.validate_response(
            response, checks=checks, transport_kwargs={"base_url": target.base_url}
        )
    except (AssertionError, FailureGroup) as exc:
        record.failure(exc)


@positive.parametrize()
@SETTINGS
def test_positive(case, client, target, count_case):
    if count_case.stopped:
        return
    count_case(case)
    check(case, client, target, POSITIVE_CHECKS, count_case)


@negative.parametrize()
@SETTINGS
def test_negative(case, client, target, count_case):
    if count_case.stopped:
        return
    count_case(case)
    check(case, client, target, NEGATIVE_CHECKS, count_case)
