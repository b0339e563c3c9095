"""ProjectSettings: one set per project (and region); absent until created.

A second create answers 400: the operation documents no 409, and the settings are changed
with PATCH. PATCH merges the objects it is given (``contact_settings``) into the stored ones.
"""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..domain import merge_patch
from ..errors import conflict, not_found
from ..registry import Routes
from ..state import Settings
from .common import body_object

routes = Routes("ProjectSettings")


def _settings(req: Request) -> Settings:
    found = req.state.settings.get(req.project_id)
    if found is None:
        raise not_found("Settings of project", req.project_id)
    return found


@routes.get("/v1/projects/{project_id}/settings")
def get_settings(req: Request) -> dict[str, Any]:
    return _settings(req).public()


@routes.post("/v1/projects/{project_id}/settings")
def create_settings(req: Request) -> dict[str, Any]:
    if req.project_id in req.state.settings:
        raise conflict(f"project {req.project_id} already has settings; change them with PATCH")
    view = {"project_id": req.project_id, "settings": dict(body_object(req))}
    return req.state.settings.put(Settings(view=view, id=req.project_id)).public()


@routes.patch("/v1/projects/{project_id}/settings")
def update_settings(req: Request) -> dict[str, Any]:
    record = _settings(req)
    record.view["settings"] = merge_patch(record.view.get("settings") or {}, body_object(req))
    return req.state.settings.put(record).public()


@routes.delete("/v1/projects/{project_id}/settings")
def delete_settings(req: Request) -> dict[str, Any]:
    req.state.settings.delete(_settings(req).id)
    return {}
