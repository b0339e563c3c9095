"""Bad input of every kind answers a documented 4xx in the error envelope, never a 500."""

from __future__ import annotations

import json
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import SPEC, Api, check_answer

ULID = "01ARZ3NDEKTSV4RRFFQ69G5FAV"


def test_invalid_json_is_400(api: Api):
    app = api.create_app()
    for raw in [b"{", b"not json", b"\xff\xfe", b'{"app_id": }']:
        response = api.post(
            "/messages:send", content=raw, headers={"content-type": "application/json"}
        )
        assert response.status_code == 400, raw
        assert response.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert app["id"]


def test_schema_violation_is_400_naming_the_field(api: Api):
    app = api.create_app()
    response = api.post(
        "/messages:send",
        json={
            "app_id": app["id"],
            "recipient": {"contact_id": ULID},
            "message": {"text_message": {"text": 5}},
        },
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert "text" in error["message"]
    assert error["details"][0]["field_violations"][0]["field"] == "message.text_message.text"


def test_missing_required_field_is_400(api: Api):
    response = api.post("/messages:send", json={"message": {"text_message": {"text": "x"}}})
    assert response.status_code == 400
    assert "required" in response.json()["error"]["message"]


def test_recipient_must_be_exactly_one_form(api: Api):
    app = api.create_app()
    both = {
        "contact_id": ULID,
        "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "+1"}]},
    }
    response = api.post(
        "/messages:send",
        json={"app_id": app["id"], "recipient": both, "message": {"text_message": {"text": "x"}}},
    )
    assert response.status_code == 400


def test_unknown_route_is_404(api: Api):
    for path in ["/nothing", "/apps/extra/segments/here", "/messages:explode"]:
        response = api.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["status"] == "NOT_FOUND"
    response = api.http.get("/v2/whatever")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == 404


def test_wrong_method_is_405_with_allow(api: Api):
    for method in ("DELETE", "TRACE"):
        response = api.http.request(method, api.p + "/messages:send")
        assert response.status_code == 405, response.text
        assert response.headers["allow"] == "POST"
        assert response.json()["error"]["code"] == 405
    response = api.http.request("TRACE", api.p + "/settings")
    assert response.headers["allow"] == "DELETE, GET, PATCH, POST"


@pytest.mark.parametrize(
    "path",
    [
        "/apps/not-a-ulid",
        "/contacts/123",
        "/messages/zzz",
        "/conversations/01ARZ3NDEKTSV4RRFFQ69G5FA!",
        "/webhooks/" + "U" * 26,
    ],
)
def test_malformed_ids_are_400(api: Api, path):
    response = api.get(path)
    assert response.status_code == 400
    assert response.json()["error"]["status"] == "INVALID_ARGUMENT"


@pytest.mark.parametrize(
    "path", ["/apps/", "/contacts/", "/messages/", "/conversations/", "/webhooks/"]
)
def test_unknown_ids_are_404(api: Api, path):
    response = api.get(path + ULID)
    assert response.status_code == 404
    assert response.json()["error"]["status"] == "NOT_FOUND"


def test_unknown_app_in_body_is_404_and_malformed_is_400(api: Api):
    body = {
        "recipient": {
            "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "+1"}]}
        },
        "message": {"text_message": {"text": "x"}},
    }
    assert api.post("/messages:send", json={**body, "app_id": ULID}).status_code == 404
    assert api.post("/messages:send", json={**body, "app_id": "nope"}).status_code == 400


def test_bad_query_parameters_are_400(api: Api):
    assert api.get("/contacts", params={"page_size": "many"}).status_code == 400
    assert api.get("/contacts", params={"page_token": "garbage!"}).status_code == 400
    assert api.get("/messages", params={"start_time": "yesterday"}).status_code == 400
    assert api.get("/messages", params={"view": "EVERYTHING"}).status_code == 400


def test_body_must_be_an_object(api: Api):
    for body in ([], "text", 3, None):
        response = api.post("/apps", content=json.dumps(body))
        assert response.status_code == 400, body


def test_every_operation_is_served(api: Api):
    """No route of the spec answers 501: each has a handler."""
    for op in SPEC.operations:
        path = op.path
        for param in op.path_params:
            value = api.emu.project_id if param.name == "project_id" else ULID
            path = path.replace("{" + param.name + "}", value)
        response = api.http.request(op.method, path, json={} if op.body else None)
        assert response.status_code != 501, op.operation_id
        assert response.status_code in op.documented_statuses, (
            op.operation_id,
            response.status_code,
        )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "app_id",
                    "recipient",
                    "message",
                    "contact_id",
                    "identified_by",
                    "channel_identities",
                    "channel",
                    "identity",
                    "text_message",
                    "text",
                    "triggers",
                    "target",
                    "source_id",
                    "channels",
                    "x",
                ]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    op_index=st.integers(min_value=0, max_value=len(SPEC.operations) - 1),
    body=json_values,
    id_text=st.text(max_size=30),
    query=st.dictionaries(
        st.sampled_from(
            [
                "page_size",
                "page_token",
                "view",
                "only_active",
                "app_id",
                "messages_source",
                "start_time",
                "update_mask.paths",
            ]
        ),
        st.text(max_size=10),
        max_size=3,
    ),
)
def test_garbage_never_causes_a_server_error(emulator, op_index, body, id_text, query):
    op = SPEC.operations[op_index]
    path = op.path
    for param in op.path_params:
        value = emulator.project_id if param.name == "project_id" else (id_text or "x")
        path = path.replace("{" + param.name + "}", quote(value, safe="") or "x")
    with httpx.Client(
        base_url=emulator.base_url(),
        auth=(emulator.key_id, emulator.key_secret),
        event_hooks={"response": [check_answer]},
    ) as client:
        response = client.request(
            op.method,
            path,
            content=json.dumps(body),
            params=query,
            headers={"content-type": "application/json"},
        )
    assert response.status_code < 500
