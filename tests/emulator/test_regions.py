"""Regions us, eu and br keep separate state; no prefix means us."""

from __future__ import annotations

from .conftest import Api


def test_app_of_one_region_is_404_in_the_others(make_api):
    eu, us, br = make_api("eu"), make_api("us"), make_api("br")
    app = eu.create_app()
    assert eu.ok("get", f"/apps/{app['id']}")["id"] == app["id"]
    for other in (us, br):
        response = other.get(f"/apps/{app['id']}")
        assert response.status_code == 404
        assert response.json()["error"]["status"] == "NOT_FOUND"
    assert app["id"] not in {a["id"] for a in us.ok("get", "/apps")["apps"]}


def test_unprefixed_paths_are_us(emulator, make_api):
    us = make_api("us")
    app = us.create_app()
    response = us.http.get(f"{emulator.url}/v1/projects/{emulator.project_id}/apps/{app['id']}")
    assert response.status_code == 200


def test_sending_needs_the_app_region(make_api):
    br, us = make_api("br"), make_api("us")
    app = br.create_app()
    br.send(app["id"])
    response = us.post(
        "/messages:send",
        json={
            "app_id": app["id"],
            "message": {"text_message": {"text": "x"}},
            "recipient": {
                "identified_by": {"channel_identities": [{"channel": "SMS", "identity": "+1"}]}
            },
        },
    )
    assert response.status_code == 404


def test_unknown_region_prefix_is_404(emulator):
    api = Api(emulator)
    response = api.http.get(f"{emulator.url}/xx/v1/projects/{emulator.project_id}/apps")
    assert response.status_code == 404
    api.close()
