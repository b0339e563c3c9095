"""Copy the contract run's drift proposal into spec/overlays/ as a new overlay, for review.

The new file sorts after every overlay there (``90-drift-<UTC time>.yaml``), so its JSON
Pointers, taken from the effective spec the run checked against, still point where they did.
``make spec`` then applies it like any overlay, stale-op and add-onto-existing checks included.
"""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PROPOSAL = Path(os.environ.get("DRIFT_PROPOSAL") or ROOT / "build" / "contract" / "drift.yaml")
OVERLAY_DIR = Path(os.environ.get("OVERLAY_DIR") or ROOT / "spec" / "overlays")


def main() -> int:
    if not PROPOSAL.exists():
        print(f"adopt-drift: {PROPOSAL} is missing: run `make contract` first", file=sys.stderr)
        return 1
    overlay = yaml.safe_load(PROPOSAL.read_text())
    if not overlay or not overlay.get("patch"):
        print("adopt-drift: the last contract run saw no drift; nothing to adopt")
        return 0
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%S")
    destination = OVERLAY_DIR / f"90-drift-{stamp}.yaml"
    last = max((p.name for p in OVERLAY_DIR.glob("*.yaml")), default="")
    if destination.name <= last:
        print(f"adopt-drift: {destination.name} would not sort after {last}", file=sys.stderr)
        return 1
    destination.write_text(PROPOSAL.read_text())
    print(
        f"adopt-drift: wrote {destination} ({len(overlay['patch'])} ops); review it, "
        "then `make spec generate`"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
