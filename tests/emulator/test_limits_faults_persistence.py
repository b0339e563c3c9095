"""Rate limit, fault injection and persistence across restarts, each on its own emulator."""

from __future__ import annotations

import httpx
import pytest

from sinch_emulator.testing import run_emulator

from .conftest import Api


def test_rate_limit_answers_429_with_retry_after():
    with run_emulator(rate_limit=5) as emu:
        api = Api(emu)
        codes = [api.get("/apps") for _ in range(12)]
        limited = [r for r in codes if r.status_code == 429]
        assert limited, [r.status_code for r in codes]
        assert int(limited[0].headers["retry-after"]) >= 1
        assert limited[0].json()["error"]["status"] == "RESOURCE_EXHAUSTED"
        assert sum(r.status_code == 200 for r in codes) <= 6
        api.close()


def test_rate_limit_can_be_switched_off(emulator, api: Api):
    assert emulator.config.rate_limit is None
    assert all(api.get("/apps").status_code == 200 for _ in range(50))


@pytest.mark.parametrize(
    "header,status", [("status=503; retry_after=2", 503), ("status=500", 500), ("status=429", 429)]
)
def test_fault_header_fails_one_request(api: Api, header, status):
    response = api.http.get(f"{api.p}/apps", headers={"X-Emulator-Fault": header})
    assert response.status_code == status
    body = response.json()["error"]
    assert body["code"] == status
    if status in (429, 503):
        assert response.headers["retry-after"] == ("2" if "retry_after=2" in header else "1")
    assert api.get("/apps").status_code == 200


def test_fault_header_latency_and_drop(api: Api):
    assert (
        api.http.get(f"{api.p}/apps", headers={"X-Emulator-Fault": "latency_ms=50"}).status_code
        == 200
    )
    with pytest.raises(httpx.TransportError):
        api.http.get(f"{api.p}/apps", headers={"X-Emulator-Fault": "drop"})
    assert api.get("/apps").status_code == 200


def test_bad_fault_header_is_400(api: Api):
    response = api.http.get(f"{api.p}/apps", headers={"X-Emulator-Fault": "status=999"})
    assert response.status_code == 400


def test_configured_fault_shares():
    with (
        run_emulator(rate_limit=None, faults={"rate_503": 0.5, "seed": 7}) as emu,
        httpx.Client(base_url=emu.base_url(), auth=(emu.key_id, emu.key_secret)) as c,
    ):
        codes = [c.get(f"/v1/projects/{emu.project_id}/apps").status_code for _ in range(60)]
    assert set(codes) == {200, 503}
    assert 10 < codes.count(503) < 50


def test_state_survives_a_restart_with_the_same_db(tmp_path):
    db = str(tmp_path / "emulator.sqlite")
    with run_emulator(rate_limit=None, db=db) as emu:
        api = Api(emu, "eu")
        app = api.create_app("CONVERSATION")
        contact = api.create_contact("+46999")
        sent = [api.send(app["id"], identity="+46999")["message_id"] for _ in range(3)]
        api.close()
    with run_emulator(rate_limit=None, db=db) as emu:
        api = Api(emu, "eu")
        assert api.ok("get", f"/apps/{app['id']}")["display_name"] == app["display_name"]
        assert api.ok("get", f"/contacts/{contact['id']}")["id"] == contact["id"]
        listed = api.ok("get", "/messages", params={"app_id": app["id"]})["messages"]
        assert [m["id"] for m in listed] == list(reversed(sent))
        newer = api.send(app["id"], identity="+46999")["message_id"]
        assert (
            api.ok("get", "/messages", params={"app_id": app["id"]})["messages"][0]["id"] == newer
        )
        assert Api(emu, "us").get(f"/apps/{app['id']}").status_code == 404
        api.close()
    with run_emulator(rate_limit=None) as emu:  # without the db: empty
        assert Api(emu, "eu").get(f"/apps/{app['id']}").status_code == 404
