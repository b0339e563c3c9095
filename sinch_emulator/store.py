"""State per project and region, in memory, optionally written through to SQLite.

Each region of each project is an independent :class:`ProjectState` (an app created in eu
does not exist in us). Records are plain JSON-able dicts; keys starting with ``_`` are the
emulator's own bookkeeping and never leave the server. With a database path every change is
written through to one SQLite table, and the state is loaded back from it at start-up.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

KINDS = ("apps", "contacts", "conversations", "messages", "webhooks", "consents")


def public(record: dict[str, Any]) -> dict[str, Any]:
    """The record as the API shows it: bookkeeping keys removed."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


class ProjectState:
    """Every resource of one project in one region."""

    def __init__(self, store: Store, project_id: str, region: str) -> None:
        self.store = store
        self.project_id = project_id
        self.region = region
        self.apps: dict[str, dict] = {}
        self.contacts: dict[str, dict] = {}
        self.conversations: dict[str, dict] = {}
        self.messages: dict[str, dict] = {}
        self.webhooks: dict[str, dict] = {}
        self.consents: dict[str, dict] = {}

    def table(self, kind: str) -> dict[str, dict]:
        return getattr(self, kind)

    def put(self, kind: str, record: dict) -> dict:
        if "_seq" not in record:
            record["_seq"] = self.store.next_seq()
        self.table(kind)[record["id"]] = record
        self.store.write(self, kind, record)
        return record

    def delete(self, kind: str, ident: str) -> dict | None:
        record = self.table(kind).pop(ident, None)
        if record is not None:
            self.store.remove(self, kind, ident)
        return record


class Store:
    def __init__(self, db_path: str | None = None) -> None:
        self._states: dict[tuple[str, str], ProjectState] = {}
        self._seq: Iterator[int] = itertools.count(1)
        self.db: sqlite3.Connection | None = None
        if db_path:
            self.db = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS records (region TEXT NOT NULL, project TEXT NOT NULL,"
                " kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,"
                " PRIMARY KEY (region, project, kind, id))"
            )
            self._load()

    def _load(self) -> None:
        assert self.db is not None
        top = 0
        rows = self.db.execute("SELECT region, project, kind, body FROM records ORDER BY rowid")
        loaded: list[tuple[ProjectState, str, dict]] = []
        for region, project, kind, body in rows:
            if kind not in KINDS:
                continue
            record = json.loads(body)
            top = max(top, int(record.get("_seq", 0)))
            loaded.append((self.state(project, region), kind, record))
        # insertion order is the order of _seq, which list operations rely on
        for state, kind, record in sorted(loaded, key=lambda item: item[2].get("_seq", 0)):
            state.table(kind)[record["id"]] = record
        self._seq = itertools.count(top + 1)

    def next_seq(self) -> int:
        return next(self._seq)

    def state(self, project_id: str, region: str) -> ProjectState:
        key = (project_id, region)
        state = self._states.get(key)
        if state is None:
            state = self._states[key] = ProjectState(self, project_id, region)
        return state

    def write(self, state: ProjectState, kind: str, record: dict) -> None:
        if self.db is not None:
            self.db.execute(
                "INSERT INTO records (region, project, kind, id, body) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (region, project, kind, id) DO UPDATE SET body = excluded.body",
                (
                    state.region,
                    state.project_id,
                    kind,
                    record["id"],
                    json.dumps(record, separators=(",", ":")),
                ),
            )

    def remove(self, state: ProjectState, kind: str, ident: str) -> None:
        if self.db is not None:
            self.db.execute(
                "DELETE FROM records WHERE region = ? AND project = ? AND kind = ? AND id = ?",
                (state.region, state.project_id, kind, ident),
            )

    def reset(self, project_id: str | None = None, region: str | None = None) -> None:
        """Forget everything, or everything of one project and/or region."""
        for key in list(self._states):
            if (project_id is None or key[0] == project_id) and (
                region is None or key[1] == region
            ):
                del self._states[key]
        if self.db is not None:
            clauses, args = [], []
            if project_id is not None:
                clauses.append("project = ?")
                args.append(project_id)
            if region is not None:
                clauses.append("region = ?")
                args.append(region)
            where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
            self.db.execute(f"DELETE FROM records{where}", args)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
