"""What the stand-in servers of the contract tests share: the error envelope and a fixed
bearer token issued by their own OAuth2 endpoint; and, for the tests, a free loopback port
and a stand-in server run as its own process."""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(module: str, port: int) -> Iterator[str]:
    """Run ``python -m module --port port`` until the generator is closed; yields its URL."""
    server = subprocess.Popen([sys.executable, "-m", module, "--port", str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.post(f"{url}/oauth2/token", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(f"{module} did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def error(code: int, status: str, message: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message, "status": status, "details": []}},
        status_code=code,
    )


def unauthenticated() -> JSONResponse:
    return error(401, "UNAUTHENTICATED", "Request had invalid credentials.")


def authenticated(request: Request, token: str) -> bool:
    return request.headers.get("authorization") == f"Bearer {token}"


def token_route(token: str) -> Route:
    """``POST /oauth2/token`` answering ``token`` to any client."""

    async def issue(request: Request) -> JSONResponse:
        return JSONResponse(
            {"access_token": token, "expires_in": 3600, "token_type": "Bearer", "scope": ""}
        )

    return Route("/oauth2/token", issue, methods=["POST"])


def serve(app: Starlette, description: str, default_port: int) -> None:
    """Run ``app`` by hand: ``python -m tests.<server> --port N``."""
    import uvicorn  # only a hand-run server needs it; the tests start their own

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=default_port)
    args = parser.parse_args()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
