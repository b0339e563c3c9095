"""Templates_V1: the deprecated Template Management API, on the template host.

The emulator serves the template host on its own listener with the region prefix
(``http://HOST:PORT/{region}/v1/projects/{project_id}/templates``), so one base URL per
region serves both APIs. IDs are given by the client or generated; PATCH honours the field
mask like the Conversation API's updates.
"""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..errors import conflict, not_found
from ..ids import new_id, now
from ..registry import Routes
from ..state import TemplateV1
from .common import apply_update, body_object

routes = Routes("Templates_V1")
READ_ONLY = ("id", "create_time", "update_time")


def _template(req: Request, template_id: str) -> TemplateV1:
    found = req.state.templates_v1.get(template_id)
    if found is None:
        raise not_found("Template", template_id)
    return found


def _stamp_translations(view: dict[str, Any], moment: str) -> None:
    for translation in view.get("translations") or []:
        translation.setdefault("version", "1")
        translation.setdefault("create_time", moment)
        translation["update_time"] = moment


@routes.post("/v1/projects/{project_id}/templates")
def create_template(req: Request) -> dict[str, Any]:
    body = body_object(req)
    template_id = str(body.get("id") or new_id())
    if template_id in req.state.templates_v1:
        raise conflict(f"template {template_id} already exists")
    moment = now()
    view: dict[str, Any] = {"description": "", "channel": "UNSPECIFIED", "translations": []}
    view.update({k: v for k, v in body.items() if k not in READ_ONLY})
    view.update({"id": template_id, "create_time": moment, "update_time": moment})
    _stamp_translations(view, moment)
    return req.state.templates_v1.put(TemplateV1(view=view)).public()


@routes.get("/v1/projects/{project_id}/templates")
def list_templates(req: Request) -> dict[str, Any]:
    return {"templates": [t.public() for t in req.state.templates_v1.values()]}


@routes.get("/v1/projects/{project_id}/templates/{template_id}")
def get_template(req: Request, template_id: str) -> dict[str, Any]:
    return _template(req, template_id).public()


@routes.patch("/v1/projects/{project_id}/templates/{template_id}")
def update_template(req: Request, template_id: str) -> dict[str, Any]:
    template = _template(req, template_id)
    apply_update(template.view, body_object(req), req, read_only=READ_ONLY)
    moment = now()
    template.view["update_time"] = moment
    _stamp_translations(template.view, moment)
    return req.state.templates_v1.put(template).public()


@routes.delete("/v1/projects/{project_id}/templates/{template_id}")
def delete_template(req: Request, template_id: str) -> dict[str, Any]:
    req.state.templates_v1.delete(_template(req, template_id).id)
    return {}
