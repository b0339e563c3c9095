"""The state layer's indexes (``Record.INDEXES``): contacts by channel identity, active
conversations by app and contact. Each lookup must find what a scan of the table in creation
order finds, after every kind of write: put, a changed record put again, delete, reset, and a
restart on the same ``--db`` file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sinch_emulator.context import Request
from sinch_emulator.domain import find_contact
from sinch_emulator.state import Contact, Conversation, ProjectState, Store, is_hashable

PROJECT, REGION = "project", "us"


def contact(ident: str, *pairs: tuple[Any, Any]) -> Contact:
    identities = [{"channel": channel, "identity": who} for channel, who in pairs]
    return Contact(view={"id": ident, "channel_identities": identities})


def conversation(ident: str, app_id: str, contact_id: str, *, active: bool = True) -> Conversation:
    view = {"id": ident, "app_id": app_id, "contact_id": contact_id, "active": active}
    return Conversation(view=view)


def scan_contact(state: ProjectState, pairs: list[tuple[Any, Any]]) -> Contact | None:
    for c in state.contacts.values():
        for i in c.view.get("channel_identities", ()):
            if (i.get("channel"), i.get("identity")) in pairs:
                return c
    return None


def scan_active(state: ProjectState, app_id: str, contact_id: str) -> list[Conversation]:
    return [
        c
        for c in state.conversations.values()
        if c.active and c.app_id == app_id and c.contact_id == contact_id
    ]


def check(state: ProjectState) -> None:
    """Every lookup the stored records allow, by index and by scan, agrees."""
    pairs = {
        (i.get("channel"), i.get("identity"))
        for c in state.contacts.values()
        for i in c.view.get("channel_identities", ())
        if is_hashable((i.get("channel"), i.get("identity")))
    } | {("SMS", "+nobody")}
    for pair in pairs:
        assert state.contacts.oldest("identity", [pair]) is scan_contact(state, [pair]), pair
    everything = sorted(pairs, key=str)
    assert state.contacts.oldest("identity", everything) is scan_contact(state, everything)
    keys = {(c.app_id, c.contact_id) for c in state.conversations.values()} | {("A", "nobody")}
    for app_id, contact_id in keys:
        found = state.conversations.filed("active", (app_id, contact_id))
        assert found == scan_active(state, app_id, contact_id)
        oldest = state.conversations.oldest("active", [(app_id, contact_id)])
        assert oldest is (found[0] if found else None)


def populate(state: ProjectState) -> None:
    state.contacts.put(contact("C1", ("SMS", "+1"), ("WHATSAPP", "+1")))
    state.contacts.put(contact("C2", ("SMS", "+2")))
    state.contacts.put(contact("C3", ("SMS", "+1")))  # the same number on a younger contact
    state.conversations.put(conversation("V1", "A", "C1"))
    state.conversations.put(conversation("V2", "A", "C2", active=False))
    state.conversations.put(conversation("V3", "B", "C1"))
    state.conversations.put(conversation("V4", "A", "C1"))  # a second active one


def test_lookups_agree_with_scans_after_puts_updates_and_deletes() -> None:
    store = Store()
    state = store.state(PROJECT, REGION)
    populate(state)
    check(state)
    assert state.contacts.oldest("identity", [("SMS", "+1")]).id == "C1"
    assert [c.id for c in state.conversations.filed("active", ("A", "C1"))] == ["V1", "V4"]

    # a changed record put again is filed under its new keys only
    c1 = state.contacts["C1"]
    c1.view["channel_identities"] = [{"channel": "SMS", "identity": "+9"}]
    state.contacts.put(c1)
    check(state)
    assert state.contacts.oldest("identity", [("SMS", "+1")]).id == "C3"
    assert state.contacts.oldest("identity", [("WHATSAPP", "+1")]) is None
    assert state.contacts.oldest("identity", [("SMS", "+9")]) is c1

    v1 = state.conversations["V1"]
    v1.view["active"] = False
    state.conversations.put(v1)
    v2 = state.conversations["V2"]
    v2.view["active"] = True
    state.conversations.put(v2)
    v3 = state.conversations["V3"]
    v3.view["contact_id"] = "C2"
    state.conversations.put(v3)
    check(state)
    assert [c.id for c in state.conversations.filed("active", ("A", "C1"))] == ["V4"]
    assert [c.id for c in state.conversations.filed("active", ("B", "C2"))] == ["V3"]

    # a record replaced by another object under the same ID: lookups answer the stored one
    replacement = contact("C2", ("SMS", "+2"))
    state.contacts.put(replacement)
    assert state.contacts.oldest("identity", [("SMS", "+2")]) is replacement

    state.contacts.delete("C3")
    state.conversations.delete("V4")
    check(state)
    assert state.contacts.oldest("identity", [("SMS", "+1")]) is None
    assert state.conversations.filed("active", ("A", "C1")) == []
    state.contacts.delete("C3")  # deleting what is gone is no error
    check(state)


def test_unhashable_identities_are_no_keys() -> None:
    state = Store().state(PROJECT, REGION)
    state.contacts.put(contact("C1", ("SMS", ["+1"]), ("SMS", "+1")))
    state.contacts.put(contact("C2", ("SMS", {"n": 1})))
    assert state.contacts.oldest("identity", [("SMS", "+1")]).id == "C1"
    check(state)
    # the domain's lookup answers such a pair by a scan, as it did before the index
    req = Request(state, None, None)  # type: ignore[arg-type]
    wanted = [{"channel": "SMS", "identity": {"n": 1}}]
    found = find_contact(req, wanted)
    assert found is not None and found.id == "C2"
    assert find_contact(req, [{"channel": "SMS", "identity": "+1"}]) is state.contacts["C1"]
    assert find_contact(req, [{"channel": "SMS", "identity": ["+2"]}]) is None


def test_reset_forgets_the_indexes() -> None:
    store = Store()
    populate(store.state(PROJECT, REGION))
    populate(store.state("other", REGION))
    store.reset(PROJECT)
    state = store.state(PROJECT, REGION)
    assert state.contacts.oldest("identity", [("SMS", "+1")]) is None
    assert state.conversations.filed("active", ("A", "C1")) == []
    check(state)
    other = store.state("other", REGION)
    assert other.contacts.oldest("identity", [("SMS", "+1")]).id == "C1"
    check(other)
    store.reset()
    check(store.state("other", REGION))
    assert store.state("other", REGION).contacts.oldest("identity", [("SMS", "+1")]) is None


def test_a_restart_on_the_db_file_rebuilds_the_indexes(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite")
    store = Store(db)
    state = store.state(PROJECT, REGION)
    populate(state)
    c1 = state.contacts["C1"]
    c1.view["channel_identities"] = [{"channel": "SMS", "identity": "+9"}]
    state.contacts.put(c1)
    v1 = state.conversations["V1"]
    v1.view["active"] = False
    state.conversations.put(v1)
    state.conversations.delete("V3")
    store.close()

    again = Store(db)
    try:
        state = again.state(PROJECT, REGION)
        check(state)
        assert state.contacts.oldest("identity", [("SMS", "+1")]).id == "C3"
        assert state.contacts.oldest("identity", [("SMS", "+9")]).id == "C1"
        assert [c.id for c in state.conversations.filed("active", ("A", "C1"))] == ["V4"]
        assert state.conversations.filed("active", ("B", "C1")) == []
    finally:
        again.close()
