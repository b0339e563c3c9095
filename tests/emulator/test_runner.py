"""The in-process runner, the pytest plugin's fixture and the console script's banner."""

from __future__ import annotations

import httpx
import pytest

from sinch_emulator.__main__ import banner, config_from_args, parser
from sinch_emulator.spec import SpecNotFound, find_spec_path

pytest_plugins = ["sinch_emulator.pytest_plugin"]


def test_plugin_fixture_gives_a_reset_emulator(sinch_emulator):
    assert sinch_emulator.base_url_template.format(region="eu") == sinch_emulator.base_url("eu")
    assert sinch_emulator.auth_url.endswith("/oauth2/token")
    health = httpx.get(f"{sinch_emulator.url}/_emulator/health").json()
    assert health["status"] == "ok" and health["operations"] > 0
    apps = httpx.get(
        f"{sinch_emulator.base_url()}/v1/projects/{sinch_emulator.project_id}/apps",
        auth=(sinch_emulator.key_id, sinch_emulator.key_secret),
    ).json()
    assert apps == {"apps": []}


def test_cli_flags_build_the_config():
    args = parser().parse_args(
        [
            "--port",
            "9999",
            "--rate-limit",
            "off",
            "--token-ttl",
            "2",
            "--extra-project",
            "p2:k2:s2",
            "--fault-503",
            "0.1",
            "--key-secret",
            "hidden-secret",
        ]
    )
    config = config_from_args(args)
    assert config.port == 9999 and config.rate_limit is None and config.token_ttl == 2
    assert [c.project_id for c in config.credentials] == ["emulator-project", "p2"]
    text = banner(config, "spec.json")
    assert "http://127.0.0.1:9999/eu" in text and "{region}" in text
    assert "hidden-secret" not in text and "s2" not in text.split()
    assert "hidden-secret" not in repr(config)


def test_missing_spec_names_the_places_tried(monkeypatch, tmp_path):
    monkeypatch.setenv("SINCH_EMULATOR_SPEC", str(tmp_path / "absent.json"))
    found = find_spec_path()  # falls through to the build output
    assert found.name == "openapi.json"
    with pytest.raises(SpecNotFound, match="SINCH_EMULATOR_SPEC"):
        import sinch_emulator.spec as spec_module

        monkeypatch.setattr(spec_module, "REPO_SPEC", tmp_path / "none.json")
        monkeypatch.setattr(spec_module, "BUNDLED_SPEC", tmp_path / "none2.json")
        spec_module.find_spec_path()
