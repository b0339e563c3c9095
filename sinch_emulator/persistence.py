"""The ``--db`` state file: SQLite rows of records, with a schema version and its migrations.

One row per record: region, project, kind (the table's name), id, and the record's fields
as JSON. The file's layout version is SQLite's ``user_version``:

* **1** (before the typed records): table ``records``; a row's body is the API view with the
  emulator's bookkeeping in ``_``-prefixed keys (``_seq``; a message's ``_app_id``,
  ``_source``, ``_correlation_id``). Files of that layout carry no version number.
* **2**: table ``state_records``; a row's body is the record's fields (``view``, ``seq``,
  ``id`` and the record type's own, e.g. a message's ``app_id`` and ``source``). Files
  written before the version was stamped carry none; their table tells them apart.

At start-up an older file is migrated in one transaction (a copy of it is kept next to it
first); a file of a newer layout, or one that cannot be read, is refused with
:class:`StateFileError` naming the file, its version and what to do. The emulator never
comes up with an empty project from a file that holds records.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

log = logging.getLogger("sinch_emulator")

#: the layout this emulator writes
SCHEMA_VERSION = 2
TABLE = "state_records"
_LEGACY_TABLE = "records"


class StateFileError(RuntimeError):
    """The ``--db`` file cannot be used as it is; the message says why and what to do."""


def _tables(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _count(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _create(db: sqlite3.Connection) -> None:
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (region TEXT NOT NULL,"
        " project TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,"
        " PRIMARY KEY (region, project, kind, id))"
    )


# --- migrations: each takes the file from version N to N + 1, inside one transaction --------

#: version-1 bookkeeping keys of a message and the version-2 field each became
_V1_MESSAGE_FIELDS = {"_app_id": "app_id", "_source": "source", "_correlation_id": "correlation_id"}


def _v1_body(kind: str, old: dict[str, Any], seq_offset: int = 0) -> dict[str, Any]:
    view = {k: v for k, v in old.items() if not k.startswith("_")}
    body: dict[str, Any] = {"view": view, "seq": int(old.get("_seq", 0)) + seq_offset}
    body["id"] = str(view["id"])
    if kind == "messages":
        for old_key, new_key in _V1_MESSAGE_FIELDS.items():
            if old_key in old:
                body[new_key] = old[old_key]
    return body


def _migrate_1_to_2(db: sqlite3.Connection) -> None:
    """``records`` (bookkeeping in ``_`` keys) to ``state_records`` (record fields).

    An emulator of layout 2 that opened a layout-1 file before versions were stamped left
    the old rows where they were and wrote new ones beside them; both are kept: the old
    records first (they are older), the newer ones after them in their own order.
    """
    _create(db)
    old_rows = db.execute(
        f"SELECT region, project, kind, id, body FROM {_LEGACY_TABLE} ORDER BY rowid"
    ).fetchall()
    top = 0
    converted = []
    for region, project, kind, ident, text in old_rows:
        old = json.loads(text)
        top = max(top, int(old.get("_seq", 0)))
        converted.append((region, project, kind, ident, json.dumps(_v1_body(kind, old))))
    if top:  # rows written beside the old ones come after them
        for key, text in db.execute(f"SELECT rowid, body FROM {TABLE}").fetchall():
            body = json.loads(text)
            body["seq"] = int(body.get("seq", 0)) + top
            db.execute(f"UPDATE {TABLE} SET body = ? WHERE rowid = ?", (json.dumps(body), key))
    # a record the newer emulator wrote again is its newer state
    db.executemany(
        f"INSERT OR IGNORE INTO {TABLE} (region, project, kind, id, body) VALUES (?, ?, ?, ?, ?)",
        converted,
    )
    db.execute(f"DROP TABLE {_LEGACY_TABLE}")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2}


class SqlitePersistence:
    """Every record as one row (region, project, kind, id, fields as JSON), written through."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._open()
        except sqlite3.DatabaseError as exc:
            raise StateFileError(
                f"state file {path}: cannot be read as an emulator state file ({exc}). Point "
                "--db at another file, or move this one away to start empty."
            ) from None

    def _version(self) -> int:
        stamped = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if stamped:
            return stamped
        tables = _tables(self.db)
        if _LEGACY_TABLE in tables and _count(self.db, _LEGACY_TABLE):
            return 1
        return SCHEMA_VERSION  # a new file, or one of layout 2 written before stamping

    def _open(self) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StateFileError(
                f"state file {self.path} has schema version {version}, written by a newer "
                f"emulator; this one reads versions up to {SCHEMA_VERSION}. Run the emulator "
                "version that wrote it, or point --db at a new file (this one is left as it is)."
            )
        if version < SCHEMA_VERSION:
            self._migrate(version)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        _create(self.db)
        self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _migrate(self, version: int) -> None:
        backup = f"{self.path}.v{version}.bak"
        with sqlite3.connect(backup) as copy:
            self.db.backup(copy)
        copy.close()
        try:
            self.db.execute("BEGIN IMMEDIATE")
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](self.db)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.db.execute("COMMIT")
        except (sqlite3.Error, ValueError, TypeError, KeyError) as exc:
            self.db.execute("ROLLBACK")
            raise StateFileError(
                f"state file {self.path} has schema version {version} and could not be "
                f"migrated to version {SCHEMA_VERSION} ({type(exc).__name__}: {exc}); it is "
                f"unchanged and a copy is at {backup}. Run the emulator version that wrote it, "
                "or point --db at a new file."
            ) from None
        log.warning(
            "state file %s migrated from schema version %d to %d (the old file is kept as %s)",
            self.path,
            version,
            SCHEMA_VERSION,
            backup,
        )

    def rows(self) -> Iterator[tuple[str, str, str, str]]:
        yield from self.db.execute(f"SELECT region, project, kind, body FROM {TABLE}")

    def write(self, region: str, project: str, kind: str, ident: str, body: str) -> None:
        self.db.execute(
            f"INSERT INTO {TABLE} (region, project, kind, id, body) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (region, project, kind, id) DO UPDATE SET body = excluded.body",
            (region, project, kind, ident, body),
        )

    def remove(self, region: str, project: str, kind: str, ident: str) -> None:
        self.db.execute(
            f"DELETE FROM {TABLE} WHERE region = ? AND project = ? AND kind = ? AND id = ?",
            (region, project, kind, ident),
        )

    def clear(self, project_id: str | None, region: str | None) -> None:
        clauses, args = [], []
        if project_id is not None:
            clauses.append("project = ?")
            args.append(project_id)
        if region is not None:
            clauses.append("region = ?")
            args.append(region)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        self.db.execute(f"DELETE FROM {TABLE}{where}", args)

    def close(self) -> None:
        self.db.close()
