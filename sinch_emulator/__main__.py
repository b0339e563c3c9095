"""``sinch-emulator``: serve the emulator and print how clients reach it.

Every flag has an environment variable ``SINCH_EMULATOR_<NAME>`` (e.g. ``SINCH_EMULATOR_PORT``,
``SINCH_EMULATOR_KEY_SECRET``); flags win over the environment.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
import urllib.request
from base64 import b64encode
from typing import Any

from .app import Emulator
from .config import (
    DEFAULT_KEY_SECRET,
    REGIONS,
    Credential,
    EmulatorConfig,
    FaultConfig,
    env,
)
from .persistence import StateFileError
from .server import serve
from .spec import SpecNotFound

#: the environment variable behind each flag (``SINCH_EMULATOR_`` + name)
ENVIRONMENT = {
    "extra_project": "EXTRA_PROJECTS",
    "check_responses": None,
    "fault_seed": None,
}
SEED_APP_NAME = "Seed app"


class _HelpFormatter(argparse.HelpFormatter):
    """Each flag's help ends with its default and its environment variable.

    Defaults are shown as resolved from the environment; the key secret's help names only the
    built-in one, so a configured secret never appears."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if not action.option_strings or action.dest == "help":
            return text
        if "default" not in text and action.default not in (None, argparse.SUPPRESS):
            text += " (default: %(default)s)"
        name = ENVIRONMENT.get(action.dest, action.dest.upper())
        return f"{text} [env: SINCH_EMULATOR_{name}]" if name else text


def seed_app(config: EmulatorConfig, timeout: float = 30.0) -> str | None:
    """Create (or with --db find) the seed app through the emulator's own API and print its id."""
    host = "127.0.0.1" if config.host in ("0.0.0.0", "") else config.host
    base = f"http://{host}:{config.port}/v1/projects/{config.project_id}/apps"
    token = b64encode(f"{config.key_id}:{config.key_secret}".encode()).decode()
    headers = {"authorization": f"Basic {token}", "content-type": "application/json"}

    def call(method: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        body = None if data is None else json.dumps(data).encode()
        request = urllib.request.Request(base, data=body, method=method, headers=headers)
        with urllib.request.urlopen(request, timeout=10) as response:
            answer: dict[str, Any] = json.loads(response.read())
            return answer

    deadline = time.monotonic() + timeout
    while True:
        try:
            apps = call("GET").get("apps", [])
            break
        except OSError:
            if time.monotonic() > deadline:
                print("sinch-emulator: --seed-app: the server did not start", file=sys.stderr)
                return None
            time.sleep(0.1)
    app = next((a for a in apps if a.get("display_name") == SEED_APP_NAME), None)
    if app is None:
        app = call(
            "POST",
            {
                "display_name": SEED_APP_NAME,
                "channel_credentials": [
                    {
                        "channel": "SMS",
                        "static_bearer": {"claimed_identity": "emulator-sms", "token": "any"},
                    }
                ],
            },
        )
    print(
        f"  seed app: {app['id']} ({app.get('processing_mode', 'DISPATCH')} mode, SMS)\n"
        f"  export SINCH_APP_ID={app['id']}",
        flush=True,
    )
    return str(app["id"])


def _float_or_off(text: str) -> float | None:
    return None if text.lower() in ("off", "none", "0", "") else float(text)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sinch-emulator",
        description=(
            "Stateful local emulator of the Sinch Conversation API. Regions are path prefixes: "
            "http://HOST:PORT/{us,eu,br}/v1/... (no prefix means us)."
        ),
        epilog="A flag wins over its environment variable [env: ...].",
        formatter_class=_HelpFormatter,
    )
    d = EmulatorConfig()
    p.add_argument("--host", default=env("HOST", d.host), help="address to listen on")
    p.add_argument(
        "--port", type=int, default=int(env("PORT", str(d.port))), help="port to listen on"
    )
    p.add_argument(
        "--project-id", default=env("PROJECT_ID", d.project_id), help="the project clients use"
    )
    p.add_argument("--key-id", default=env("KEY_ID", d.key_id), help="its access key id")
    p.add_argument(
        "--key-secret",
        default=env("KEY_SECRET", d.key_secret),
        help=f"its access key secret (default: {DEFAULT_KEY_SECRET})",
    )
    p.add_argument(
        "--seed-app",
        action="store_true",
        default=env("SEED_APP", "") not in ("", "0"),
        help="once listening, create an app in the project (an SMS channel, DISPATCH mode like "
        "every new app) and print its id; with --db an earlier seeded app is reused",
    )
    p.add_argument(
        "--extra-project",
        action="append",
        metavar="PROJECT:KEY_ID:KEY_SECRET",
        default=[x for x in (env("EXTRA_PROJECTS") or "").split(",") if x],
        help="another project and its access key (repeatable; env: comma-separated)",
    )
    p.add_argument(
        "--token-ttl",
        type=float,
        default=float(env("TOKEN_TTL", str(d.token_ttl))),
        help="access token lifetime in seconds, fractions kept (default 3600)",
    )
    p.add_argument(
        "--rate-limit",
        type=_float_or_off,
        default=_float_or_off(env("RATE_LIMIT", str(d.rate_limit))),
        help="requests per second per project, or 'off' (default 800)",
    )
    p.add_argument(
        "--db",
        default=env("DB"),
        help="SQLite file that keeps state across restarts (default: in memory)",
    )
    p.add_argument(
        "--spec",
        default=None,
        help="effective openapi.json (default: "
        "$SINCH_EMULATOR_SPEC, the bundled copy, or build/spec/openapi.json)",
    )
    p.add_argument(
        "--no-validate",
        action="store_true",
        default=env("NO_VALIDATE", "") not in ("", "0"),
        help="skip request validation against the spec",
    )
    p.add_argument(
        "--check-responses",
        action="store_true",
        help="validate every answer against the spec (a violation becomes a 500)",
    )
    p.add_argument(
        "--delivery-delay",
        type=float,
        default=float(env("DELIVERY_DELAY", str(d.delivery_delay))),
        help="seconds before each delivery receipt callback",
    )
    p.add_argument(
        "--console",
        choices=("loopback", "credentials", "off"),
        default=env("CONSOLE", d.console),
        help="the web console at /_emulator/console: for loopback clients only (default), "
        "for anyone with a project's key id and secret (Basic auth), or off",
    )
    g = p.add_argument_group("fault injection (shares are 0..1 of API requests)")
    g.add_argument(
        "--fault-429", type=float, default=float(env("FAULT_429", "0")), help="answer 429"
    )
    g.add_argument(
        "--fault-500", type=float, default=float(env("FAULT_500", "0")), help="answer 500"
    )
    g.add_argument(
        "--fault-503", type=float, default=float(env("FAULT_503", "0")), help="answer 503"
    )
    g.add_argument(
        "--fault-drop",
        type=float,
        default=float(env("FAULT_DROP", "0")),
        help="drop the connection",
    )
    g.add_argument(
        "--fault-latency-ms",
        type=float,
        default=float(env("FAULT_LATENCY_MS", "0")),
        help="delay every answer",
    )
    g.add_argument(
        "--fault-seed", type=int, default=None, help="seed of the fault dice (default: random)"
    )
    return p


def config_from_args(args: argparse.Namespace) -> EmulatorConfig:
    extra = []
    for item in args.extra_project:
        parts = item.split(":", 2)
        if len(parts) != 3 or not all(parts):
            raise SystemExit(f"--extra-project wants PROJECT:KEY_ID:KEY_SECRET, got {item!r}")
        extra.append(Credential(*parts))
    faults = FaultConfig(
        rate_429=args.fault_429,
        rate_500=args.fault_500,
        rate_503=args.fault_503,
        drop_rate=args.fault_drop,
        latency_ms=args.fault_latency_ms,
        seed=args.fault_seed,
    )
    return EmulatorConfig.build(
        project_id=args.project_id,
        key_id=args.key_id,
        key_secret=args.key_secret,
        projects=extra,
        host=args.host,
        port=args.port,
        token_ttl=args.token_ttl,
        rate_limit=args.rate_limit,
        db=args.db,
        spec_path=args.spec,
        validate=not args.no_validate,
        check_responses=args.check_responses,
        delivery_delay=args.delivery_delay,
        console=args.console,
        faults=faults,
    )


def banner(config: EmulatorConfig, spec_source: str) -> str:
    url = f"http://{config.host}:{config.port}"
    lines = [f"Sinch Conversation API emulator on {url} (spec: {spec_source})"]
    for region in REGIONS:
        lines.append(
            f"  {region}: {url}/{region}"
            + (f"   (also unprefixed: {url}/v1/...)" if region == "us" else "")
        )
    lines += [
        f"  base URL template: {url}/{{region}}",
        f"  OAuth2 token URL:  {url}/oauth2/token",
        f"  control:           {url}/_emulator/{{health,reset,inbound,callbacks}}",
    ]
    if config.console != "off":
        lines.append(f"  console:           {url}/_emulator/console ({config.console})")
    for cred in config.credentials:
        secret = cred.key_secret if cred.key_secret == DEFAULT_KEY_SECRET else "(as configured)"
        lines.append(f"  project {cred.project_id}: key id {cred.key_id}, key secret {secret}")
    limit = "off" if config.rate_limit is None else f"{config.rate_limit:g} req/s per project"
    lines.append(
        f"  token TTL {config.token_ttl:g}s, rate limit {limit}, "
        f"validation {'on' if config.validate else 'off'}, "
        f"state {'in ' + config.db if config.db else 'in memory'}"
    )
    if config.faults.active:
        lines.append(f"  faults: {config.faults}")
    return "\n".join(lines)


def _missing_spec(args: argparse.Namespace) -> str | None:
    """An explicitly named spec that is not there is an error, never a silent fallback."""
    for origin, path in (("--spec", args.spec), ("$SINCH_EMULATOR_SPEC", env("SPEC"))):
        if path and not os.path.isfile(path):
            return f"{origin}: no spec file at {path}"
        if path:
            return None
    return None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    problem = _missing_spec(args)
    if problem is not None:
        print(f"sinch-emulator: {problem}", file=sys.stderr)
        return 2
    config = config_from_args(args)
    try:
        app = Emulator(config)
    except (SpecNotFound, StateFileError) as exc:
        print(f"sinch-emulator: {exc}", file=sys.stderr)
        return 2
    print(banner(config, app.spec.source), flush=True)
    if args.seed_app:
        threading.Thread(target=seed_app, args=(config,), daemon=True).start()
    serve(config, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
