"""Fetch the upstream Conversation API spec and check it against the project's pin.

Sources, in order: ``SPEC_URL`` (default: the pinned official URL), then the offline
snapshot (``SPEC_FILE``, default: the pinned snapshot path).  Whatever is taken must
match the pinned sha256, so ``generated/`` is always derived from known bytes.
``SPEC_ACCEPT=1`` re-pins to what the source serves now (the upstream-update path).
``SPEC_OFFLINE=1`` skips the download.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN_FILE = Path(os.environ.get("SPEC_PIN_FILE") or ROOT / "spec" / "upstream.json")
OUT_DIR = Path(os.environ.get("SPEC_BUILD_DIR") or ROOT / "build" / "spec")
TIMEOUT_S = 15


class SpecError(Exception):
    """A spec source problem the user must act on; printed without a traceback."""


def download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "sinch-conversation-spec-fetch"})
    with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
        return response.read()


def obtain(pin: dict) -> tuple[bytes, str]:
    """Return (bytes, description of the source) or raise SpecError naming every source tried."""
    url = os.environ.get("SPEC_URL") or pin["url"]
    snapshot = Path(os.environ.get("SPEC_FILE") or (ROOT / pin["snapshot"])).resolve()
    tried = []
    if os.environ.get("SPEC_OFFLINE") != "1":
        try:
            return download(url), f"downloaded {url}"
        except (urllib.error.URLError, OSError, ValueError) as exc:
            tried.append(f"  - SPEC_URL {url}: {getattr(exc, 'reason', exc)}")
    else:
        tried.append(f"  - SPEC_URL {url}: skipped (SPEC_OFFLINE=1)")
    try:
        data = snapshot.read_bytes()
    except OSError as exc:
        tried.append(f"  - SPEC_FILE {snapshot}: {exc.strerror or exc}")
        raise SpecError(
            "no spec source is available. Tried:\n" + "\n".join(tried) + "\n"
            "Set SPEC_URL to a reachable copy of the official spec, or SPEC_FILE to a local file."
        ) from None
    return data, f"offline snapshot {snapshot} (download unavailable)"


def main() -> int:
    pin = json.loads(PIN_FILE.read_text())
    try:
        data, source = obtain(pin)
    except SpecError as exc:
        print(f"spec: {exc}", file=sys.stderr)
        return 1
    digest = hashlib.sha256(data).hexdigest()
    if digest != pin["sha256"]:
        if os.environ.get("SPEC_ACCEPT") == "1":
            pin["sha256"] = digest
            if os.environ.get("SPEC_URL"):
                pin["url"] = os.environ["SPEC_URL"]
            PIN_FILE.write_text(json.dumps(pin, indent=2) + "\n")
            print(f"spec: pinned the new upstream version {digest} in {PIN_FILE}")
        else:
            print(
                f"spec: sha256 mismatch for {source}\n"
                f"  pinned:   {pin['sha256']}\n"
                f"  received: {digest}\n"
                "If upstream published a new version on purpose, accept it with\n"
                "  make spec SPEC_ACCEPT=1 && make generate\n"
                "then review the overlays (spec/overlays) and the diff of generated/.",
                file=sys.stderr,
            )
            return 1
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "upstream.yaml").write_bytes(data)
    (OUT_DIR / "SOURCE").write_text(f"{source}\nsha256 {digest}\n")
    if source.startswith("offline"):
        print(f"spec: used the {source}; sha256 matches the pin")
    else:
        print(f"spec: {source}; sha256 matches the pin")
    return 0


if __name__ == "__main__":
    sys.exit(main())
