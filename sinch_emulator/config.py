"""Emulator settings: one frozen object built from keyword arguments, flags or environment.

Defaults are the documented local credentials (project ``emulator-project``, key id
``emulator-key-id``, key secret ``emulator-key-secret``) so that a client pointed at a fresh
emulator works with no setup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any, overload

DEFAULT_PROJECT_ID = "emulator-project"
DEFAULT_KEY_ID = "emulator-key-id"
DEFAULT_KEY_SECRET = "emulator-key-secret"
REGIONS = ("us", "eu", "br")
DEFAULT_REGION = "us"


@dataclass(frozen=True)
class Credential:
    """An access key: the key id/secret pair and the one project it belongs to."""

    project_id: str
    key_id: str
    key_secret: str

    def __repr__(self) -> str:  # never show the secret in logs or tracebacks
        return f"Credential(project_id={self.project_id!r}, key_id={self.key_id!r})"


@dataclass(frozen=True)
class FaultConfig:
    """Faults injected into a share of API answers, for client reliability tests."""

    rate_429: float = 0.0
    rate_500: float = 0.0
    rate_503: float = 0.0
    drop_rate: float = 0.0
    latency_ms: float = 0.0
    retry_after: int = 1
    seed: int | None = None

    @property
    def active(self) -> bool:
        return bool(
            self.rate_429 or self.rate_500 or self.rate_503 or self.drop_rate or self.latency_ms
        )


@dataclass(frozen=True)
class EmulatorConfig:
    credentials: tuple[Credential, ...] = (
        Credential(DEFAULT_PROJECT_ID, DEFAULT_KEY_ID, DEFAULT_KEY_SECRET),
    )
    host: str = "127.0.0.1"
    port: int = 8080
    token_ttl: float = 3600.0
    #: requests per second per project; ``None`` switches the limit off
    rate_limit: float | None = 800.0
    db: str | None = None
    validate: bool = True
    #: validate every answer against the spec and turn a violation into a 500 (for test suites)
    check_responses: bool = False
    faults: FaultConfig = field(default_factory=FaultConfig)
    spec_path: str | None = None
    #: the Batch API's spec (default: the bundled copy or build/spec/batch.json)
    batch_spec_path: str | None = None
    #: seconds between accepting a message and its QUEUED_ON_CHANNEL / DELIVERED callbacks
    delivery_delay: float = 0.02
    #: delivery attempts per callback (the first one included)
    callback_attempts: int = 5
    #: seconds before the first retry of a failed callback, doubling up to 5 s
    callback_backoff: float = 0.2
    #: seconds one delivery attempt may take, whatever the receiver does
    callback_timeout: float = 3.0
    #: fixed number of concurrent deliveries, independent of request handling
    callback_workers: int = 16
    #: callbacks waiting for delivery (queued or between retries); past it new ones are dropped
    callback_queue_size: int = 10_000
    #: how many delivery attempts GET /_emulator/callbacks keeps
    callback_log_size: int = 10_000
    #: seconds a client has to send a request's headers (against slow-header connections)
    header_timeout: float = 10.0
    #: whole seconds SIGTERM waits for requests in flight before cancelling them
    shutdown_timeout: int = 3
    #: who may open /_emulator/console: "loopback" clients (127.0.0.0/8, ::1), "credentials"
    #: (Basic auth with a project's key id and secret, from anywhere) or "off"
    console: str = "loopback"

    def __repr__(self) -> str:
        return (
            f"EmulatorConfig(projects={[c.project_id for c in self.credentials]}, "
            f"host={self.host!r}, port={self.port}, rate_limit={self.rate_limit}, "
            f"db={self.db!r}, validate={self.validate})"
        )

    @property
    def project_id(self) -> str:
        return self.credentials[0].project_id

    @property
    def key_id(self) -> str:
        return self.credentials[0].key_id

    @property
    def key_secret(self) -> str:
        return self.credentials[0].key_secret

    @classmethod
    def build(cls, **overrides: Any) -> EmulatorConfig:
        """Build from keyword arguments.

        Accepts the dataclass fields plus conveniences: ``project_id``/``key_id``/``key_secret``
        (the first credential), ``projects`` (a list of ``(project_id, key_id, key_secret)``
        added after it) and ``faults`` as a mapping of :class:`FaultConfig` fields.
        """
        project_id = overrides.pop("project_id", None)
        key_id = overrides.pop("key_id", None)
        key_secret = overrides.pop("key_secret", None)
        extra = overrides.pop("projects", None) or ()
        faults = overrides.pop("faults", None)
        config = cls(**overrides)
        first = config.credentials[0]
        first = Credential(
            project_id or first.project_id, key_id or first.key_id, key_secret or first.key_secret
        )
        creds = [first, *config.credentials[1:]]
        for item in extra:
            creds.append(item if isinstance(item, Credential) else Credential(*item))
        if isinstance(faults, dict):
            faults = FaultConfig(**faults)
        return replace(config, credentials=tuple(creds), faults=faults or config.faults)


@overload
def env(name: str, default: str) -> str: ...
@overload
def env(name: str, default: None = None) -> str | None: ...
def env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(f"SINCH_EMULATOR_{name}", default)
