"""Where the pipeline keeps its inputs and outputs (the one definition of each path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
# the upstream spec with the project's overlays applied: what everything downstream reads
EFFECTIVE_SPEC = BUILD / "spec" / "openapi.json"
GENERATED = ROOT / "generated"
# the Batch API: the project's own document (spec/batch/) and what `make spec` builds from it
BATCH_SOURCE = ROOT / "spec" / "batch" / "openapi.yaml"
BATCH_SPEC = BUILD / "spec" / "batch.json"

if __name__ == "__main__":
    print(EFFECTIVE_SPEC.relative_to(ROOT))
