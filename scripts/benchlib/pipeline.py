"""Wall time of the spec -> generate pipeline (``make spec generate``) from a warm venv.

The steps run in a scratch copy of their inputs (scripts, spec/, generated/), so timing them
never rewrites ``build/spec`` while an emulator or a test elsewhere reads it; generation runs
as ``generate.py --check``, which generates into a temporary folder and compares with the
copied ``generated/``. The interpreter and tools are the project's venv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STEPS = (
    ("fetch_spec", ["-m", "scripts.fetch_spec"]),
    ("apply_overlays", ["-m", "scripts.apply_overlays"]),
    ("batch_spec", ["-m", "scripts.batch_spec"]),
    ("generate", ["-m", "scripts.generate", "--check"]),
)
SCRIPTS = (
    "__init__.py",
    "paths.py",
    "fetch_spec.py",
    "apply_overlays.py",
    "batch_spec.py",
    "facade.py",
    "facade_params.py",
    "generate.py",
)


class PipelineFailed(RuntimeError):
    pass


def _scratch(folder: Path) -> dict[str, str]:
    (folder / "scripts").mkdir()
    for name in SCRIPTS:
        shutil.copy2(ROOT / "scripts" / name, folder / "scripts" / name)
    shutil.copy2(ROOT / "pyproject.toml", folder / "pyproject.toml")  # ruff's settings
    shutil.copytree(ROOT / "spec", folder / "spec")
    for output in ("generated", "sinch_conversation/resources"):
        shutil.copytree(
            ROOT / output,
            folder / output,
            ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"),
        )
    pin = json.loads((ROOT / "spec" / "upstream.json").read_text())
    env = {k: v for k, v in os.environ.items() if k not in ("SPEC_BUILD_DIR", "SPEC_PIN_FILE")}
    # The pinned snapshot path is relative to the repository, not to the scratch copy.
    env.setdefault("SPEC_FILE", str((ROOT / pin["snapshot"]).resolve()))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_once() -> dict[str, float]:
    """Seconds per step and in total for one pass; raises :class:`PipelineFailed`."""
    with tempfile.TemporaryDirectory(prefix="sinch-bench-pipeline-") as tmp:
        folder = Path(tmp)
        env = _scratch(folder)
        times: dict[str, float] = {}
        for name, args in STEPS:
            start = time.perf_counter()
            result = subprocess.run(
                [sys.executable, *args],
                cwd=folder,
                env=env,
                check=False,
                capture_output=True,
                text=True,
            )
            times[name] = time.perf_counter() - start
            if result.returncode != 0:
                raise PipelineFailed(
                    f"{' '.join(args)} failed ({result.returncode}):\n"
                    f"{result.stdout}{result.stderr}"
                )
        times["total"] = sum(times.values())
        return times
