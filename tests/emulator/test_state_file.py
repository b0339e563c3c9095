"""The ``--db`` state file across emulator versions, and the one write path into it.

``data/state-v1.sql`` is a dump of a file written by the emulator of the previous layout
(table ``records``, bookkeeping in ``_`` keys), populated through its API;
``data/state-v1-opened-by-v2.sql`` is that file after the emulator of layout 2 (which knew
no versions) had run on it: its records in a new table beside the old ones, which it no
longer saw. ``data/state-files.json`` holds the IDs those emulators answered with.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sinch_emulator.persistence import SCHEMA_VERSION, StateFileError
from sinch_emulator.state import App, Store, Table
from sinch_emulator.testing import run_emulator

from .conftest import Api

DATA = Path(__file__).parent / "data"
MANIFEST = json.loads((DATA / "state-files.json").read_text())


def state_file(tmp_path: Path, dump: str) -> Path:
    path = tmp_path / "state.sqlite"
    db = sqlite3.connect(path)
    db.executescript((DATA / dump).read_text())
    db.close()
    return path


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


#: the regions' apps: eu's in CONVERSATION mode, us's in DISPATCH mode (its own message store)
SOURCES = {"eu": "CONVERSATION_SOURCE", "us": "DISPATCH_SOURCE"}


def message_ids(api: Api, app_id: str) -> list[str]:
    params = {"app_id": app_id, "page_size": 50, "messages_source": SOURCES[api.region]}
    listed = api.ok("get", "/messages", params=params)
    return [m["id"] for m in listed["messages"]]


def assert_serves(emu, region: str, made: dict) -> None:
    """Every record the older emulator answered with is served again, in its region."""
    api = Api(emu, region)
    try:
        assert api.ok("get", f"/apps/{made['app']}")["id"] == made["app"]
        assert api.ok("get", f"/webhooks/{made['webhook']}")["id"] == made["webhook"]
        for message_id in made["messages"]:
            source = {"messages_source": SOURCES[region]}
            message = api.ok("get", f"/messages/{message_id}", params=source)
            assert message["id"] == message_id
        # the app filter reads the message's app, which layout 1 kept in a `_` key
        assert message_ids(api, made["app"]) == list(reversed(made["messages"]))
        for contact_id in made.get("contacts", []):
            assert api.ok("get", f"/contacts/{contact_id}")["id"] == contact_id
        for conversation_id in made.get("conversations", []):
            assert api.ok("get", f"/conversations/{conversation_id}")["id"] == conversation_id
    finally:
        api.close()


def test_a_file_of_the_previous_layout_is_migrated_not_emptied(tmp_path):
    path = state_file(tmp_path, "state-v1.sql")
    made = MANIFEST["state-v1.sql"]
    assert user_version(path) == 0  # the previous layout carried no version
    with run_emulator(rate_limit=None, db=str(path)) as emu:
        for region in ("eu", "us"):
            assert_serves(emu, region, made[region])
        api = Api(emu, "eu")
        newer = api.send(made["eu"]["app"])["message_id"]
        assert message_ids(api, made["eu"]["app"])[0] == newer  # new after the migrated ones
        # the old contact is found again, not created twice
        assert [c["id"] for c in api.ok("get", "/contacts")["contacts"]] == made["eu"]["contacts"]
        api.close()
    assert user_version(path) == SCHEMA_VERSION
    assert (tmp_path / "state.sqlite.v1.bak").is_file()  # the file as it was, kept
    with run_emulator(rate_limit=None, db=str(path)) as emu:  # migrated once, read as is
        assert_serves(emu, "us", made["us"])
        api = Api(emu, "eu")
        assert message_ids(api, made["eu"]["app"]) == [newer, *reversed(made["eu"]["messages"])]
        api.close()


def test_records_written_beside_an_unmigrated_file_are_kept_with_the_old_ones(tmp_path):
    path = state_file(tmp_path, "state-v1-opened-by-v2.sql")
    before = MANIFEST["state-v1-opened-by-v2.sql"]["before"]
    after = MANIFEST["state-v1-opened-by-v2.sql"]["after"]
    with run_emulator(rate_limit=None, db=str(path)) as emu:
        for region in ("eu", "us"):
            assert_serves(emu, region, before[region])
            assert_serves(emu, region, after[region])
        api = Api(emu, "eu")
        # creation order across both: the old records first, then the ones written beside
        apps = [a["id"] for a in api.ok("get", "/apps")["apps"]]
        assert apps.index(before["eu"]["app"]) < apps.index(after["eu"]["app"])
        api.close()


def test_a_file_of_a_newer_layout_is_refused_and_left_as_it_is(tmp_path):
    path = state_file(tmp_path, "state-v1.sql")
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StateFileError) as caught:
        Store(str(path))
    message = str(caught.value)
    assert str(path) in message and "version 99" in message and "--db" in message
    assert path.read_bytes() == before
    # the command line says the same and exits instead of serving an empty project
    run = subprocess.run(
        [sys.executable, "-m", "sinch_emulator", "--port", "0", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2, run.stdout
    assert str(path) in run.stderr and "version 99" in run.stderr


def test_records_of_a_kind_this_emulator_does_not_know_are_refused(tmp_path):
    path = tmp_path / "state.sqlite"
    store = Store(str(path))
    store.state("p", "us").apps.put(App(view={"id": "01ARZ3NDEKTSV4RRFFQ69G5FAV"}))
    store.close()
    db = sqlite3.connect(path)
    db.execute(
        "INSERT INTO state_records VALUES ('us', 'p', 'surveys', 'b1', '{\"view\": {\"id\": 1}}')"
    )
    db.commit()
    db.close()
    with pytest.raises(StateFileError, match="'surveys' records"):
        Store(str(path))


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "state.sqlite"
    path.write_bytes(b"not a database, " * 100)
    with pytest.raises(StateFileError, match=str(path)):
        Store(str(path))


def test_a_table_is_written_through_one_method(tmp_path):
    path = str(tmp_path / "state.sqlite")
    store = Store(path)
    apps = store.state("p", "us").apps
    assert isinstance(apps, Table) and not isinstance(apps, dict)
    first = App(view={"id": "01ARZ3NDEKTSV4RRFFQ69G5FAV", "display_name": "put"})
    second = App(view={"id": "01ARZ3NDEKTSV4RRFFQ69G5FAW", "display_name": "item"})
    apps.put(first)
    apps[second.id] = second  # the mapping spelling goes the same way
    with pytest.raises(KeyError):
        apps["another-id"] = App(view={"id": "01ARZ3NDEKTSV4RRFFQ69G5FAX"})
    assert list(apps) == [first.id, second.id] and second.id in apps and len(apps) == 2
    store.close()
    reopened = Store(path).state("p", "us").apps
    assert [a.view["display_name"] for a in reopened.values()] == ["put", "item"]
    assert [a.seq for a in reopened.values()] == [first.seq, second.seq]
