"""Per-operation property tests generated from the effective spec.

Positive cases (valid by the spec) must get a documented status, the documented content
type and a body that conforms to the response schema, be accepted, and never get a 5xx;
their path parameters mostly address resources of the run's pool, so success answers are
checked by many cases. Negative cases (schemathesis breaks the spec on purpose) must be
rejected with a 4xx. Every answer also goes through the checks of what a write did
(:mod:`contract_tests.checks`).
"""

from __future__ import annotations

from schemathesis import GenerationMode

from contract_tests.plugin import (
    NEGATIVE_CHECKS,
    POSITIVE_CHECKS,
    SETTINGS,
    contract_schema,
    validate,
)

positive = contract_schema(GenerationMode.POSITIVE)
negative = contract_schema(GenerationMode.NEGATIVE)


@positive.parametrize()
@SETTINGS
def test_positive(case, client, target, pool, count_case):
    if count_case.stopped:
        return
    count_case(case)
    validate(case, client, target, POSITIVE_CHECKS, count_case)


@negative.parametrize()
@SETTINGS
def test_negative(case, client, target, count_case):
    if count_case.stopped:
        return
    count_case(case)
    validate(case, client, target, NEGATIVE_CHECKS, count_case)
