"""Consents: which identities are on an app's consent lists, and each identity's history.

The lists are fed by opt-in and opt-out registrations (origin ORIGIN_API) and by inbound
keywords such as STOP and START (origin ORIGIN_MO); see :mod:`sinch_emulator.domain`.
"""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import get_app
from ..errors import invalid
from ..registry import Routes
from ..state import ConsentEntry
from .common import page

routes = Routes("Consents")
MAX_PAGE_SIZE = 50


@routes.get("/v1/projects/{project_id}/apps/{app_id}/consents/{list_type}")
def list_identities(req: Request, app_id: str, list_type: str) -> dict[str, Any]:
    app = get_app(req, app_id)
    if (req.query.get("page_size") or 0) > MAX_PAGE_SIZE:
        raise invalid(f"page_size must be at most {MAX_PAGE_SIZE}", "page_size")
    entries = [
        e
        for e in req.state.consent_lists.values()
        if e.app_id == app.id and e.list_type == list_type
    ]

    def key(e: ConsentEntry) -> list[Any]:
        return [e.seq]

    chunk, token = page(entries, key, req)
    return {"identities": [e.public() for e in chunk], "next_page_token": token}


@routes.get("/v1/projects/{project_id}/apps/{app_id}/consents/identities/{identity}")
def list_audit_records(req: Request, app_id: str, identity: str) -> dict[str, Any]:
    app = get_app(req, app_id)
    records = [
        a.public()
        for a in req.state.consent_audit.values()
        if a.app_id == app.id and a.identity == identity
    ]
    return {"identity": {"identity": identity}, "audit_records": records}
