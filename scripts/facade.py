"""Write the clients' typed operation groups (``sinch_conversation/resources/``) from the
generated package.

Each folder of ``sinch_conversation_client/api`` (one per spec tag) becomes a module with a
sync and an async class; each endpoint module in it becomes a method with the generated
function's own parameters (less ``project_id`` and ``client``, which the client binds), the
success model as return type and a docstring that says what the facade does. The generated
sources are read with :mod:`ast`, never imported, so the output depends on nothing but the
files. Group names, aliases and the names the hand-written clients reserve are in
``spec/facade.yaml``; the code shapes in ``spec/templates/facade/``.
"""

from __future__ import annotations

import ast
import itertools
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "spec" / "facade.yaml"
TEMPLATES = ROOT / "spec" / "templates" / "facade"
OUTPUT = Path("sinch_conversation") / "resources"

_BUILTIN_NAMES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "None"})
_SECTION = re.compile(r"^(Args|Raises|Returns):\s*$")


class FacadeError(Exception):
    """The generated package has a shape the facade cannot expose as it stands."""


@dataclass(frozen=True)
class Parameter:
    name: str
    annotation: str
    default: str | None
    positional: bool


@dataclass
class Operation:
    name: str
    module: str  # dotted path of the generated endpoint module
    alias: str  # the name the resource module imports it under
    parameters: list[Parameter]
    returns: str
    model: str | None  # the class checked at run time, when the success type is one model
    summary: list[str]
    args: list[str]
    binds_project: bool

    @property
    def paginated(self) -> bool:
        return any(p.name == "page_token" for p in self.parameters)


@dataclass
class Group:
    name: str
    folder: str
    class_name: str
    operations: list[Operation] = field(default_factory=list)
    #: the generated package, and the clients' attribute holding its ``Client`` (and its type)
    package: str = ""
    client_attribute: str = "_api"
    client_type: str = "Client"
    imports: dict[str, set[str]] = field(default_factory=dict)  # module -> names

    @property
    def module_name(self) -> str:
        return self.name


def load_config(path: Path = CONFIG) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise FacadeError(f"{path}: expected a mapping")
    return data


def _camel(name: str) -> str:
    return "".join(word.capitalize() for word in name.split("_") if word)


def _tag_prefixes(folder: str, group: str) -> list[str]:
    """Operation-id prefixes a module in ``folder`` may carry, longest first.

    Module names are snake-cased operation ids (``Contact_ListContacts`` ->
    ``contact_list_contacts``); the tag in the id may be shorter than the folder
    (``OptIn_RegisterOptIn`` lives in ``opt_in_opt_out``).
    """
    words = folder.split("_")
    candidates = {group, group.rstrip("s")}
    for n in range(1, len(words) + 1):
        # any word of the tag may be singular in the id (templates_v2 / Template_V2_...)
        candidates |= {
            "_".join(c) for c in itertools.product(*[(w, w.rstrip("s")) for w in words[:n]])
        }
    return sorted((c for c in candidates if c), key=len, reverse=True)


def _strip_prefix(module_name: str, prefixes: list[str]) -> str:
    for prefix in prefixes:
        if module_name.startswith(prefix + "_") and len(module_name) > len(prefix) + 1:
            return module_name[len(prefix) + 1 :]
    return module_name


def _absolute(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")[: -node.level]
    return ".".join(base + ([node.module] if node.module else []))


def _import_table(tree: ast.Module, module: str) -> dict[str, tuple[str, str | None]]:
    """Local name -> (module, name) for ``from m import name``, (module, None) for ``import m``."""
    table: dict[str, tuple[str, str | None]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            source = _absolute(module, node)
            for alias in node.names:
                table[alias.asname or alias.name] = (source, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                table[alias.asname or alias.name.partition(".")[0]] = (alias.name, None)
    return table


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_members(node.left) + _union_members(node.right)
    return [node]


def _docstring_parts(doc: str) -> tuple[list[str], list[str]]:
    """The generated docstring's description and its ``Args:`` entries (minus project_id)."""
    description: list[str] = []
    args: list[str] = []
    section = None
    for line in doc.splitlines():
        match = _SECTION.match(line.strip()) if not line.startswith(" ") else None
        if match:
            section = match.group(1)
            continue
        if section is None:
            description.append(line.strip())
        elif section == "Args":
            args.append(line.rstrip())
    # drop the project_id entry (and its continuation lines), which the client binds
    kept: list[str] = []
    skipping = False
    for line in args:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= 4:
            skipping = line.strip().startswith("project_id ")
        if not skipping:
            kept.append(line.strip() if indent <= 4 else "    " + line.strip())
    while description and not description[-1]:
        description.pop()
    return description, kept


def _escape(lines: list[str]) -> list[str]:
    return [line.replace("\\", "\\\\") for line in lines]


def describe_endpoint(path: Path, module: str, name: str, alias: str) -> tuple[Operation, set[Any]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = {
        n.name: n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    missing = {"sync", "sync_detailed", "asyncio_detailed"} - set(functions)
    if missing:
        raise FacadeError(f"{module} lacks {', '.join(sorted(missing))}")
    sync = functions["sync"]
    table = _import_table(tree, module)
    used: set[str] = set()

    def names_in(node: ast.expr) -> None:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and sub.id not in _BUILTIN_NAMES:
                used.add(sub.id)

    a = sync.args
    positional = a.posonlyargs + a.args
    binds_project = bool(positional) and positional[0].arg == "project_id"
    if binds_project:
        positional = positional[1:]
    if a.vararg or a.kwarg or a.defaults:
        raise FacadeError(f"{module}: unexpected *args, **kwargs or positional defaults")
    parameters: list[Parameter] = []
    for arg in positional:
        assert arg.annotation is not None
        names_in(arg.annotation)
        parameters.append(Parameter(arg.arg, ast.unparse(arg.annotation), None, True))
    for arg, default in zip(a.kwonlyargs, a.kw_defaults, strict=True):
        if arg.arg == "client":
            continue
        assert arg.annotation is not None
        names_in(arg.annotation)
        text = None
        if default is not None:
            names_in(default)
            text = ast.unparse(default)
        parameters.append(Parameter(arg.arg, ast.unparse(arg.annotation), text, False))
    if sync.returns is None:
        raise FacadeError(f"{module}: sync() has no return annotation")
    success = [
        m
        for m in _union_members(sync.returns)
        if not (isinstance(m, ast.Constant) and m.value is None)
        and not (isinstance(m, ast.Name) and m.id == "ErrorResponse")
    ]
    if not success:
        raise FacadeError(f"{module}: no success type in {ast.unparse(sync.returns)}")
    for member in success:
        names_in(member)
    returns = " | ".join(ast.unparse(m) for m in success)
    model = (
        success[0].id
        if len(success) == 1 and isinstance(success[0], ast.Name) and success[0].id != "Any"
        else None
    )
    description, args = _docstring_parts(ast.get_docstring(sync) or "")
    operation = Operation(
        name=name,
        module=module,
        alias=alias,
        parameters=parameters,
        returns=returns,
        model=model,
        summary=_escape(description),
        args=_escape(args),
        binds_project=binds_project,
    )
    imports = set()
    for local in used:
        if local not in table:
            raise FacadeError(f"{module}: cannot tell where {local!r} comes from")
        imports.add((local, *table[local]))
    return operation, imports


def describe(package_dir: Path, config: dict[str, Any]) -> list[Group]:
    """The groups and operations of the generated package at ``package_dir``."""
    package = package_dir.name
    aliases: dict[str, str] = config.get("group_aliases") or {}
    reserved = set(config.get("reserved") or ())
    groups: list[Group] = []
    api = package_dir / "api"
    for folder in sorted(p for p in api.iterdir() if (p / "__init__.py").is_file()):
        name = aliases.get(folder.name, folder.name)
        if name in reserved or keyword.iskeyword(name):
            name += "_"
        client = (config.get("clients") or {}).get(package) or {}
        group = Group(
            name=name,
            folder=folder.name,
            class_name=_camel(name),
            package=package,
            client_attribute=client.get("attribute", "_api"),
            client_type=client.get("type", "Client"),
        )
        prefixes = _tag_prefixes(folder.name, name)
        files = sorted(p for p in folder.glob("*.py") if p.name != "__init__.py")
        shorts: dict[str, list[Path]] = {}
        for path in files:
            shorts.setdefault(_strip_prefix(path.stem, prefixes), []).append(path)
        for short, paths in sorted(shorts.items()):
            for path in paths:
                # two modules shortening to the same name keep their full names
                op_name = short if len(paths) == 1 else path.stem
                module = f"{package}.api.{folder.name}.{path.stem}"
                operation, imports = describe_endpoint(path, module, op_name, f"_{path.stem}")
                group.operations.append(operation)
                for local, source, original in imports:
                    if original is None:
                        group.imports.setdefault(source, set())
                    else:
                        entry = original if original == local else f"{original} as {local}"
                        group.imports.setdefault(source, set()).add(entry)
        if group.operations:
            # a group class may not shadow a model its own module imports (ProjectSettings)
            imported = {n.rpartition(" as ")[2] for names in group.imports.values() for n in names}
            if group.class_name in imported or f"Async{group.class_name}" in imported:
                group.class_name += "Resource"
            group.operations.sort(key=lambda op: op.name)
            groups.append(group)
    names = [g.name for g in groups]
    if len(set(names)) != len(names):
        raise FacadeError(f"two folders map to one group name: {names}")
    return groups


def render(groups: list[Group], package: str) -> dict[Path, str]:
    """Relative path -> source text of every file of the resources package."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    files: dict[Path, str] = {}
    resource = env.get_template("resource.py.jinja")
    for group in groups:
        # what a method may need besides the generated names (ruff drops what is unused)
        group.imports.setdefault("typing", set()).update({"Any", "cast"})
        plain = sorted(m for m, names in group.imports.items() if not names)
        from_imports = sorted((m, sorted(n)) for m, n in group.imports.items() if n)
        files[OUTPUT / f"{group.module_name}.py"] = resource.render(
            group=group, package=package, plain_imports=plain, from_imports=from_imports
        )
    clients = sorted({(g.package, g.client_attribute, g.client_type) for g in groups})
    files[OUTPUT / "__init__.py"] = env.get_template("resources_init.py.jinja").render(
        groups=groups, package=package, clients=clients
    )
    return files
