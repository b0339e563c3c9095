"""The facade's modules import each other without cycles, counting every import: at the top,
inside functions (loaded on first use) and under ``TYPE_CHECKING``."""

from __future__ import annotations

import ast
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "sinch_conversation"


def modules(root: Path = PACKAGE) -> dict[str, Path]:
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def targets(
    module: str, path: Path, node: ast.Import | ast.ImportFrom, known: set[str]
) -> set[str]:
    """The package's modules an import statement loads (its target and each imported name
    that is a module)."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
        return {
            ".".join(n.split(".")[1:]) for n in names if n.split(".")[0] == PACKAGE.name
        } & known
    if node.level:
        here = module.split(".") if module else []
        anchor = here if path.name == "__init__.py" else here[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)]
        base = [*anchor, *(node.module.split(".") if node.module else [])]
    elif node.module and node.module.split(".")[0] == PACKAGE.name:
        base = node.module.split(".")[1:]
    else:
        return set()
    found = set()
    for alias in node.names:
        candidate = ".".join([*base, alias.name])
        found.add(candidate if candidate in known else ".".join(base))
    return found & known


def graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    found = modules(root)
    known = set(found)
    edges: dict[str, set[str]] = {}
    for module, path in found.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                deps |= targets(module, path, node, known)
        edges[module] = deps - {module}
    return edges


def test_no_import_cycle_counting_every_import():
    try:
        tuple(TopologicalSorter(graph()).static_order())
    except CycleError as exc:
        pytest.fail(f"import cycle in {PACKAGE.name}: {exc.args[1]}")


def test_the_walk_sees_function_local_and_type_checking_imports(tmp_path):
    package = tmp_path / PACKAGE.name
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from . import b  # late\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n"
    )
    edges = graph(package)
    assert edges["a"] == {"b"} and edges["b"] == {"a"}
    with pytest.raises(CycleError):
        tuple(TopologicalSorter(edges).static_order())


def test_errors_and_retry_do_not_import_each_other():
    edges = graph()
    assert "retry" not in edges["errors"]


def test_importing_the_client_loads_no_model_and_no_group_module():
    code = (
        "import sys, sinch_conversation; "
        "print(sorted(m for m in sys.modules if m.startswith(('sinch_conversation_client.models.', "
        "'sinch_conversation.resources.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = ast.literal_eval(out.stdout)
    # CallbackEvent (webhooks) is the one model loaded up front
    assert [m for m in loaded if not m.endswith(".callback_event")] == [], loaded
