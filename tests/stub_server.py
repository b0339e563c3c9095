"""What the stand-in servers of the contract tests share: the error envelope and a fixed
bearer token issued by their own OAuth2 endpoint."""

from __future__ import annotations

import argparse

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


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
