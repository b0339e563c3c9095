"""Generate the low-level client from the effective spec; ``--check`` proves generated/ is current.

The generator always writes into a fresh temporary folder: the output then cannot
depend on what was in generated/ before, and the drift check runs the very same code.
Any generator warning (for example an endpoint it "will not generate") fails the build.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "spec" / "openapi.json"
PACKAGE = "sinch_conversation_client"
TARGET = ROOT / "generated" / PACKAGE


class GenerationError(Exception):
    pass


def generate_into(folder: Path) -> Path:
    if not SPEC.exists():
        raise GenerationError(f"{SPEC.relative_to(ROOT)} is missing: run `make spec` first")
    out = folder / PACKAGE
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
        str(SPEC),
        "--config",
        str(ROOT / "spec" / "generator.yaml"),
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
    return out


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    want, have = files(expected), files(actual)
    diffs = [f"missing in generated/: {p}" for p in sorted(want - have)]
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
            fresh = generate_into(Path(tmp))
        except GenerationError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 1
        if check:
            diffs = (
                tree_differences(fresh, TARGET) if TARGET.exists() else ["generated/ is missing"]
            )
            if diffs:
                print(
                    "check-generated: generated/ is not what the pipeline produces "
                    "(run `make generate` and commit):",
                    file=sys.stderr,
                )
                for line in diffs:
                    print(f"  {line}", file=sys.stderr)
                return 1
            print("check-generated: generated/ matches the pipeline output")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
    modules = len(list((TARGET / "api").rglob("*.py")))
    print(f"generate: wrote {TARGET.relative_to(ROOT)} ({modules} api modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
