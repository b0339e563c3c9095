"""Build the effective Batch API spec (build/spec/batch.json) from the project's own document.

``spec/batch/openapi.yaml`` is written by the project (no public copy of Sinch's exists; see
spec/README.md). Where the Batch API carries a Conversation API type (the message, a channel
identity, the error envelope) the document says ``$ref: conversation.json#/components/...``;
this step copies each such schema, with every schema it refers to, from the effective
Conversation spec, so both APIs share one definition. Then it validates the result and checks
what the rest of the pipeline relies on: one tag, an operation id and a 200 answer on every
operation, and a reason for every operation in spec/README.md.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import PointerToNowhere

from scripts.paths import BATCH_SOURCE, BATCH_SPEC, EFFECTIVE_SPEC, ROOT

EXTERNAL = "conversation.json#/components/schemas/"
LOCAL = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch")
README = ROOT / "spec" / "README.md"


class BatchSpecError(Exception):
    pass


def _walk_refs(node: Any, found: set[str], prefix: str) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix):
            found.add(ref[len(prefix) :])
        for value in node.values():
            _walk_refs(value, found, prefix)
    elif isinstance(node, list):
        for value in node:
            _walk_refs(value, found, prefix)


def _localise(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                LOCAL + v[len(EXTERNAL) :]
                if k == "$ref" and isinstance(v, str) and v.startswith(EXTERNAL)
                else _localise(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_localise(v) for v in node]
    return node


def bundle(document: dict[str, Any], conversation: dict[str, Any]) -> dict[str, Any]:
    """``document`` with its ``conversation.json`` references copied in as local schemas."""
    source = conversation["components"]["schemas"]
    own = document["components"]["schemas"]
    wanted: set[str] = set()
    _walk_refs(document, wanted, EXTERNAL)
    copied: dict[str, Any] = {}
    queue = sorted(wanted)
    while queue:
        name = queue.pop()
        if name in copied:
            continue
        if name not in source:
            raise BatchSpecError(f"conversation.json has no schema {name!r}")
        if name in own:
            raise BatchSpecError(
                f"schema {name!r} is both the Batch document's and the Conversation spec's"
            )
        copied[name] = source[name]
        more: set[str] = set()
        _walk_refs(source[name], more, LOCAL)
        queue += sorted(more - set(copied))
    result = _localise(document)
    result["components"]["schemas"] = {
        **result["components"]["schemas"],
        **dict(sorted(copied.items())),
    }
    return result


def unrecorded_fields(own_schemas: dict[str, Any], readme: str) -> list[str]:
    """``Schema.field`` of the project's own schemas with no row in spec/README.md (a row
    names the schema and the field: `` `Schema.field` `` or `` `Schema.x`, `.field` ``)."""
    lines = readme.splitlines()
    missing = []
    for name, schema in own_schemas.items():
        for prop in schema.get("properties") or {}:
            if not any(f"`{name}." in line and f"{prop}`" in line for line in lines):
                missing.append(f"{name}.{prop}")
    return missing


def check_shape(document: dict[str, Any], readme: str) -> list[str]:
    """What the generator, the facade and the emulator rely on, and the README's record."""
    problems = []
    tags = {t["name"] for t in document.get("tags", [])}
    for path, item in document["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{method.upper()} {path}"
            op_id = op.get("operationId", "")
            if not op_id.startswith("Batch_"):
                problems.append(f"{where}: operationId must start with Batch_")
            if op.get("tags") != ["Batch"] or "Batch" not in tags:
                problems.append(f"{where}: must carry the one tag Batch")
            if "200" not in op.get("responses", {}):
                problems.append(f"{where}: no 200 answer")
            if op_id and f"`{op_id}`" not in readme:
                problems.append(f"{where}: spec/README.md gives no source for `{op_id}`")
    return problems


def main() -> int:
    if not EFFECTIVE_SPEC.exists():
        print("batch spec: the Conversation spec is not built: run `make spec`", file=sys.stderr)
        return 1
    document = yaml.safe_load(BATCH_SOURCE.read_text(encoding="utf-8"))
    conversation = json.loads(EFFECTIVE_SPEC.read_text(encoding="utf-8"))
    readme = README.read_text(encoding="utf-8")
    missing = unrecorded_fields(document["components"]["schemas"], readme)
    if missing:
        print(
            "batch spec: spec/README.md gives no source for: " + ", ".join(missing),
            file=sys.stderr,
        )
        return 1
    try:
        document = bundle(document, conversation)
    except BatchSpecError as exc:
        print(f"batch spec: {exc}", file=sys.stderr)
        return 1
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        print(
            f"batch spec: not valid OpenAPI: {exc.message}\n"
            f"  at {'/'.join(map(str, exc.absolute_path))}",
            file=sys.stderr,
        )
        return 1
    except PointerToNowhere as exc:
        print(f"batch spec: unresolvable $ref: {exc.ref}", file=sys.stderr)
        return 1
    problems = check_shape(document, readme)
    if problems:
        print(
            "batch spec: " + "\n  ".join(["the document breaks the house rules:", *problems]),
            file=sys.stderr,
        )
        return 1
    BATCH_SPEC.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    operations = sum(1 for item in document["paths"].values() for m in METHODS if m in item)
    print(
        f"batch spec: {operations} operations, {len(document['components']['schemas'])} schemas "
        f"-> {BATCH_SPEC.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
