"""The Conversation Batch API's contract: its own spec (build/spec/batch.json), its own host.

The same checks as the Conversation API's operations (test_operations, test_auth), run on
every operation of the Batch spec against the target's batch URL (the emulator: under
``/batch``; an external server: ``SINCH_BATCH_BASE_URL`` or the region's batch host), and a
stateful scenario: send a scheduled batch, read its status, cancel it, read it again.
Where the real API may differ from the project's decisions (spec/README.md, "The Batch
API"), the scenario accepts both.
"""

from __future__ import annotations

import base64
import datetime
import json
import time

import httpx
import pytest
import schemathesis
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup

from contract_tests import drift
from contract_tests.plugin import NEGATIVE_CHECKS, POSITIVE_CHECKS, SETTINGS
from contract_tests.target import (
    Target,
    batch_base_url,
    external_settings,
    load_batch_spec,
    project_id_for_collection,
    send,
)

SPEC = load_batch_spec()
METHODS = ("get", "post", "patch", "delete", "put")
OPERATIONS = [
    (method.upper(), path, item[method]["operationId"])
    for path, item in SPEC["paths"].items()
    for method in METHODS
    if method in item
]
ERROR_SCHEMA = OAS30Validator(
    {"$ref": "spec.json#/components/schemas/ErrorResponse"},
    registry=Registry().with_resource("spec.json", Resource.opaque(SPEC)),
)
SOME_ULID = "01JAAAAAAAAAAAAAAAAAAAAAAA"
CREDENTIALS = {
    "none": {},
    "invalid bearer token": {"Authorization": "Bearer not-a-token"},
    "unknown basic credentials": {
        "Authorization": "Basic " + base64.b64encode(b"unknown-key:unknown-secret").decode()
    },
}


def batch_schema(mode: GenerationMode) -> schemathesis.BaseSchema:
    # the cases go out through the suite's OAuth2 client, which always sends a token: a
    # negative case "without Authorization" cannot be sent. Credentials are checked by
    # test_batch_unauthenticated instead (the Conversation spec's Basic-or-OAuth2 choice
    # never makes the header required, so test_operations has no such cases either)
    schema = schemathesis.openapi.from_dict({k: v for k, v in SPEC.items() if k != "security"})
    schema.config.update(parameters={"project_id": project_id_for_collection()})
    schema.config.generation.update(modes=[mode])
    if external_settings() is not None:
        # random batches would message random numbers, and what bulk creates answers no
        # IDs the cleanup could delete: against a real server only the reads are fuzzed
        # (the scenario below and the facade walk write, and undo, their own)
        return schema.include(method="GET")
    return schema


positive = batch_schema(GenerationMode.POSITIVE)
negative = batch_schema(GenerationMode.NEGATIVE)


def drift_recorder() -> drift.DriftRecorder:
    """The suite's per-test record (conftest's ``count_case``) judges drift against the
    Batch spec in this module."""
    return drift.DriftRecorder(SPEC)


@pytest.fixture(scope="module")
def batch_url(target: Target) -> str:
    return batch_base_url(target)


def check(case, client, base_url, checks, record) -> None:
    response = send(client, case, base_url)
    operation_id = case.operation.definition.raw.get("operationId", case.operation.label)
    record.response(operation_id, response, f"{case.method} {response.request.url}")
    try:
        case.validate_response(response, checks=checks, transport_kwargs={"base_url": base_url})
    except (AssertionError, FailureGroup) as exc:
        record.failure(exc)


@positive.parametrize()
@SETTINGS
def test_batch_positive(case, client, batch_url, count_case):
    if count_case.stopped:
        return
    count_case(case)
    check(case, client, batch_url, POSITIVE_CHECKS, count_case)


@negative.parametrize()
@SETTINGS
def test_batch_negative(case, client, batch_url, count_case):
    if count_case.stopped:
        return
    count_case(case)
    check(case, client, batch_url, NEGATIVE_CHECKS, count_case)


@pytest.mark.parametrize("credentials", list(CREDENTIALS))
@pytest.mark.parametrize(
    ("method", "path", "operation_id"), OPERATIONS, ids=[f"{m} {p}" for m, p, _ in OPERATIONS]
)
def test_batch_unauthenticated(method, path, operation_id, credentials, batch_url, count_case):
    count_case()
    url = batch_url + path.replace("{project_id}", project_id_for_collection()).replace(
        "{batch_id}", SOME_ULID
    )
    body = {} if method in ("POST", "DELETE") else None
    with httpx.Client(timeout=30.0) as anonymous:
        response = anonymous.request(method, url, headers=CREDENTIALS[credentials], json=body)
    count_case.response(operation_id, response, f"{method} {url} ({credentials})")
    assert response.status_code == 401, f"{method} {path} with {credentials}: {response.text}"
    assert response.headers["content-type"].startswith("application/json")
    errors = [e.message for e in ERROR_SCHEMA.iter_errors(response.json())]
    assert not errors, f"{method} {path}: 401 body breaks ErrorResponse: {errors}"


def test_batch_scheduled_send_status_cancel_status(client, target, batch_url, count_case):
    """Send a scheduled batch, read it (SCHEDULED), cancel it, read it (CANCELLED; the real
    API cancels in the background, so SCHEDULED is accepted for a while)."""
    if not target.allow_writes:
        pytest.skip("the scenario sends a batch: set CONTRACT_ALLOW_WRITES=1")
    project = f"/v1/projects/{target.project_id}"
    sms = {"channel": "SMS", "static_bearer": {"claimed_identity": "batch", "token": "t"}}
    app = client.post(
        f"{target.base_url}{project}/apps",
        json={"display_name": "contract batch", "channel_credentials": [sms]},
    )
    count_case()
    assert app.status_code == 200, app.text
    app_id = app.json()["id"]
    try:
        later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=2)
        body = {
            "app_id": app_id,
            "message": {"text_message": {"text": "Hello ${name}"}},
            "recipient_and_params": [
                {
                    "recipient": {
                        "identified_by": {
                            "channel_identities": [{"channel": "SMS", "identity": "+46700000099"}]
                        }
                    },
                    "parameters": {"name": "Ada"},
                }
            ],
            "batch_metadata": {"suite": "contract"},
            "send_after": later.isoformat().replace("+00:00", "Z"),
        }
        steps = [("POST", f"{batch_url}{project}/messages", body)]
        sent = _step(client, count_case, "Batch_SendBatch", *steps[0])
        batch_id = sent["batch_id"]
        assert sent.get("send_after"), "a scheduled batch answers its effective send_after"
        status_url = f"{batch_url}{project}/messages/{batch_id}"
        status = _step(client, count_case, "Batch_GetBatchStatus", "GET", status_url)
        assert status["batch_id"] == batch_id
        assert status["status"] == "SCHEDULED"
        _step(
            client,
            count_case,
            "Batch_CancelBatch",
            "DELETE",
            f"{batch_url}{project}/messages",
            {"batch_id": batch_id},
        )
        deadline = time.monotonic() + (0 if target.embedded else 30)
        while True:
            status = _step(client, count_case, "Batch_GetBatchStatus", "GET", status_url)
            if status["status"] == "CANCELLED" or time.monotonic() >= deadline:
                break
            time.sleep(1)
        assert status["status"] == "CANCELLED"
    finally:
        client.delete(f"{target.base_url}{project}/apps/{app_id}")


def _step(client, record, operation_id, method, url, body=None) -> dict:
    record()
    response = client.request(method, url, json=body)
    record.response(operation_id, response, f"{method} {url}")
    assert response.status_code == 200, f"{operation_id}: {response.status_code} {response.text}"
    answer = response.json()
    if answer is not None:
        validator = OAS30Validator(
            _response_schema(operation_id),
            registry=Registry().with_resource("spec.json", Resource.opaque(SPEC)),
        )
        problems = [e.message for e in validator.iter_errors(answer)]
        assert not problems, f"{operation_id}: the answer breaks its schema: {problems}"
    return answer


def _response_schema(operation_id: str) -> dict:
    for method, path, op_id in OPERATIONS:
        if op_id == operation_id:
            op = SPEC["paths"][path][method.lower()]
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
            return json.loads(json.dumps(schema).replace('"#/', '"spec.json#/'))
    raise KeyError(operation_id)
