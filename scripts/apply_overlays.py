"""Apply the project's overlays (spec/overlays/*.yaml) to the upstream spec and validate it.

Each overlay is an RFC 6902 JSON Patch written in YAML: ``{reason: ..., patch: [op, ...]}``
where every op carries its own one-line ``reason`` (RFC 6902 ignores extra members).
Applying is stricter than RFC 6902 in one way: an ``add`` onto an object member that
already exists fails, because it means upstream now has what the overlay adds and the
overlay must be revised rather than silently overwrite upstream's version.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonpatch
import jsonpointer
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import PointerToNowhere

from scripts.paths import EFFECTIVE_SPEC

ROOT = Path(__file__).resolve().parent.parent
OVERLAY_DIR = ROOT / "spec" / "overlays"
UPSTREAM = ROOT / "build" / "spec" / "upstream.yaml"
EFFECTIVE = EFFECTIVE_SPEC


class OverlayError(Exception):
    pass


def load_overlay(path: Path) -> list[dict]:
    overlay = yaml.safe_load(path.read_text())
    if not isinstance(overlay, dict) or not str(overlay.get("reason", "")).strip():
        raise OverlayError(f"{path.name}: needs a top-level one-line 'reason'")
    ops = overlay.get("patch")
    if not isinstance(ops, list) or not ops:
        raise OverlayError(f"{path.name}: needs a non-empty 'patch' list")
    for index, op in enumerate(ops):
        if nulls := find_nulls(op.get("value")):
            raise OverlayError(
                f"{path.name} op #{index} ({op.get('op')} {op.get('path')}): "
                f"null at {', '.join(nulls)} (quote values that contain commas)"
            )
        reason = str(op.get("reason", "")).strip()
        if not reason or "\n" in reason:
            raise OverlayError(
                f"{path.name} op #{index} ({op.get('op')} {op.get('path')}): "
                "needs a one-line 'reason'"
            )
    # YAML anchors share objects; a JSON round trip gives every op its own copy
    return json.loads(json.dumps(ops))


def find_nulls(node, where: str = "") -> list[str]:
    """Places holding null: in YAML flow style an unquoted comma silently makes one."""
    if isinstance(node, dict):
        found = [f"{where}/{key}" for key, value in node.items() if value is None]
        return found + [
            n for key, value in node.items() for n in find_nulls(value, f"{where}/{key}")
        ]
    if isinstance(node, list):
        return [n for index, item in enumerate(node) for n in find_nulls(item, f"{where}/{index}")]
    return []


def ensure_add_is_new(document: dict, op: dict) -> None:
    if op["op"] != "add":
        return
    pointer = jsonpointer.JsonPointer(op["path"])
    parent, last = pointer.parts[:-1], pointer.parts[-1]
    try:
        container = jsonpointer.JsonPointer.from_parts(parent).resolve(document)
    except jsonpointer.JsonPointerException:
        return  # jsonpatch reports the missing parent itself
    if isinstance(container, dict) and last in container:
        raise OverlayError("the target already exists upstream; revise or drop this op")


def apply_overlays(document: dict, overlay_paths: list[Path]) -> dict:
    for path in overlay_paths:
        for index, op in enumerate(load_overlay(path)):
            where = f"{path.name} op #{index} ({op['op']} {op['path']}: {op['reason']})"
            try:
                ensure_add_is_new(document, op)
                document = jsonpatch.apply_patch(document, [op])
            except (
                OverlayError,
                jsonpatch.JsonPatchException,
                jsonpointer.JsonPointerException,
            ) as exc:
                raise OverlayError(f"overlay no longer applies: {where}: {exc}") from None
    return document


def main() -> int:
    document = yaml.safe_load(UPSTREAM.read_text())
    overlays = sorted(OVERLAY_DIR.glob("*.yaml"))
    try:
        document = apply_overlays(document, overlays)
    except OverlayError as exc:
        print(f"spec: {exc}", file=sys.stderr)
        return 1
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        print(
            f"spec: the effective spec is not valid OpenAPI: {exc.message}\n"
            f"  at {'/'.join(map(str, exc.absolute_path))}",
            file=sys.stderr,
        )
        return 1
    except PointerToNowhere as exc:
        print(f"spec: the effective spec has an unresolvable $ref: {exc.ref}", file=sys.stderr)
        return 1
    EFFECTIVE.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    operations = sum(
        1
        for item in document["paths"].values()
        for key in item
        if key in {"get", "put", "post", "delete", "patch", "head", "options"}
    )
    print(
        f"spec: applied {len(overlays)} overlays; {operations} operations, "
        f"{len(document['components']['schemas'])} schemas -> {EFFECTIVE.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
