"""OAuth2 tokens, expiry, Basic auth, unknown credentials and other projects."""

from __future__ import annotations

import httpx
import pytest

from sinch_emulator.testing import run_emulator

from .conftest import Api, check_answer, wait_for


def get(url: str, **kwargs) -> httpx.Response:
    response = httpx.get(url, **kwargs)
    check_answer(response)
    return response


def token(emu, key_id=None, secret=None) -> httpx.Response:
    return httpx.post(
        emu.auth_url,
        data={"grant_type": "client_credentials"},
        auth=(key_id or emu.key_id, secret or emu.key_secret),
    )


def test_token_endpoint_issues_bearer_tokens(emulator):
    response = token(emulator)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] > 0
    assert body["scope"] == ""
    bearer = {"Authorization": f"Bearer {body['access_token']}"}
    apps = get(f"{emulator.base_url()}/v1/projects/{emulator.project_id}/apps", headers=bearer)
    assert apps.status_code == 200
    assert "apps" in apps.json()


def test_token_endpoint_accepts_form_credentials(emulator):
    response = httpx.post(
        emulator.auth_url,
        data={
            "grant_type": "client_credentials",
            "client_id": emulator.key_id,
            "client_secret": emulator.key_secret,
        },
    )
    assert response.status_code == 200


@pytest.mark.parametrize("key_id,secret", [("emulator-key-id", "wrong"), ("nobody", "x")])
def test_token_endpoint_rejects_unknown_credentials(emulator, key_id, secret):
    response = token(emulator, key_id, secret)
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_token_endpoint_rejects_other_grants(emulator):
    response = httpx.post(
        emulator.auth_url,
        data={"grant_type": "password"},
        auth=(emulator.key_id, emulator.key_secret),
    )
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_expired_token_is_told_apart_from_a_bad_one():
    with run_emulator(token_ttl=1, rate_limit=None) as emu:
        access = token(emu).json()["access_token"]
        url = f"{emu.base_url()}/v1/projects/{emu.project_id}/apps"
        assert httpx.get(url, headers={"Authorization": f"Bearer {access}"}).status_code == 200

        def expired():
            r = get(url, headers={"Authorization": f"Bearer {access}"})
            return r if r.status_code == 401 else None

        response = wait_for(expired, timeout=5)
        assert "expired" in response.headers["www-authenticate"]
        assert response.json()["error"]["status"] == "UNAUTHENTICATED"
        fresh = token(emu).json()["access_token"]
        assert httpx.get(url, headers={"Authorization": f"Bearer {fresh}"}).status_code == 200


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer not-a-token",
        "Bearer a.b.c",
        "Basic " + "bm9ib2R5Om5vdGhpbmc=",  # nobody:nothing
        "Basic %%%",
        "Digest abc",
        None,
    ],
)
def test_unknown_credentials_are_401_without_expired(emulator, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    response = get(f"{emulator.base_url()}/v1/projects/{emulator.project_id}/apps", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["status"] == "UNAUTHENTICATED"
    assert "expired" not in response.headers.get("www-authenticate", "")


def test_token_signed_for_another_key_is_rejected(emulator):
    access = token(emulator).json()["access_token"]
    header, payload, signature = access.split(".")
    forged = f"{header}.{payload}.{signature[::-1]}"
    response = httpx.get(
        f"{emulator.base_url()}/v1/projects/{emulator.project_id}/apps",
        headers={"Authorization": f"Bearer {forged}"},
    )
    assert response.status_code == 401


def test_basic_auth_is_accepted(api: Api):
    assert "apps" in api.ok("get", "/apps")


def test_key_of_another_project_is_403():
    with run_emulator(
        rate_limit=None, projects=[("other-project", "other-key", "other-secret")]
    ) as emu:
        mine = httpx.get(
            f"{emu.base_url()}/v1/projects/other-project/apps", auth=("other-key", "other-secret")
        )
        assert mine.status_code == 200
        for auth in [(emu.key_id, emu.key_secret), ("other-key", "other-secret")]:
            project = "other-project" if auth[0] == emu.key_id else emu.project_id
            response = get(f"{emu.base_url()}/v1/projects/{project}/apps", auth=auth)
            assert response.status_code == 403
            assert response.json()["error"]["status"] == "PERMISSION_DENIED"
        bearer = token(emu, "other-key", "other-secret").json()["access_token"]
        response = httpx.get(
            f"{emu.base_url()}/v1/projects/{emu.project_id}/apps",
            headers={"Authorization": f"Bearer {bearer}"},
        )
        assert response.status_code == 403


def test_tokens_survive_a_restart_with_the_same_keys(tmp_path):
    with run_emulator(rate_limit=None) as emu:
        access = token(emu).json()["access_token"]
    with run_emulator(rate_limit=None) as emu:
        response = httpx.get(
            f"{emu.base_url()}/v1/projects/{emu.project_id}/apps",
            headers={"Authorization": f"Bearer {access}"},
        )
        assert response.status_code == 200
