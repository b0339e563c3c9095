"""The emulator's state, declared once: typed records in tables, per project and region.

Each region of each project is an independent :class:`ProjectState` (an app created in eu
does not exist in us). A record keeps the resource exactly as the API shows it (``view``)
apart from the emulator's own bookkeeping, which lives in typed fields and never leaves
the server. The tables of a project are the annotations of :class:`ProjectState`; the
SQLite persistence (``--db``) derives what it stores from them, so a new resource is
persisted by declaring its table and nothing else.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import sqlite3
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .clock import Clock

# --- records ---------------------------------------------------------------------------------


@dataclass(kw_only=True, eq=False, slots=True)
class Record:
    """A stored resource: its API view plus bookkeeping (``seq``: creation order)."""

    view: dict[str, Any]
    seq: int = 0
    #: the key in its table: ``view["id"]`` unless the resource has no ID of its own
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = str(self.view["id"])

    def public(self) -> dict[str, Any]:
        """The resource as the API shows it (a copy: later changes do not leak into it)."""
        return dict(self.view)


@dataclass(kw_only=True, eq=False, slots=True)
class App(Record):
    @property
    def processing_mode(self) -> str:
        return str(self.view.get("processing_mode") or "DISPATCH")


@dataclass(kw_only=True, eq=False, slots=True)
class Contact(Record):
    def identities(self) -> list[dict[str, Any]]:
        return list(self.view.get("channel_identities") or [])


@dataclass(kw_only=True, eq=False, slots=True)
class Conversation(Record):
    @property
    def app_id(self) -> str:
        return str(self.view["app_id"])

    @property
    def contact_id(self) -> str:
        return str(self.view["contact_id"])

    @property
    def active(self) -> bool:
        return bool(self.view.get("active"))


@dataclass(kw_only=True, eq=False, slots=True)
class Message(Record):
    #: the app that sent or received it (the API shows it only inside channel_identity)
    app_id: str
    #: CONVERSATION_SOURCE or DISPATCH_SOURCE: the message store it lives in
    source: str
    correlation_id: str | None = None


@dataclass(kw_only=True, eq=False, slots=True)
class Webhook(Record):
    pass


@dataclass(kw_only=True, eq=False, slots=True)
class ConsentRegistration(Record):
    """One opt-in or opt-out registration as it was requested."""


@dataclass(kw_only=True, eq=False, slots=True)
class Event(Record):
    """A stored event (sent by an app, injected, or from a contact)."""

    app_id: str


@dataclass(kw_only=True, eq=False, slots=True)
class Settings(Record):
    """The project's settings (one per project and region, keyed by the project ID)."""


@dataclass(kw_only=True, eq=False, slots=True)
class ConsentEntry(Record):
    """An identity on one of an app's consent lists (``view``: ``{"identity": ...}``)."""

    app_id: str
    list_type: str


@dataclass(kw_only=True, eq=False, slots=True)
class ConsentAudit(Record):
    """One change of an identity's consent (``view``: the audit record)."""

    app_id: str
    identity: str


@dataclass(kw_only=True, eq=False, slots=True)
class TemplateV1(Record):
    pass


@dataclass(kw_only=True, eq=False, slots=True)
class TemplateV2(Record):
    #: translations of earlier versions, each with its ``version``
    past_translations: list[dict[str, Any]] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, slots=True)
class Batch(Record):
    """A batch of the Batch API: ``view`` is its status as the status operations show it."""

    app_id: str
    #: the send request as accepted: what a scheduled batch sends at ``send_after``
    request: dict[str, Any] = field(default_factory=dict)
    #: ``send_after`` as seconds since the epoch (0: sent at once)
    due: float = 0.0


R = TypeVar("R", bound=Record)


# --- tables ----------------------------------------------------------------------------------


class Table(dict[str, R], Generic[R]):
    """Records of one kind by ID, in creation order; writes go through to the persistence."""

    def __init__(self, kind: str, record_type: type[R], owner: ProjectState) -> None:
        super().__init__()
        self.kind = kind
        self.record_type = record_type
        self.owner = owner

    def put(self, record: R) -> R:
        """Store a new record or the changes to a stored one."""
        store = self.owner.store
        if not record.seq:
            record.seq = store.next_seq()
        self[record.id] = record
        if store.persistence is not None:
            store.persistence.write(self.owner, self.kind, record)
        return record

    def delete(self, ident: str) -> R | None:
        record = self.pop(ident, None)
        store = self.owner.store
        if record is not None and store.persistence is not None:
            store.persistence.remove(self.owner, self.kind, ident)
        return record


class ProjectState:
    """Every resource of one project in one region; the annotations below are the schema."""

    apps: Table[App]
    contacts: Table[Contact]
    conversations: Table[Conversation]
    messages: Table[Message]
    webhooks: Table[Webhook]
    consents: Table[ConsentRegistration]
    events: Table[Event]
    settings: Table[Settings]
    consent_lists: Table[ConsentEntry]
    consent_audit: Table[ConsentAudit]
    templates_v1: Table[TemplateV1]
    templates_v2: Table[TemplateV2]
    batches: Table[Batch]

    def __init__(self, store: Store, project_id: str, region: str) -> None:
        self.store = store
        self.project_id = project_id
        self.region = region
        for kind, record_type in TABLES.items():
            setattr(self, kind, Table(kind, record_type, self))

    def table(self, kind: str) -> Table[Any]:
        table: Table[Any] = getattr(self, kind)
        return table


def _declared_tables() -> dict[str, type[Record]]:
    hints = typing.get_type_hints(ProjectState)
    tables: dict[str, type[Record]] = {}
    for name, hint in hints.items():
        if typing.get_origin(hint) is Table:
            (record_type,) = typing.get_args(hint)
            tables[name] = record_type
    return tables


#: kind -> record type, read from ProjectState's annotations
TABLES: dict[str, type[Record]] = _declared_tables()


# --- persistence -----------------------------------------------------------------------------


def encode(record: Record) -> str:
    fields = {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.init}
    return json.dumps(fields, separators=(",", ":"))


def decode(record_type: type[R], text: str) -> R:
    return record_type(**json.loads(text))


class SqlitePersistence:
    """Every record as one row (region, project, kind, id, fields as JSON), written through."""

    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS state_records (region TEXT NOT NULL,"
            " project TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,"
            " PRIMARY KEY (region, project, kind, id))"
        )

    def rows(self) -> Iterator[tuple[str, str, str, str]]:
        yield from self.db.execute("SELECT region, project, kind, body FROM state_records")

    def write(self, state: ProjectState, kind: str, record: Record) -> None:
        self.db.execute(
            "INSERT INTO state_records (region, project, kind, id, body) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (region, project, kind, id) DO UPDATE SET body = excluded.body",
            (state.region, state.project_id, kind, record.id, encode(record)),
        )

    def remove(self, state: ProjectState, kind: str, ident: str) -> None:
        self.db.execute(
            "DELETE FROM state_records WHERE region = ? AND project = ? AND kind = ? AND id = ?",
            (state.region, state.project_id, kind, ident),
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
        self.db.execute(f"DELETE FROM state_records{where}", args)

    def close(self) -> None:
        self.db.close()


class Store:
    """All project states; with a database path, loaded at start-up and written through."""

    def __init__(self, db_path: str | None = None) -> None:
        self._states: dict[tuple[str, str], ProjectState] = {}
        self._seq: Iterator[int] = itertools.count(1)
        self.persistence: SqlitePersistence | None = None
        #: "now" for scheduled work (not persisted: a restart is back on wall-clock time)
        self.clock = Clock()
        if db_path:
            self.persistence = SqlitePersistence(db_path)
            self._load(self.persistence)

    def _load(self, persistence: SqlitePersistence) -> None:
        loaded: list[tuple[Table[Any], Record]] = []
        for region, project, kind, body in persistence.rows():
            record_type = TABLES.get(kind)
            if record_type is None:
                continue
            table = self.state(project, region).table(kind)
            loaded.append((table, decode(record_type, body)))
        # insertion order is creation order, which list operations rely on
        loaded.sort(key=lambda item: item[1].seq)
        for table, record in loaded:
            table[record.id] = record
        top = max((record.seq for _, record in loaded), default=0)
        self._seq = itertools.count(top + 1)

    def next_seq(self) -> int:
        return next(self._seq)

    def states(self) -> list[ProjectState]:
        """Every project state there is (for work not started by a request, such as the clock)."""
        return list(self._states.values())

    def state(self, project_id: str, region: str) -> ProjectState:
        key = (project_id, region)
        state = self._states.get(key)
        if state is None:
            state = self._states[key] = ProjectState(self, project_id, region)
        return state

    def reset(self, project_id: str | None = None, region: str | None = None) -> None:
        """Forget everything, or everything of one project and/or region."""
        for key in list(self._states):
            if (project_id is None or key[0] == project_id) and (
                region is None or key[1] == region
            ):
                # a table refers back to its state, so a dropped state is a reference cycle
                # that only a full garbage collection frees; emptied, its records go now
                state = self._states.pop(key)
                for kind in TABLES:
                    state.table(kind).clear()
        if self.persistence is not None:
            self.persistence.clear(project_id, region)

    def close(self) -> None:
        if self.persistence is not None:
            self.persistence.close()
            self.persistence = None
