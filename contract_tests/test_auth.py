"""Every operation refuses missing or invalid credentials with a documented 401.

Safe against any server, the real API included: an unauthenticated request changes nothing.
"""

from __future__ import annotations

import base64
import re

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource

from contract_tests.spec_index import index_of
from contract_tests.target import load_effective_spec, project_id_for_collection

SPEC = load_effective_spec()
INDEX = index_of(SPEC)
OPERATION_IDS = {(op.method.upper(), op.path): op.operation_id for op in INDEX}
OPERATIONS = list(OPERATION_IDS)
SOME_ULID = "01JAAAAAAAAAAAAAAAAAAAAAAA"
ERROR_SCHEMA = OAS30Validator(
    {"$ref": "spec.json#/components/schemas/ErrorResponse"},
    registry=Registry().with_resource("spec.json", Resource.opaque(SPEC)),
)
CREDENTIALS = {
    "none": {},
    "invalid bearer token": {"Authorization": "Bearer not-a-token"},
    "unknown basic credentials": {
        "Authorization": "Basic " + base64.b64encode(b"unknown-key:unknown-secret").decode()
    },
}


def concrete(path: str) -> str:
    path = path.replace("{project_id}", project_id_for_collection())
    return re.sub(r"\{[^}]+\}", SOME_ULID, path)


@pytest.mark.parametrize("credentials", list(CREDENTIALS))
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_unauthenticated(method, path, credentials, target, count_case):
    count_case()
    body = {} if method in ("POST", "PATCH", "PUT") else None
    with httpx.Client(timeout=30.0) as anonymous:
        response = anonymous.request(
            method, target.base_url + concrete(path), headers=CREDENTIALS[credentials], json=body
        )
    count_case.response(
        OPERATION_IDS[(method, path)], response, f"{method} {response.request.url} ({credentials})"
    )
    assert response.status_code == 401, (
        f"[ignored_auth] {method} {path} with {credentials}: {response.status_code}"
    )
    assert response.headers["content-type"].startswith("application/json")
    errors = [e.message for e in ERROR_SCHEMA.iter_errors(response.json())]
    assert not errors, f"{method} {path}: 401 body breaks ErrorResponse: {errors}"
    challenge = response.headers.get("www-authenticate", "")
    assert "expired" not in challenge.lower(), f"[www_authenticate] {credentials}: {challenge}"
