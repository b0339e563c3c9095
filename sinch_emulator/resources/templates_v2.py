"""Templates_V2: templates with versions and translations, on the template host.

A template starts at version 1; PUT replaces it whole and must name the current version,
which it then increments (a stale version answers 400). The translations of earlier
versions stay readable through the translations list (``translation_version``).
"""

from __future__ import annotations

from typing import Any

from ..context import Request
from ..errors import conflict, invalid, not_found
from ..ids import new_id, now
from ..registry import Routes
from ..state import TemplateV2
from .common import body_object

routes = Routes("Templates_V2")
READ_ONLY = ("id", "version", "create_time", "update_time")


def _template(req: Request, template_id: str) -> TemplateV2:
    found = req.state.templates_v2.get(template_id)
    if found is None:
        raise not_found("Template", template_id)
    return found


def _translations(body: dict[str, Any], version: int, moment: str) -> list[dict[str, Any]]:
    out = []
    for given in body.get("translations") or []:
        translation = {k: v for k, v in given.items() if k not in ("create_time", "update_time")}
        translation["version"] = str(version)
        translation["create_time"] = translation["update_time"] = moment
        out.append(translation)
    return out


def _check_default(view: dict[str, Any]) -> None:
    default = view.get("default_translation")
    codes = {t.get("language_code") for t in view.get("translations") or []}
    if default and default not in codes:
        raise invalid(
            f"default_translation {default!r} is not among the translations",
            "default_translation",
        )


@routes.post("/v2/projects/{project_id}/templates")
def create_template(req: Request) -> dict[str, Any]:
    body = body_object(req)
    template_id = str(body.get("id") or new_id())
    if template_id in req.state.templates_v2:
        raise conflict(f"template {template_id} already exists")
    moment = now()
    view: dict[str, Any] = {k: v for k, v in body.items() if k not in READ_ONLY}
    view.update({"id": template_id, "version": 1, "create_time": moment, "update_time": moment})
    view["translations"] = _translations(body, 1, moment)
    _check_default(view)
    return req.state.templates_v2.put(TemplateV2(view=view)).public()


@routes.get("/v2/projects/{project_id}/templates")
def list_templates(req: Request) -> dict[str, Any]:
    return {"templates": [t.public() for t in req.state.templates_v2.values()]}


@routes.get("/v2/projects/{project_id}/templates/{template_id}")
def get_template(req: Request, template_id: str) -> dict[str, Any]:
    return _template(req, template_id).public()


@routes.put("/v2/projects/{project_id}/templates/{template_id}")
def update_template(req: Request, template_id: str) -> dict[str, Any]:
    template = _template(req, template_id)
    body = body_object(req)
    current = int(template.view["version"])
    if body.get("version") != current:
        raise conflict(
            f"version must be the template's current version {current}, got "
            f"{body.get('version')!r}",
            status="ABORTED",
        )
    moment = now()
    template.past_translations.extend(template.view.get("translations") or [])
    view: dict[str, Any] = {k: v for k, v in body.items() if k not in READ_ONLY}
    view.update(
        {
            "id": template.id,
            "version": current + 1,
            "create_time": template.view["create_time"],
            "update_time": moment,
        }
    )
    view["translations"] = _translations(body, current + 1, moment)
    _check_default(view)
    template.view = view
    return req.state.templates_v2.put(template).public()


@routes.delete("/v2/projects/{project_id}/templates/{template_id}")
def delete_template(req: Request, template_id: str) -> dict[str, Any]:
    req.state.templates_v2.delete(_template(req, template_id).id)
    return {}


@routes.get("/v2/projects/{project_id}/templates/{template_id}/translations")
def list_translations(req: Request, template_id: str) -> dict[str, Any]:
    """The current version's translations, or those of ``translation_version`` (``latest``
    is the current one), optionally of one ``language_code``."""
    template = _template(req, template_id)
    wanted = req.query.get("translation_version")
    language = req.query.get("language_code")
    if not wanted or wanted == "latest":
        pool = list(template.view.get("translations") or [])
    else:
        pool = [
            t
            for t in [*template.past_translations, *(template.view.get("translations") or [])]
            if t.get("version") == wanted
        ]
    if language:
        pool = [t for t in pool if t.get("language_code") == language]
    return {"translations": pool}
