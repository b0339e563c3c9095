"""Against a server that is not the embedded emulator, the contract suite deletes everything it
created, and leaves alone what was there before.

A second emulator plays the real API: it starts with an app, a webhook, a contact and a message
of its own; the suite runs against it with writes allowed; afterwards its apps, webhooks,
contacts, conversations and messages are exactly what they were.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sinch_emulator.testing import RunningEmulator, run_emulator
from tests.contract_run import run_suite, suite_command

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def real_api() -> Iterator[RunningEmulator]:
    with run_emulator(rate_limit=None) as emulator:
        yield emulator


def api(emulator: RunningEmulator) -> httpx.Client:
    token = httpx.post(
        emulator.auth_url,
        data={"grant_type": "client_credentials"},
        auth=(emulator.key_id, emulator.key_secret),
    ).json()["access_token"]
    return httpx.Client(
        base_url=f"{emulator.base_url('us')}/v1/projects/{emulator.project_id}",
        headers={"Authorization": f"Bearer {token}"},
    )


def every(client: httpx.Client, path: str, key: str, **params: Any) -> list[str]:
    """Every ID a list operation shows, through all its pages (when it has pages)."""
    ids, token = [], ""
    while True:
        paging = {"page_size": 50, "page_token": token} if key != "apps" else {}
        page = client.get(path, params={**params, **paging})
        page.raise_for_status()
        body = page.json()
        ids += [item["id"] for item in body.get(key, [])]
        token = body.get("next_page_token", "")
        if not token:
            return sorted(ids)


def state(emulator: RunningEmulator) -> dict[str, list[str]]:
    """What a client of the API can see of the project."""
    with api(emulator) as client:
        apps = every(client, "/apps", "apps")
        seen = {"apps": apps, "contacts": every(client, "/contacts", "contacts")}
        for source in ("CONVERSATION_SOURCE", "DISPATCH_SOURCE"):
            seen[source] = every(client, "/messages", "messages", messages_source=source)
        seen["conversations"] = every(client, "/conversations", "conversations", only_active=False)
        for app in apps:
            hooks = client.get(f"/apps/{app}/webhooks").json().get("webhooks", [])
            seen[f"webhooks of {app}"] = sorted(hook["id"] for hook in hooks)
        return seen


def seed(emulator: RunningEmulator) -> None:
    with api(emulator) as client:
        app = client.post(
            "/apps",
            json={
                "display_name": "pre-existing",
                "processing_mode": "CONVERSATION",
                "channel_credentials": [
                    {"channel": "SMS", "static_bearer": {"claimed_identity": "a", "token": "t"}}
                ],
            },
        ).json()
        client.post(
            "/webhooks",
            json={
                "app_id": app["id"],
                "target": "http://127.0.0.1:9/x",
                "triggers": ["MESSAGE_DELIVERY"],
            },
        ).raise_for_status()
        contact = client.post(
            "/contacts",
            json={"channel_identities": [{"channel": "SMS", "identity": "+46700000099"}]},
        ).json()
        client.post(
            "/messages:send",
            json={
                "app_id": app["id"],
                "recipient": {"contact_id": contact["id"]},
                "message": {"text_message": {"text": "already here"}},
            },
        ).raise_for_status()


def suite_env(emulator: RunningEmulator, out: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "SINCH_CONVERSATION_BASE_URL": emulator.base_url("us"),
        "SINCH_AUTH_URL": emulator.auth_url,
        "SINCH_BATCH_BASE_URL": emulator.base_url("us") + "/batch",
        "SINCH_PROJECT_ID": emulator.project_id,
        "SINCH_KEY_ID": emulator.key_id,
        "SINCH_KEY_SECRET": emulator.key_secret,
        "CONTRACT_ALLOW_WRITES": "1",
        "CONTRACT_EXAMPLES": "3",
        "CONTRACT_OUT_DIR": str(out),
    }
    env.pop("PYTEST_XDIST_WORKER", None)
    return env


FILES = ["test_operations.py", "test_stateful.py", "test_facade_calls.py"]


def command(selection: str) -> list[str]:
    return suite_command(FILES, selection)


def suite(emulator: RunningEmulator, out: Path, selection: str) -> subprocess.CompletedProcess[str]:
    return run_suite(FILES, selection, suite_env(emulator, out), timeout=600)


def test_the_server_ends_as_it_began(real_api, tmp_path):
    seed(real_api)
    before = state(real_api)
    result = suite(real_api, tmp_path, "(positive and POST) or stateful or facade")
    after = state(real_api)
    assert "mode: writes" in result.stdout
    assert "cleanup: everything the suite created was deleted" in result.stdout, result.stdout[
        -3000:
    ]
    assert after == before
    assert not list(tmp_path.glob("created-*.jsonl"))


def test_the_walk_puts_back_the_project_settings_it_found(real_api, tmp_path):
    """A project has one settings object; a walk on a project that has one (its own, or
    the run's pool's) still calls create and delete, then restores it."""
    own = {"contact_settings": {"unified_contact_id_enabled": True}}
    with api(real_api) as client:
        client.post("/settings", json=own).raise_for_status()
        before = client.get("/settings").json()
    try:
        result = suite(real_api, tmp_path, "facade")
        assert result.returncode == 0, result.stdout[-3000:]
        assert "1 passed" in result.stdout
        with api(real_api) as client:
            assert client.get("/settings").json() == before
    finally:
        with api(real_api) as client:
            client.delete("/settings")


def test_a_run_killed_before_its_teardown_is_cleaned_up_by_the_next(real_api, tmp_path):
    before = state(real_api)
    with api(real_api) as client:
        app = client.post(
            "/apps", json={"display_name": "left by a killed run", "channel_credentials": []}
        ).json()
        url = f"{str(client.base_url).rstrip('/')}/apps/{app['id']}"
    (tmp_path / "created-gw7.jsonl").write_text(
        json.dumps({"label": "DELETE App_DeleteApp", "url": url}) + "\n"
    )
    assert state(real_api) != before
    result = suite(real_api, tmp_path, "positive and GET and apps and not app_id")
    assert "cleanup: everything the suite created was deleted" in result.stdout, result.stdout[
        -3000:
    ]
    assert state(real_api) == before


@pytest.mark.parametrize("created", [1, 3], ids=["while-the-pool-is-made", "later"])
def test_an_interrupted_run_still_deletes_what_it_created(real_api, tmp_path, created):
    before = state(real_api)
    run = subprocess.Popen(
        command("positive and POST"),
        cwd=ROOT,
        env=suite_env(real_api, tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    ledger = tmp_path / "created-main.jsonl"
    deadline = time.monotonic() + 120
    while not (ledger.exists() and ledger.read_text().count("\n") >= created):
        assert run.poll() is None and time.monotonic() < deadline, "nothing was created"
        time.sleep(0.2)
    assert state(real_api) != before
    run.send_signal(signal.SIGINT)  # Ctrl-C
    output, _ = run.communicate(timeout=120)
    assert "KeyboardInterrupt" in output
    assert "cleanup: everything the suite created was deleted" in output, output[-3000:]
    assert state(real_api) == before


def test_what_could_not_be_deleted_is_named():
    """A DELETE the server refuses (fault injected: the emulator never refuses one) is
    reported with its URL and status; one already gone (404) is not."""
    from contract_tests.cleanup import Ledger
    from contract_tests.target import load_effective_spec

    base = "http://127.0.0.1:9/us"
    ledger = Ledger(load_effective_spec(), base)
    app_create = f"{base}/v1/projects/p/apps"
    ledger.track("POST", app_create, 200, {"display_name": "x"}, {"id": "refused"})
    ledger.track("POST", app_create, 200, {"display_name": "y"}, {"id": "gone"})
    ledger.track("GET", app_create, 200, None, {"id": "listed"})  # not a create
    statuses = {"refused": 503, "gone": 404}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(statuses[request.url.path.rsplit("/", 1)[-1]])

    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        left = ledger.delete_all(client)
    assert left == [f"DELETE App_DeleteApp {base}/v1/projects/p/apps/refused: 503"]
