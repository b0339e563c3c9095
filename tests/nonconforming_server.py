"""A server that breaks the Conversation API spec on purpose, to prove the contract suite notices.

Each violation sits on an operation that answers the same way whatever the input, so
every generated case meets it:

- ``GET /apps``: ``apps`` is a string, not a list (wrong type in a response field);
- ``POST /messages:send``: the answer lacks the required ``message_id``;
- ``GET /contacts``: answers 418, a status the spec does not document;
- ``POST /events:send``: answers 500 when the body is not a valid request.

Everything else answers a documented 404. Run it by hand with
``python -m tests.nonconforming_server --port 8090`` and point the suite at it.
"""

from __future__ import annotations

import json

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from tests import stub_server as stub

TOKEN = "nonconforming-token"
PREFIX = "/v1/projects/{project_id}"


def authenticated(request: Request) -> bool:
    return stub.authenticated(request, TOKEN)


async def list_apps(request: Request) -> JSONResponse:
    if not authenticated(request):
        return stub.unauthenticated()
    return JSONResponse({"apps": "not-a-list"})


async def send_message(request: Request) -> JSONResponse:
    if not authenticated(request):
        return stub.unauthenticated()
    return JSONResponse({"accepted_time": "2026-01-01T00:00:00Z"})


async def list_contacts(request: Request) -> JSONResponse:
    if not authenticated(request):
        return stub.unauthenticated()
    return JSONResponse({"contacts": []}, status_code=418)


async def send_event(request: Request) -> JSONResponse:
    if not authenticated(request):
        return stub.unauthenticated()
    try:
        body = json.loads(await request.body())
        valid = (
            isinstance(body, dict)
            and isinstance(body.get("app_id"), str)
            and isinstance(body.get("event"), dict)
            and isinstance(body.get("recipient"), dict)
        )
    except ValueError:
        valid = False
    if not valid:
        return JSONResponse({"detail": "unhandled"}, status_code=500)
    return JSONResponse(
        {"event_id": "01JAAAAAAAAAAAAAAAAAAAAAAA", "accepted_time": "2026-01-01T00:00:00Z"}
    )


async def not_found(request: Request) -> JSONResponse:
    if not authenticated(request):
        return stub.unauthenticated()
    return stub.error(404, "NOT_FOUND", "Resource not found.")


def build_app() -> Starlette:
    methods = ["GET", "POST", "PATCH", "DELETE", "PUT"]
    api = [
        Route(f"{PREFIX}/apps", list_apps, methods=["GET"]),
        Route(f"{PREFIX}/messages:send", send_message, methods=["POST"]),
        Route(f"{PREFIX}/contacts", list_contacts, methods=["GET"]),
        Route(f"{PREFIX}/events:send", send_event, methods=["POST"]),
    ]
    # served at the root and under /us, a base path like a regional gateway's
    return Starlette(
        routes=[
            stub.token_route(TOKEN),
            Mount("/us", routes=api),
            *api,
            Route("/{rest:path}", not_found, methods=methods),
        ]
    )


def main() -> None:
    stub.serve(build_app(), __doc__.splitlines()[0], 8090)


if __name__ == "__main__":
    main()
