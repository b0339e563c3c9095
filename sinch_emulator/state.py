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
import typing
from collections.abc import Callable, Hashable, ItemsView, Iterable, Iterator, KeysView, ValuesView
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from .clock import Clock
from .persistence import SqlitePersistence, StateFileError

# --- records ---------------------------------------------------------------------------------


@dataclass(kw_only=True, eq=False, slots=True)
class Record:
    """A stored resource: its API view plus bookkeeping (``seq``: creation order).

    ``INDEXES`` declares the table's indexes: name -> a function giving the tuple of keys
    a record is filed under (hashable values; none is fine). :class:`Table` keeps them
    through :meth:`Table.put` and :meth:`Table.delete`, so a lookup by key replaces a scan.
    """

    INDEXES: ClassVar[dict[str, Callable[[Any], tuple[Hashable, ...]]]] = {}

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


def is_hashable(key: tuple[Any, ...]) -> bool:
    """An index key of JSON values: scalars are hashable, lists and objects are not (and
    never equal a scalar, so a record holding one is missed by no lookup of a scalar)."""
    return not any(isinstance(part, (list, dict)) for part in key)


def _channel_identities(contact: Contact) -> tuple[tuple[Any, Any], ...]:
    pairs = [
        (ident.get("channel"), ident.get("identity"))
        for ident in contact.view.get("channel_identities") or ()
        if isinstance(ident, dict)
    ]
    return tuple(pair for pair in pairs if is_hashable(pair))


def _active_conversation(conv: Conversation) -> tuple[tuple[str, str], ...]:
    view = conv.view
    if not view.get("active") or "app_id" not in view or "contact_id" not in view:
        return ()
    return ((str(view["app_id"]), str(view["contact_id"])),)


@dataclass(kw_only=True, eq=False, slots=True)
class Contact(Record):
    #: "identity": (channel, identity) -> the contacts holding that channel identity
    INDEXES: ClassVar[dict[str, Callable[[Any], tuple[Hashable, ...]]]] = {
        "identity": _channel_identities
    }

    def identities(self) -> list[dict[str, Any]]:
        return list(self.view.get("channel_identities") or [])


@dataclass(kw_only=True, eq=False, slots=True)
class Conversation(Record):
    #: "active": (app_id, contact_id) -> the active conversations of that app and contact
    INDEXES: ClassVar[dict[str, Callable[[Any], tuple[Hashable, ...]]]] = {
        "active": _active_conversation
    }

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


def _creation_order(record: Record) -> int:
    return record.seq


# --- tables ----------------------------------------------------------------------------------


class Table(Generic[R]):
    """Records of one kind by ID, in creation order.

    Reads look like a mapping (``get``, ``table[id]``, ``in``, iteration over IDs, ``values``,
    ``items``, ``len``); every write goes through :meth:`put` (``table[id] = record`` is
    :meth:`put` too) and every removal through :meth:`delete`, and both reach ``--db``.
    """

    __slots__ = ("_filed", "_index_keys", "_indexes", "_rows", "kind", "owner", "record_type")

    def __init__(self, kind: str, record_type: type[R], owner: ProjectState) -> None:
        self._rows: dict[str, R] = {}
        self.kind = kind
        self.record_type = record_type
        self.owner = owner
        #: the record type's indexes: key functions, and per index key -> IDs filed under it
        #: (a dict as an insertion-ordered set)
        self._index_keys = tuple(record_type.INDEXES.values())
        self._indexes: dict[str, dict[Hashable, dict[str, None]]] = {
            name: {} for name in record_type.INDEXES
        }
        #: id -> the keys each index has the record filed under (what delete takes out)
        self._filed: dict[str, tuple[tuple[Hashable, ...], ...]] = {}

    # -- reading

    def get(self, ident: str, default: R | None = None) -> R | None:
        return self._rows.get(ident, default)

    def __getitem__(self, ident: str) -> R:
        return self._rows[ident]

    def __contains__(self, ident: object) -> bool:
        return ident in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def keys(self) -> KeysView[str]:
        return self._rows.keys()

    def values(self) -> ValuesView[R]:
        return self._rows.values()

    def items(self) -> ItemsView[str, R]:
        return self._rows.items()

    def newest_first(self) -> Iterator[R]:
        """The records, last created first."""
        return reversed(self._rows.values())

    def filed(self, index: str, key: Hashable) -> list[R]:
        """The records filed under ``key`` in ``index``, in creation order."""
        rows = self._rows
        found = [rows[ident] for ident in self._indexes[index].get(key, ())]
        found.sort(key=_creation_order)
        return found

    def oldest(self, index: str, keys: Iterable[Hashable]) -> R | None:
        """The first created record filed under any of ``keys`` in ``index`` (None: no such
        record); what a scan in creation order for the first match finds."""
        filed = self._indexes[index]
        rows = self._rows
        best: R | None = None
        for key in keys:
            bucket = filed.get(key)
            if bucket:
                for ident in bucket:
                    record = rows[ident]
                    if best is None or record.seq < best.seq:
                        best = record
        return best

    def __repr__(self) -> str:
        return f"<Table {self.kind}: {len(self._rows)} records>"

    # -- writing: the one way in and the one way out

    def put(self, record: R) -> R:
        """Store a new record or the changes to a stored one (written through to ``--db``)."""
        store = self.owner.store
        if not record.seq:
            record.seq = store.next_seq()
        self._rows[record.id] = record
        if self._index_keys:
            self._file(record)
        persistence = store.persistence
        if persistence is not None:
            owner = self.owner
            persistence.write(owner.region, owner.project_id, self.kind, record.id, encode(record))
        return record

    def __setitem__(self, ident: str, record: R) -> None:
        if ident != record.id:
            raise KeyError(f"{self.kind}: a record is stored under its own id {record.id!r}")
        self.put(record)

    def delete(self, ident: str) -> R | None:
        record = self._rows.pop(ident, None)
        if record is not None and self._index_keys:
            self._unfile(ident)
        persistence = self.owner.store.persistence
        if record is not None and persistence is not None:
            owner = self.owner
            persistence.remove(owner.region, owner.project_id, self.kind, ident)
        return record

    # -- the store's own: loading from --db and forgetting on reset (the file is handled there)

    def _restore(self, record: R) -> None:
        self._rows[record.id] = record
        if self._index_keys:
            self._file(record)

    def _forget(self) -> None:
        self._rows.clear()
        self._filed.clear()
        for filed in self._indexes.values():
            filed.clear()

    # -- the indexes: a record is filed under its keys as it is now at every put

    def _file(self, record: R) -> None:
        ident = record.id
        functions = self._index_keys
        if len(functions) == 1:  # every indexed table so far: spares a loop on every put
            keys: tuple[tuple[Hashable, ...], ...] = (functions[0](record),)
        else:
            keys = tuple([keys_of(record) for keys_of in functions])
        before = self._filed.get(ident)
        if keys == before:
            return  # the usual re-put: nothing an index looks at has changed
        if before is not None:
            self._unfile(ident)
        self._filed[ident] = keys
        for filed, filed_under in zip(self._indexes.values(), keys, strict=True):
            for key in filed_under:
                filed.setdefault(key, {})[ident] = None

    def _unfile(self, ident: str) -> None:
        keys = self._filed.pop(ident, None)
        if keys is None:
            return
        for filed, filed_under in zip(self._indexes.values(), keys, strict=True):
            for key in filed_under:
                bucket = filed.get(key)
                if bucket is not None:
                    bucket.pop(ident, None)
                    if not bucket:
                        del filed[key]


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


# --- persistence (the file itself: .persistence) ----------------------------------------------


def encode(record: Record) -> str:
    fields = {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.init}
    return json.dumps(fields, separators=(",", ":"))


def decode(record_type: type[R], text: str) -> R:
    return record_type(**json.loads(text))


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
            try:
                self._load(self.persistence)
            except StateFileError:
                self.close()
                raise

    def _load(self, persistence: SqlitePersistence) -> None:
        loaded: list[tuple[Table[Any], Record]] = []
        for region, project, kind, body in persistence.rows():
            record_type = TABLES.get(kind)
            if record_type is None:  # never drop what the file holds: refuse instead
                raise StateFileError(
                    f"state file {persistence.path} holds {kind!r} records, which this "
                    f"emulator does not know (it knows {', '.join(TABLES)}). Run the emulator "
                    "version that wrote it, or point --db at a new file."
                )
            try:
                record = decode(record_type, body)
            except (ValueError, TypeError, KeyError) as exc:
                raise StateFileError(
                    f"state file {persistence.path}: a {kind!r} record of project {project} "
                    f"in {region} cannot be read ({exc}). Run the emulator version that wrote "
                    "it, or point --db at a new file."
                ) from None
            loaded.append((self.state(project, region).table(kind), record))
        # insertion order is creation order, which list operations rely on
        loaded.sort(key=lambda item: item[1].seq)
        for table, record in loaded:
            table._restore(record)
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
                    state.table(kind)._forget()
        if self.persistence is not None:
            self.persistence.clear(project_id, region)

    def close(self) -> None:
        if self.persistence is not None:
            self.persistence.close()
            self.persistence = None
