"""Generate the low-level client and the clients' typed operation groups from the effective
spec; ``--check`` proves both are current.

The outputs, all written only here: ``generated/sinch_conversation_client`` and
``generated/sinch_conversation_batch_client`` (the Batch API, from its own document: its paths
collide with the Conversation API's), both by the pinned openapi-python-client, and
``sinch_conversation/resources`` (by :mod:`scripts.facade`, from both generated packages,
groups alike). Everything is written into a fresh temporary folder first: the
output then cannot depend on what was there before, and the drift check runs the very same
code. Any generator warning (for example an endpoint it "will not generate") fails the build.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts import facade
from scripts.paths import BATCH_SPEC, GENERATED, ROOT
from scripts.paths import EFFECTIVE_SPEC as SPEC

PACKAGE = "sinch_conversation_client"
TARGET = GENERATED / PACKAGE
BATCH_PACKAGE = "sinch_conversation_batch_client"
# package -> (its effective spec, its generator configuration)
SOURCES = {
    PACKAGE: (SPEC, ROOT / "spec" / "generator.yaml"),
    BATCH_PACKAGE: (BATCH_SPEC, ROOT / "spec" / "batch" / "generator.yaml"),
}
# PEP 561: type checkers read the packages' own annotations (the generator's ``--meta none``
# writes no marker; ``sinch_conversation/py.typed`` is kept in the repository)
PY_TYPED = "py.typed"


class GenerationError(Exception):
    pass


def generate_into(folder: Path, package: str = PACKAGE) -> Path:
    spec, config = SOURCES[package]
    if not spec.exists():
        raise GenerationError(f"{spec.relative_to(ROOT)} is missing: run `make spec` first")
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / package
    bindir = Path(sys.executable).parent
    env = {
        **os.environ,
        "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}",
        "RUFF_NO_CACHE": "true",
    }
    command = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--custom-template-path",
        str(ROOT / "spec" / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(out),
    ]
    result = subprocess.run(
        command, cwd=folder, env=env, capture_output=True, text=True, check=False
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "warning" in output.lower() or "error" in output.lower():
        raise GenerationError(f"openapi-python-client did not generate cleanly:\n{output}")
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    (out / PY_TYPED).write_text("")
    return out


def _ruff(args: list[str], source: str, path: Path) -> str:
    """``source`` through ruff as if it were the repository file ``path`` (project config)."""
    bindir = Path(sys.executable).parent
    result = subprocess.run(
        [str(bindir / "ruff"), *args, "--stdin-filename", str(path), "-"],
        cwd=ROOT,
        input=source,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "RUFF_NO_CACHE": "true"},
    )
    if result.returncode != 0:
        raise GenerationError(f"ruff {args[0]} failed on {path}:\n{result.stderr.strip()}")
    return result.stdout


def facade_into(folder: Path, package_dir: Path, *more: Path) -> Path:
    """Write the operation groups for the generated packages (``package_dir`` first)."""
    try:
        models = facade.read_models(package_dir, *more)
        config = facade.load_config()
        groups = [g for d in (package_dir, *more) for g in facade.describe(d, config, models)]
        files = facade.render(groups, PACKAGE, models)
    except facade.FacadeError as exc:
        raise GenerationError(f"facade: {exc}") from exc
    for path, source in files.items():
        source = _ruff(["check", "--fix-only", "--exit-zero", "--quiet"], source, path)
        source = _ruff(["format", "--quiet"], source, path)
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(source, encoding="utf-8")
    return folder / facade.OUTPUT


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    want, have = files(expected), files(actual)
    diffs = [f"missing: {p}" for p in sorted(want - have)]
    diffs += [f"not produced by the pipeline: {p}" for p in sorted(have - want)]
    diffs += [
        f"differs: {p}"
        for p in sorted(want & have)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return diffs


def main() -> int:
    check = "--check" in sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="sinch-gen-") as tmp:
        try:
            fresh = generate_into(Path(tmp) / "generated")
            batch = generate_into(Path(tmp) / "generated", BATCH_PACKAGE)
            resources = facade_into(Path(tmp) / "facade", fresh, batch)
        except GenerationError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 1
        outputs = [
            (fresh, TARGET),
            (batch, GENERATED / BATCH_PACKAGE),
            (resources, ROOT / facade.OUTPUT),
        ]
        if check:
            diffs: list[str] = []
            for expected, actual in outputs:
                where = actual.relative_to(ROOT)
                if not actual.exists():
                    diffs.append(f"{where} is missing")
                    continue
                diffs += [f"{line} ({where})" for line in tree_differences(expected, actual)]
            if diffs:
                print(
                    "check-generated: the generated code is not what the pipeline produces "
                    "(run `make generate` and commit):",
                    file=sys.stderr,
                )
                for line in diffs:
                    print(f"  {line}", file=sys.stderr)
                return 1
            print("check-generated: generated/ and the resources match the pipeline output")
            return 0
        for expected, actual in outputs:
            if actual.exists():
                shutil.rmtree(actual)
            actual.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(expected, actual)
    modules = len(list(GENERATED.glob("*/api/**/*.py")))
    groups = len(
        [
            p
            for p in (ROOT / facade.OUTPUT).glob("*.py")
            if p.stem not in ("params",) and p.stem[0] != "_"
        ]
    )
    print(
        f"generate: wrote {GENERATED.relative_to(ROOT)}/ ({modules} api modules) and "
        f"{facade.OUTPUT} ({groups} groups)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
