"""The import rules of ARCHITECTURE.md: layers point down, no cycles, imports at the top."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: ARCHITECTURE.md's emulator layers; a module imports only from lower numbers
EMULATOR_LAYERS = {
    "errors": 0,
    "config": 0,
    "pruning": 0,
    "persistence": 0,
    "ids": 0.5,
    "clock": 0.5,
    "bodies": 0.5,
    "state": 1,
    "validation": 1,
    "uvicorn_internals": 1.5,
    "spec": 2,
    "auth": 2,
    "ratelimit": 2,
    "faults": 2,
    "callbacks": 2,
    "context": 3,
    "domain": 4,
    "registry": 5,
    "resources.common": 6,
    "resources.*": 6.5,
    "resources": 7,
    "api": 7,
    "console.*": 7.5,
    "control": 8,
    "console": 8.2,
    "app": 8.5,
    "server": 9,
    "testing": 9.2,
    "pytest_plugin": 9.4,
    "__main__": 9.6,
    "__init__": 9.8,
}


def _modules(package: str) -> dict[str, Path]:
    base = ROOT / package
    found = {}
    for path in sorted(base.rglob("*.py")):
        parts = list(path.relative_to(base).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(module: str, node: ast.ImportFrom, package: str, known: set[str]) -> list[str]:
    """Sibling modules an ``from ... import`` refers to (relative or absolute)."""
    if node.level:
        here = module.split(".") if module != "__init__" else []
        is_package = module in ("__init__",) or (ROOT / package / module.replace(".", "/")).is_dir()
        anchor = here if is_package else here[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)] if node.level > 1 else anchor
        base = [*anchor, *(node.module.split(".") if node.module else [])]
    elif node.module and node.module.split(".")[0] == package:
        base = node.module.split(".")[1:]
    else:
        return []
    targets = []
    for alias in node.names:
        candidate = ".".join([*base, alias.name])
        if candidate in known:
            targets.append(candidate)
        elif ".".join(base) in known:
            targets.append(".".join(base))
        elif not base:
            targets.append("__init__")
    return targets


def _module_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """Statements at the top of a module, those under ``if TYPE_CHECKING:`` included."""
    out: list[ast.stmt] = []
    for node in body:
        out.append(node)
        if isinstance(node, ast.If) and _is_type_checking(node):
            out.extend(node.body)
    return out


def _imports(package: str) -> dict[str, set[str]]:
    """Every import of every module: at the top, under ``TYPE_CHECKING``, in a function.

    The facade keeps one cycle broken by a function-level import (``retry`` raises the
    exceptions of ``errors``, which imports ``retry``); there only module-level imports count.
    """
    every = package == "sinch_emulator"
    modules = _modules(package)
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        deps: set[str] = set()
        nodes = ast.walk(tree) if every else _module_level(tree.body)
        for node in nodes:
            if isinstance(node, ast.ImportFrom):
                deps.update(_resolve(module, node, package, known))
            elif isinstance(node, ast.Import):
                deps.update(
                    ".".join(a.name.split(".")[1:]) or "__init__"
                    for a in node.names
                    if a.name.split(".")[0] == package
                    and (".".join(a.name.split(".")[1:]) or "__init__") in known
                )
        graph[module] = deps - {module}
    return graph


def _rank(module: str) -> float | None:
    if module in EMULATOR_LAYERS:
        return EMULATOR_LAYERS[module]
    return EMULATOR_LAYERS.get(module.split(".")[0] + ".*")


def test_every_emulator_module_has_a_layer():
    unplaced = [m for m in _modules("sinch_emulator") if _rank(m) is None]
    assert unplaced == [], "add these to EMULATOR_LAYERS and ARCHITECTURE.md"


def test_the_layer_check_sees_imports_under_type_checking_and_in_functions(tmp_path):
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .app import Emulator\n"
        "def f():\n    from .server import serve  # why\n"
    )
    tree = ast.parse(source)
    found = {
        d
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for d in _resolve("control", node, "sinch_emulator", {"app", "server", "control"})
    }
    assert found == {"app", "server"}
    assert "app" not in _imports("sinch_emulator")["control"]


@pytest.mark.parametrize("package", ["sinch_emulator", "sinch_conversation"])
def test_no_import_cycles(package):
    try:
        tuple(TopologicalSorter(_imports(package)).static_order())
    except CycleError as exc:
        pytest.fail(f"import cycle in {package}: {exc.args[1]}")


def test_emulator_imports_point_down_the_layers():
    wrong = []
    for module, deps in _imports("sinch_emulator").items():
        mine = _rank(module)
        for dep in deps:
            theirs = _rank(dep)
            if mine is None or theirs is None:
                continue
            if theirs >= mine:
                wrong.append(f"{module} (layer {mine}) imports {dep} (layer {theirs})")
    assert wrong == []


def test_resource_modules_do_not_import_each_other():
    graph = _imports("sinch_emulator")
    tags = {m for m in graph if m.startswith("resources.") and m != "resources.common"}
    crossing = [f"{m} -> {d}" for m in tags for d in graph[m] if d in tags]
    assert crossing == []


def test_imports_inside_functions_say_why():
    unexplained = []
    for module, path in _modules("sinch_emulator").items():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    here = lines[inner.lineno - 1]
                    above = lines[inner.lineno - 2] if inner.lineno > 1 else ""
                    if "#" not in here and not above.strip().startswith("#"):
                        unexplained.append(f"{module}:{inner.lineno}: {here.strip()}")
    assert unexplained == []


def test_the_emulator_never_imports_the_facade_or_the_generated_client():
    offending = []
    for module, path in _modules("sinch_emulator").items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            offending += [
                f"{module}: {n}"
                for n in names
                if n.split(".")[0] in ("sinch_conversation", "sinch_conversation_client")
            ]
    assert offending == []
