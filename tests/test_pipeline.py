"""The spec pipeline: pinned fetch, overlays, and a generated client that covers the spec."""

from __future__ import annotations

import hashlib
import http.server
import importlib
import importlib.util
import json
import os
import pkgutil
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
import sinch_conversation_client.api
import yaml
from openapi_python_client.strings import snake_case  # how the generator names modules
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from sinch_conversation_client.api.app import app_update_app
from sinch_conversation_client.models import (
    AppUpdateRequest,
    ConversationMessage,
    SendMessageRequest,
)

from scripts.paths import EFFECTIVE_SPEC
from sinch_conversation.regions import TEMPLATE_PATH

ROOT = Path(__file__).resolve().parent.parent
EFFECTIVE = EFFECTIVE_SPEC
PIN = json.loads((ROOT / "spec" / "upstream.json").read_text())
SNAPSHOT = (ROOT / PIN["snapshot"]).resolve()
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def load_script(name: str):
    return importlib.import_module(f"scripts.{name}")


@pytest.fixture(scope="module")
def effective() -> dict:
    return json.loads(EFFECTIVE.read_text())


def schema_validator(document: dict, name: str) -> OAS30Validator:
    registry = Registry().with_resource("spec.json", Resource.opaque(document))
    return OAS30Validator({"$ref": f"spec.json#/components/schemas/{name}"}, registry=registry)


# --- the generated client covers the effective spec ----------------------------------------


def test_every_operation_has_sync_and_async_functions(effective):
    operations = [
        op["operationId"]
        for item in effective["paths"].values()
        for method, op in item.items()
        if method in METHODS
    ]
    modules = {
        name.rsplit(".", 1)[-1]: name
        for _, name, is_pkg in pkgutil.walk_packages(
            sinch_conversation_client.api.__path__, "sinch_conversation_client.api."
        )
        if not is_pkg
    }
    missing = [op for op in operations if snake_case(op) not in modules]
    assert not missing, f"operations without a generated module: {missing}"
    for op in operations:
        module = importlib.import_module(modules[snake_case(op)])
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function, None)), f"{op} lacks {function}"
    # the official Node SDK's 56 operations plus the metadata update and the app's webhook list
    assert len(operations) == len(set(operations)) >= 58
    assert LIVE_OPERATIONS <= set(operations), LIVE_OPERATIONS - set(operations)


# What the official SDKs call that the published snapshot lacks (spec/overlays/1x-*.yaml).
LIVE_OPERATIONS = {
    "Conversation_InjectMessage",
    "Messages_UpdateMessageMetadata",
    "Contact_GetChannelProfile",
    "Contact_ListIdentityConflicts",
    "Conversation_InjectEvent",
    "Conversation_ListRecentConversations",
    "Events_ListEvents",
    "Events_GetEvent",
    "Events_DeleteEvents",
    "Messages_ListLastMessagesByChannelIdentity",
    "ProjectSettings_Get",
    "ProjectSettings_Create",
    "ProjectSettings_Update",
    "ProjectSettings_Delete",
    "Consents_ListIdentities",
    "Consents_ListAuditRecords",
    *(f"Templates_V1_{name}" for name in ("CreateTemplate", "ListTemplates", "GetTemplate")),
    *(f"Templates_V1_{name}" for name in ("UpdateTemplate", "DeleteTemplate")),
    *(f"Templates_V2_{name}" for name in ("CreateTemplate", "ListTemplates", "GetTemplate")),
    *(f"Templates_V2_{name}" for name in ("UpdateTemplate", "DeleteTemplate", "ListTranslations")),
}


def test_template_paths_name_the_template_host_and_the_facade_agrees(effective):
    """Path-level servers say which operations live on the template host; the facade's
    router (TEMPLATE_PATH) must pick exactly those paths."""
    template_paths = set()
    for path, item in effective["paths"].items():
        servers = item.get("servers")
        if servers:
            assert [s["url"] for s in servers] == ["https://{region}.template.api.sinch.com"]
            assert servers[0]["variables"]["region"]["enum"] == ["us", "eu", "br"]
            template_paths.add(path)
        concrete = path.replace("{project_id}", "p").replace("{template_id}", "t")
        assert bool(TEMPLATE_PATH.match(concrete)) == bool(servers), path
    assert len(template_paths) == 5


def test_array_query_parameters_are_comma_separated(effective):
    """spec/templates/endpoint_macros.py.jinja joins every array query parameter with commas;
    an exploded array parameter would need the template to learn the difference."""
    parameters = effective["components"]["parameters"]
    found = []
    for item in effective["paths"].values():
        for method, op in item.items():
            if method not in METHODS:
                continue
            for parameter in item.get("parameters", []) + op.get("parameters", []):
                parameter = parameters.get(parameter.get("$ref", "").rsplit("/", 1)[-1], parameter)
                if parameter["in"] == "query" and parameter["schema"].get("type") == "array":
                    assert parameter.get("style", "form") == "form", parameter["name"]
                    assert parameter.get("explode") is False, parameter["name"]
                    found.append(op["operationId"])
    assert sorted(found) == sorted(
        [
            "App_UpdateApp",
            "Contact_UpdateContact",
            "Conversation_UpdateConversation",
            "Webhooks_UpdateWebhook",
            "Templates_V1_UpdateTemplate",
        ]
    )


def test_generated_client_sends_the_field_mask_comma_separated():
    kwargs = app_update_app._get_kwargs(
        "p",
        "a",
        body=AppUpdateRequest(display_name="x"),
        update_mask=["display_name", "rate_limits"],
    )
    assert kwargs["params"] == {"update_mask": "display_name,rate_limits"}
    url = httpx.URL("https://h" + kwargs["url"], params=kwargs["params"])
    assert url.query == b"update_mask=display_name%2Crate_limits"
    unmasked = app_update_app._get_kwargs("p", "a", body=AppUpdateRequest())
    assert "update_mask" not in unmasked.get("params", {})


def test_only_active_is_optional(effective):
    listing = effective["paths"]["/v1/projects/{project_id}/conversations"]["get"]
    (only_active,) = [p for p in listing["parameters"] if p.get("name") == "only_active"]
    assert not only_active.get("required", False)


def test_effective_spec_uses_regional_server_template(effective):
    (server,) = effective["servers"]
    assert server["url"] == "https://{region}.conversation.api.sinch.com"
    assert server["variables"]["region"]["enum"] == ["us", "eu", "br"]


def test_every_operation_documents_the_reference_statuses(effective):
    for path, item in effective["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                assert {"200", "400", "401", "403", "404", "429", "500", "503"} <= set(
                    op["responses"]
                ), f"{method.upper()} {path}"


# --- the request bodies the real API takes -------------------------------------------------

CURL_EXAMPLE = {  # the reference document's messages:send example, placeholders filled in
    "app_id": "01E9DV2N8C6CK41XFPGQPN0NWE",
    "recipient": {
        "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "+46732001122"}]}
    },
    "message": {"text_message": {"text": "This is a text message."}},
}
BY_CONTACT_ID = {
    "app_id": "01E9DV2N8C6CK41XFPGQPN0NWE",
    "recipient": {"contact_id": "01E9DV2N8C6CK41XFPGQPN0NWF"},
    "message": {"text_message": {"text": "Hello"}},
}


@pytest.mark.parametrize("body", [CURL_EXAMPLE, BY_CONTACT_ID], ids=["identified_by", "contact_id"])
def test_send_bodies_validate_and_round_trip(effective, body):
    errors = list(schema_validator(effective, "SendMessageRequest").iter_errors(body))
    assert not errors, [e.message for e in errors]
    assert SendMessageRequest.from_dict(body).to_dict() == body


@pytest.mark.parametrize(
    "recipient",
    [
        {
            "contact_id": "01E9DV2N8C6CK41XFPGQPN0NWF",
            "identified_by": {
                "channel_identities": [{"channel": "SMS", "identity": "+46732001122"}]
            },
        },
        {},
    ],
    ids=["both", "neither"],
)
def test_recipient_is_exactly_one_form(effective, recipient):
    body = {**BY_CONTACT_ID, "recipient": recipient}
    assert list(schema_validator(effective, "SendMessageRequest").iter_errors(body))


def test_project_id_is_not_a_send_body_field(effective):
    assert (
        "project_id" not in effective["components"]["schemas"]["SendMessageRequest"]["properties"]
    )


def test_unknown_enum_values_from_newer_api_still_parse():
    payload = {
        "id": "01E9DV2N8C6CK41XFPGQPN0NWG",
        "direction": "TO_APP",
        "channel_identity": {"channel": "SOME_FUTURE_CHANNEL", "identity": "x"},
    }
    message = ConversationMessage.from_dict(payload)
    assert message.channel_identity.channel == "SOME_FUTURE_CHANNEL"
    assert message.to_dict() == payload


# --- overlays -------------------------------------------------------------------------------


def test_overlays_name_the_one_that_no_longer_applies(tmp_path):
    apply_overlays = load_script("apply_overlays")
    stale = tmp_path / "09-stale.yaml"
    stale.write_text(
        yaml.safe_dump(
            {
                "reason": "r",
                "patch": [
                    {
                        "op": "replace",
                        "path": "/components/schemas/Gone/type",
                        "value": "object",
                        "reason": "targets a schema upstream removed",
                    }
                ],
            }
        )
    )
    with pytest.raises(
        apply_overlays.OverlayError, match=r"09-stale\.yaml op #0.*upstream removed"
    ):
        apply_overlays.apply_overlays({"components": {"schemas": {}}}, [stale])


def test_overlay_add_refuses_to_overwrite_what_upstream_now_has(tmp_path):
    apply_overlays = load_script("apply_overlays")
    overlay = tmp_path / "10-add.yaml"
    overlay.write_text(
        yaml.safe_dump(
            {
                "reason": "r",
                "patch": [
                    {
                        "op": "add",
                        "path": "/components/schemas/Agent",
                        "value": {"type": "object"},
                        "reason": "adds Agent",
                    }
                ],
            }
        )
    )
    document = {"components": {"schemas": {"Agent": {"type": "string"}}}}
    with pytest.raises(apply_overlays.OverlayError, match="already exists upstream"):
        apply_overlays.apply_overlays(document, [overlay])


def test_overlay_ops_need_a_one_line_reason(tmp_path):
    apply_overlays = load_script("apply_overlays")
    overlay = tmp_path / "11-noreason.yaml"
    overlay.write_text(yaml.safe_dump({"reason": "r", "patch": [{"op": "remove", "path": "/x"}]}))
    with pytest.raises(apply_overlays.OverlayError, match="one-line 'reason'"):
        apply_overlays.apply_overlays({"x": 1}, [overlay])


def test_every_overlay_is_in_the_spec_readme_table():
    table = (ROOT / "spec" / "README.md").read_text()
    for overlay in sorted((ROOT / "spec" / "overlays").glob("*.yaml")):
        assert f"`{overlay.name}`" in table, f"{overlay.name} missing from spec/README.md"


# --- fetching the pinned spec ----------------------------------------------------------------


def run_fetch(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "SPEC_BUILD_DIR": str(tmp_path / "out"), **env}
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fetch_spec.py")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


UNREACHABLE = "http://127.0.0.1:9/conversation.yaml"  # discard port: connection refused


def test_fetch_fails_naming_both_sources_when_neither_is_available(tmp_path):
    result = run_fetch(tmp_path, SPEC_URL=UNREACHABLE, SPEC_FILE=str(tmp_path / "absent.yaml"))
    assert result.returncode == 1
    assert UNREACHABLE in result.stderr and "absent.yaml" in result.stderr
    assert "SPEC_URL" in result.stderr and "SPEC_FILE" in result.stderr
    assert "Traceback" not in result.stderr


def test_fetch_rejects_a_tampered_snapshot_and_says_how_to_accept(tmp_path):
    tampered = tmp_path / "tampered.yaml"
    tampered.write_bytes(SNAPSHOT.read_bytes() + b"\n# edited\n")
    result = run_fetch(tmp_path, SPEC_URL=UNREACHABLE, SPEC_FILE=str(tampered))
    assert result.returncode == 1
    assert "sha256 mismatch" in result.stderr and "SPEC_ACCEPT=1" in result.stderr
    assert not (tmp_path / "out" / "upstream.yaml").exists()


def test_fetch_falls_back_to_the_snapshot_and_says_so(tmp_path):
    result = run_fetch(tmp_path, SPEC_URL=UNREACHABLE)
    assert result.returncode == 0, result.stderr
    assert "offline snapshot" in result.stdout
    assert (tmp_path / "out" / "upstream.yaml").read_bytes() == SNAPSHOT.read_bytes()


@pytest.fixture
def served_file(tmp_path):
    """Serve one file over loopback HTTP, standing in for the upstream URL."""
    document = tmp_path / "served" / "conversation.yaml"
    document.parent.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(document.parent), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield document, f"http://127.0.0.1:{server.server_port}/conversation.yaml"
    server.shutdown()


def test_fetch_downloads_and_checks_the_pin(tmp_path, served_file):
    document, url = served_file
    document.write_bytes(SNAPSHOT.read_bytes())
    result = run_fetch(tmp_path, SPEC_URL=url, SPEC_FILE=str(tmp_path / "absent.yaml"))
    assert result.returncode == 0, result.stderr
    assert f"downloaded {url}" in result.stdout


def test_accepting_a_new_upstream_version_repins(tmp_path, served_file):
    document, url = served_file
    document.write_bytes(SNAPSHOT.read_bytes() + b"\n# upstream update\n")
    pin = tmp_path / "upstream.json"
    pin.write_text(json.dumps(PIN))
    refused = run_fetch(tmp_path, SPEC_URL=url, SPEC_PIN_FILE=str(pin))
    assert refused.returncode == 1 and "sha256 mismatch" in refused.stderr
    accepted = run_fetch(tmp_path, SPEC_URL=url, SPEC_PIN_FILE=str(pin), SPEC_ACCEPT="1")
    assert accepted.returncode == 0, accepted.stderr
    assert (
        json.loads(pin.read_text())["sha256"] == hashlib.sha256(document.read_bytes()).hexdigest()
    )
