"""Write the clients' typed operation groups (``sinch_conversation/resources/``) from the
generated packages.

Each folder of a generated package's ``api`` (one per spec tag; ``sinch_conversation_client``
and the Batch API's ``sinch_conversation_batch_client``) becomes a module with a
sync and an async class; each endpoint module in it becomes a method with the generated
function's own parameters (less ``project_id`` and ``client``, which the client binds), the
success model as return type and a docstring that says what the facade does. The generated
sources are read with :mod:`ast`, never imported, so the output depends on nothing but the
files. Group names, aliases, the names the hand-written clients reserve and the dispatcher each
package's groups send through are in ``spec/facade.yaml``; the code shapes in ``spec/templates/facade/``.
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

from scripts import facade_params
from scripts.facade_params import Models

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
    enum: str | None = None  # the generated enum a query parameter takes (strings coerced)


@dataclass(frozen=True)
class BodyField:
    """A top-level field of a JSON body, taken as a keyword argument."""

    name: str  # the keyword argument
    wire: str  # the JSON key
    annotation: str
    required: bool


@dataclass
class Operation:
    name: str
    module: str  # dotted path of the generated endpoint module
    alias: str  # the name the resource module imports it under
    parameters: list[Parameter]
    returns: str
    model: str | None  # the class checked at run time: the success type is one model
    summary: list[str]
    args: list[str]
    binds_project: bool
    method: str = ""
    path: str = ""
    body_model: str | None = None  # the body's model, when its fields are keyword arguments
    body_fields: list[BodyField] = field(default_factory=list)
    items: tuple[str, str] | None = None  # a list operation's (items field, item model)
    many: bool = False  # the answer is a JSON array of ``model`` (``list[Model]``)

    @property
    def empty(self) -> bool:
        """The spec describes no answer body: the method returns ``None``."""
        return self.returns == "Any"

    @property
    def paginated(self) -> bool:
        return any(p.name == "page_token" for p in self.parameters)


@dataclass
class Group:
    name: str
    folder: str
    class_name: str
    operations: list[Operation] = field(default_factory=list)
    package: str = "sinch_conversation_client"  # the generated package it calls
    dispatcher: str = "_dispatcher"  # the clients' attribute its requests are sent through
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


def _route(tree: ast.Module, module: str) -> tuple[str, str]:
    """(method, path template) from ``_get_kwargs``'s ``{"method": ..., "url": ...}``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            entries = {
                k.value: v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant)
            }
            method, url = entries.get("method"), entries.get("url")
            if isinstance(method, ast.Constant) and url is not None:
                if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
                    url = url.func.value
                if isinstance(url, ast.Constant):
                    return str(method.value).upper(), str(url.value)
    raise FacadeError(f"{module}: no method and url in _get_kwargs")


def _enum_of(annotation: ast.expr, models: Models) -> str | None:
    """The enum a query parameter takes (``E | Unset`` or ``list[E] | Unset``), if any."""
    found = sorted(models.references(annotation) & set(models.enums))
    if len(found) > 1:
        raise FacadeError(f"a parameter typed with two enums: {ast.unparse(annotation)}")
    return found[0] if found else None


def _with_literals(annotation: ast.expr, models: Models) -> str:
    """``E`` -> ``E | ELiteral`` wherever an enum appears (plain strings accepted)."""

    class Widen(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.expr:
            if node.id in models.enums:
                return ast.BinOp(node, ast.BitOr(), ast.Name(f"{node.id}Literal"))
            return node

    return ast.unparse(Widen().visit(ast.parse(ast.unparse(annotation), mode="eval").body))


def body_fields(model: str, taken: set[str], models: Models, where: str) -> list[BodyField]:
    """The keyword arguments of a JSON body's top-level fields.

    The rule for names: a field is its JSON key; a key that is a Python keyword, or that
    collides with a path or query parameter of the operation (or with ``body``), takes a
    trailing underscore (``from_``). A key that is no identifier, or that still collides, stops
    the pipeline.
    """
    out: list[BodyField] = []
    parameters = set(taken)
    used: set[str] = set()
    for f in models.models[model].fields:
        name = facade_params.keyword_name(f.wire)
        if name in parameters:
            name += "_"
        if not name.isidentifier() or name in parameters or name in used:
            raise FacadeError(
                f"{where}: body field {f.wire!r} cannot be a keyword argument: {name!r} "
                "collides with a parameter or another field, or is no identifier"
            )
        used.add(name)
        out.append(BodyField(name, f.wire, models.param_type(f.annotation), f.required))
    return out


def _items(response: str | None, models: Models, where: str) -> tuple[str, str] | None:
    """The items field and item model of a list operation's answer."""
    if response is None or response not in models.models:
        raise FacadeError(f"{where}: a list operation (page_token) without a model answer")
    lists = [
        f
        for f in models.models[response].fields
        if isinstance(f.annotation, ast.Subscript)
        and isinstance(f.annotation.value, ast.Name)
        and f.annotation.value.id == "list"
    ]
    if len(lists) != 1:
        raise FacadeError(f"{where}: {response} has {len(lists)} list fields, expected one")
    item = lists[0].annotation
    assert isinstance(item, ast.Subscript)
    if not isinstance(item.slice, ast.Name):
        raise FacadeError(f"{where}: list items of {response} are not one model")
    return lists[0].python, item.slice.id


def describe_endpoint(
    path: Path, module: str, name: str, alias: str, models: Models
) -> tuple[Operation, set[Any]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = {
        n.name: n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    missing = {"sync", "_get_kwargs"} - set(functions)
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
    body_model: str | None = None
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
        if (
            arg.arg == "body"
            and isinstance(arg.annotation, ast.Name)
            and arg.annotation.id in models.models
            and not models.models[arg.annotation.id].is_open_map
        ):
            body_model = arg.annotation.id
            parameters.append(Parameter("body", f"{body_model} | None", "None", False))
            continue
        enum = _enum_of(arg.annotation, models)
        annotation = _with_literals(arg.annotation, models) if enum else ast.unparse(arg.annotation)
        parameters.append(Parameter(arg.arg, annotation, text, False, enum))
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
    one = success[0] if len(success) == 1 else None
    many = (
        isinstance(one, ast.Subscript)
        and isinstance(one.value, ast.Name)
        and one.value.id == "list"
        and isinstance(one.slice, ast.Name)
    )
    if many:  # an answer that is a JSON array of one model (list[BatchStatus])
        assert isinstance(one, ast.Subscript)
        one = one.slice
    model = one.id if isinstance(one, ast.Name) and one.id != "Any" else None
    if model is None and returns != "Any":
        raise FacadeError(f"{module}: the success answer {returns} is not one model")
    description, args = _docstring_parts(ast.get_docstring(sync) or "")
    method, route = _route(tree, module)
    operation = Operation(
        name=name,
        module=module,
        alias=alias,
        parameters=parameters,
        returns="None" if returns == "Any" else returns,
        model=model,
        summary=_escape(description),
        args=_escape(args),
        binds_project=binds_project,
        method=method,
        path=route,
        body_model=body_model,
        many=many,
    )
    if returns == "Any":
        operation.returns = "None"
    if body_model is not None:
        taken = {p.name for p in parameters}
        operation.body_fields = body_fields(body_model, taken, models, module)
    if any(p.name == "page_token" for p in parameters):
        operation.items = _items(model, models, module)
    imports = set()
    for local in used:
        if local not in table:
            raise FacadeError(f"{module}: cannot tell where {local!r} comes from")
        imports.add((local, *table[local]))
    return operation, imports


def read_models(package_dir: Path, *more: Path) -> Models:
    """The models and enums of the generated package at ``package_dir`` (and of ``more``
    packages, merged: a name two packages define must have one shape)."""
    try:
        models = facade_params.read_models(package_dir / "models")
        for other in more:
            models.merge(facade_params.read_models(other / "models"))
    except facade_params.ModelError as exc:
        raise FacadeError(str(exc)) from exc
    return models


def describe(package_dir: Path, config: dict[str, Any], models: Models) -> list[Group]:
    """The groups and operations of the generated package at ``package_dir``."""
    package = package_dir.name
    dispatchers: dict[str, dict[str, str]] = config.get("packages") or {}
    if package not in dispatchers:
        raise FacadeError(f"{package}: not in spec/facade.yaml's packages (which dispatcher?)")
    aliases: dict[str, str] = config.get("group_aliases") or {}
    reserved = set(config.get("reserved") or ())
    groups: list[Group] = []
    api = package_dir / "api"
    for folder in sorted(p for p in api.iterdir() if (p / "__init__.py").is_file()):
        name = aliases.get(folder.name, folder.name)
        if name in reserved or keyword.iskeyword(name):
            name += "_"
        group = Group(
            name=name,
            folder=folder.name,
            class_name=_camel(name),
            package=package,
            dispatcher=dispatchers[package]["dispatcher"],
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
                operation, imports = describe_endpoint(
                    path, module, op_name, f"_{path.stem}", models
                )
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


def render(groups: list[Group], package: str, models: Models) -> dict[Path, str]:
    """Relative path -> source text of every file of the resources package (``package``: the
    main generated package; ``groups`` may come from several, ``models`` merged from them)."""
    names = [g.name for g in groups]
    if len(set(names)) != len(names):
        raise FacadeError(f"two generated packages have a group of one name: {names}")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    roots = {op.body_model for g in groups for op in g.operations if op.body_model}
    roots |= {p.enum for g in groups for op in g.operations for p in op.parameters if p.enum}
    try:
        context = facade_params.params_context(models, roots)
    except facade_params.ModelError as exc:
        raise FacadeError(str(exc)) from exc
    enum_names = {name for name, _, _, _ in context["enums"]}  # type: ignore[attr-defined]
    files: dict[Path, str] = {}
    resource = env.get_template("resource.py.jinja")
    for group in groups:
        params_used: set[str] = set()
        for op in group.operations:
            for f in op.body_fields:
                params_used |= set(re.findall(r"\b(\w+(?:Param|Literal))\b", f.annotation))
            for p in op.parameters:
                params_used |= set(re.findall(r"\b(\w+Literal)\b", p.annotation))
        enums_used: set[str] = set()
        for op in group.operations:
            for f in op.body_fields:
                enums_used |= set(re.findall(r"\b(\w+)\b", f.annotation)) & enum_names
        imported = {n.rpartition(" as ")[2] for names in group.imports.values() for n in names}
        enums_used -= imported
        plain = sorted(m for m, names in group.imports.items() if not names)
        from_imports = sorted((m, sorted(n)) for m, n in group.imports.items() if n)
        files[OUTPUT / f"{group.module_name}.py"] = resource.render(
            group=group,
            package=package,
            plain_imports=plain,
            from_imports=from_imports,
            params_used=sorted(params_used),
            enums_used=sorted((e, models.packages[e], models.enums[e][0]) for e in enums_used),
            needs_datetime="datetime" not in plain
            and any("datetime." in f.annotation for op in group.operations for f in op.body_fields),
        )
    list_items = {
        op.model: op.items for g in groups for op in g.operations if op.items and op.model
    }
    files[OUTPUT / "__init__.py"] = env.get_template("resources_init.py.jinja").render(
        groups=groups,
        package=package,
        list_items=list_items,
        list_models=sorted(
            (models.packages[m], m) for m in {*list_items, *(i for _, i in list_items.values())}
        ),
        packages=sorted({g.package for g in groups}, key=lambda p: p != package),
        dispatchers=sorted({g.dispatcher for g in groups}),
    )
    files[OUTPUT / "params.py"] = env.get_template("params.py.jinja").render(
        package=package, **context
    )
    files[OUTPUT / "_schema.py"] = env.get_template("_schema.py.jinja").render(**context)
    return files
