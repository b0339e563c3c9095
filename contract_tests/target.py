"""Which server the contract suite checks, and how it talks to it.

By default the embedded emulator is started. ``SINCH_CONVERSATION_BASE_URL`` points the
suite at any other server (the real API included), with the credentials taken from
``SINCH_PROJECT_ID``, ``SINCH_KEY_ID`` and ``SINCH_KEY_SECRET``. Against such a server the
suite only reads unless ``CONTRACT_ALLOW_WRITES=1``; then it deletes what it created at
the end of the run (contract_tests/cleanup.py), and never what it did not create.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from contract_tests.cleanup import deferred_interrupt
from scripts.paths import BATCH_SPEC, EFFECTIVE_SPEC
from sinch_conversation.auth import OAuth2ClientCredentials
from sinch_conversation.regions import AUTH_URL, region_urls, resolve_batch_base_url

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = EFFECTIVE_SPEC
DEFAULT_AUTH_URL = AUTH_URL
REAL_API_VARIABLES = ("SINCH_PROJECT_ID", "SINCH_KEY_ID", "SINCH_KEY_SECRET")


@dataclass(frozen=True)
class Target:
    base_url: str
    auth_url: str
    project_id: str
    key_id: str
    key_secret: str = field(repr=False)
    region: str = "us"
    embedded: bool = True
    allow_writes: bool = True

    @property
    def description(self) -> str:
        kind = "embedded emulator" if self.embedded else "external server"
        mode = "read-write" if self.allow_writes else "read-only"
        return f"{kind} {self.base_url} (project {self.project_id}, region {self.region}, {mode})"


@dataclass(frozen=True)
class ExternalSettings:
    """What the environment says about an external target (None fields: not set)."""

    base_url: str
    region: str
    missing: tuple[str, ...]


def external_settings(environ: Mapping[str, str] | None = None) -> ExternalSettings | None:
    env = os.environ if environ is None else environ
    base_url = env.get("SINCH_CONVERSATION_BASE_URL", "").strip()
    if not base_url:
        return None
    region = env.get("SINCH_REGION", "us").strip() or "us"
    missing = tuple(name for name in REAL_API_VARIABLES if not env.get(name, "").strip())
    return ExternalSettings(base_url.format(region=region).rstrip("/"), region, missing)


def writes_allowed(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the suite may create and change resources on an external server."""
    env = os.environ if environ is None else environ
    return env.get("CONTRACT_ALLOW_WRITES") == "1"


def external_target(environ: Mapping[str, str] | None = None) -> Target:
    env = os.environ if environ is None else environ
    settings = external_settings(env)
    assert settings is not None and not settings.missing
    return Target(
        base_url=settings.base_url,
        auth_url=env.get("SINCH_AUTH_URL", "").strip() or DEFAULT_AUTH_URL,
        project_id=env["SINCH_PROJECT_ID"].strip(),
        key_id=env["SINCH_KEY_ID"].strip(),
        key_secret=env["SINCH_KEY_SECRET"].strip(),
        region=settings.region,
        embedded=False,
        allow_writes=writes_allowed(env),
    )


@contextmanager
def embedded_target() -> Iterator[Target]:
    from sinch_emulator.testing import run_emulator  # the real-API mode needs no emulator

    # rate limiting off: the suite's own pace must not turn cases into 429s
    with run_emulator(rate_limit=None) as emulator:
        yield Target(
            base_url=emulator.base_url("us"),
            auth_url=emulator.auth_url,
            project_id=emulator.project_id,
            key_id=emulator.key_id,
            key_secret=emulator.key_secret,
        )


def project_id_for_collection() -> str:
    """The project ID known before any server starts (the suite pins it in generated cases)."""
    settings = external_settings()
    if settings is not None and not settings.missing:
        return os.environ["SINCH_PROJECT_ID"].strip()
    from sinch_emulator.config import DEFAULT_PROJECT_ID  # as above: emulator mode only

    return DEFAULT_PROJECT_ID


def load_effective_spec() -> dict[str, Any]:
    if not SPEC_PATH.exists():
        raise RuntimeError(f"{SPEC_PATH} is missing: run `make spec` first")
    return json.loads(SPEC_PATH.read_text())


def load_batch_spec() -> dict[str, Any]:
    """The Batch API's effective spec (build/spec/batch.json, written by `make spec`)."""
    if not BATCH_SPEC.exists():
        raise RuntimeError(f"{BATCH_SPEC} is missing: run `make spec` first")
    return json.loads(BATCH_SPEC.read_text())


def batch_base_url(target: Target, environ: Mapping[str, str] | None = None) -> str:
    """Where the target serves the Batch API: the emulator under ``/batch``; an external
    server at ``SINCH_BATCH_BASE_URL`` (``{region}`` filled in) or the region's batch host."""
    if target.embedded:
        return resolve_batch_base_url(target.region, None, target.base_url)
    env = os.environ if environ is None else environ
    explicit = env.get("SINCH_BATCH_BASE_URL", "").strip()
    if explicit:
        return resolve_batch_base_url(target.region, explicit)
    return region_urls(target.region).batch


# --- sending schemathesis cases over httpx with the facade's auth ---------------------------


def http_client(target: Target, event_hooks: dict[str, list[Any]] | None = None) -> httpx.Client:
    auth = OAuth2ClientCredentials(target.key_id, target.key_secret, token_url=target.auth_url)
    return httpx.Client(auth=auth, timeout=30.0, event_hooks=event_hooks)


def send(client: httpx.Client, case: Any, base_url: str, **overrides: Any) -> httpx.Response:
    """Send a schemathesis case through ``client`` (so through its auth and transport)."""
    kwargs = case.as_transport_kwargs(base_url=base_url)
    request: dict[str, Any] = {
        "method": kwargs["method"],
        "url": kwargs["url"],
        "headers": kwargs.get("headers") or {},
        "params": kwargs.get("params") or None,
    }
    if "json" in kwargs:
        request["json"] = kwargs["json"]
    elif kwargs.get("data") is not None:
        request["content"] = kwargs["data"]
    request.update(overrides)
    with deferred_interrupt():  # the answer to a create is recorded before Ctrl-C stops the run
        return client.request(**request)
