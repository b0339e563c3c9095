"""A server that answers more than the spec describes, to prove the suite turns it into spec.

Valid by the spec in every other way; it adds, on the contact operations:

- ``GET /contacts/{contact_id}``: a field the spec lacks (``nickname``, a string), a field
  the spec lacks inside a listed object (``channel_identities[].verified``, a boolean), a
  ``language`` the enum lacks (``TLH``) and ``email: null`` (the schema is not nullable);
- ``GET /contacts``: answers 410 with the error envelope, a status the spec does not document.

Everything else answers a documented 404. ``python -m tests.drifting_server --port 8091``.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests import stub_server as stub

TOKEN = "drifting-token"
PREFIX = "/v1/projects/{project_id}"
PROJECT = "drift-project"


def authenticated(request: Request) -> bool:
    return stub.authenticated(request, TOKEN)


async def get_contact(request: Request) -> JSONResponse:
    if not authenticated(request):
        return stub.unauthenticated()
    if request.path_params["project_id"] != PROJECT:
        return stub.error(403, "PERMISSION_DENIED", "No access to this project.")
    return JSONResponse(
        {
            "id": request.path_params["contact_id"],
            "display_name": "Ada Lovelace",
            "email": None,
            "language": "TLH",
            "nickname": "ada-l",
            "channel_identities": [
                {"channel": "SMS", "identity": "+46700000001", "app_id": "", "verified": True}
            ],
        }
    )


async def list_contacts(request: Request) -> JSONResponse:
    if not authenticated(request):
        return stub.unauthenticated()
    return stub.error(410, "GONE", "Listing contacts moved.")


async def not_found(request: Request) -> JSONResponse:
    if not authenticated(request):
        return stub.unauthenticated()
    return stub.error(404, "NOT_FOUND", "Resource not found.")


def build_app() -> Starlette:
    methods = ["GET", "POST", "PATCH", "DELETE", "PUT"]
    return Starlette(
        routes=[
            stub.token_route(TOKEN),
            Route(f"{PREFIX}/contacts/{{contact_id}}", get_contact, methods=["GET"]),
            Route(f"{PREFIX}/contacts", list_contacts, methods=["GET"]),
            Route("/{rest:path}", not_found, methods=methods),
        ]
    )


def main() -> None:
    stub.serve(build_app(), __doc__.splitlines()[0], 8091)


if __name__ == "__main__":
    main()
