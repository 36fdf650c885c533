"""A listing keys what it keeps of each configuration's members by each member's revision, a count of the changes to
its row kept beside it (schema 10), rather than by digesting every member's row (issue 15: `configs list` of a large
review read 5 MB of rows to make its keys). The count must move with every change to a row and with nothing else."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing

from test_s41_speed import _gardens, _reading

from cmo.commands.review import open_review
from cmo.store import SCHEMA_VERSION


def _revisions(folder) -> dict[str, int]:
    with closing(sqlite3.connect(folder / "review.db")) as db:
        return dict(db.execute("SELECT id, rev FROM statements"))


def test_a_row_written_again_as_it_was_keeps_its_revision_and_a_changed_one_counts_one_more(cmo, tmp_path):
    _gardens(cmo, tmp_path)
    assert _revisions(cmo.folder) == {"S1": 0, "S2": 0, "S3": 0}
    with closing(open_review(cmo.folder)) as review, review.store.transaction():
        store = review.store
        same, changed = store.statement("S1"), store.statement("S2")
        store.put_statements([same, changed.model_copy(update={"outcome": "Loneliness fell for most"})])
    assert _revisions(cmo.folder) == {"S1": 0, "S2": 1, "S3": 0}
    cmo("code", "edit", "S3", "--outcome", "Loneliness fell a little")
    cmo("code", "edit", "S3", "--outcome", "Loneliness fell a little", code=2)  # the same words again: nothing written
    assert _revisions(cmo.folder) == {"S1": 0, "S2": 1, "S3": 1}


def test_a_member_edited_and_put_back_as_it_was_is_read_again(cmo, tmp_path):
    """Its words are as when the reading was kept, but the key never goes back: read again rather than trust a key."""
    _gardens(cmo, tmp_path)
    with closing(open_review(cmo.folder)) as review:
        store = review.store
        store.reading = _reading()
        config = store.configurations()[0]
        with store.transaction():
            store.put_configurations([config])
        assert store.kept_undecided([config]) == {config.id: ["S3"]}
        member = store.statement("S3")
        for outcome in ("Loneliness fell slightly", member.outcome):
            with store.transaction():
                store.put_statements([member.model_copy(update={"outcome": outcome})])
            assert store.kept_undecided([config]) == {}, outcome


def _keyed_as_schema_9(db) -> None:
    """Schema 9 kept each configuration's undecided members under a digest of its JSON and its members' rows."""
    rows = dict(db.execute("SELECT id, CAST(data AS BLOB) FROM statements"))
    kept = db.execute("SELECT u.key, CAST(c.data AS BLOB) FROM undecided u JOIN configurations c ON c.id = u.config").fetchall()
    assert kept
    for key, stored in kept:
        digest = hashlib.md5(stored, usedforsecurity=False)
        digest.update(b"\x1e".join(rows.get(sid, b"") for sid in json.loads(stored)["statements"]))
        db.execute("UPDATE undecided SET key = ? WHERE key = ?", (digest.hexdigest(), key))


def test_a_review_of_schema_9_lists_as_it_did_and_keeps_what_still_holds_of_its_readings(cmo, tmp_path):
    """The migration keys again each kept reading whose configuration and members are still as they were read."""
    _gardens(cmo, tmp_path)
    cmo("refine")
    before = cmo.json("configs", "list")
    path = cmo.folder / "review.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as db:  # as a review written by schema 9
        db.execute("DROP INDEX statement_revs")
        db.execute("ALTER TABLE statements DROP COLUMN rev")
        db.execute("PRAGMA user_version = 9")
        _keyed_as_schema_9(db)
    assert cmo.json("configs", "list") == before
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with closing(open_review(cmo.folder)) as review:
        configurations = review.store.configurations()
        kept = review.store.kept_undecided(configurations)
    assert kept and set(kept) == {c.id for c in configurations}, "every configuration's reading kept through the upgrade"


def test_a_reading_kept_by_schema_9_of_members_since_changed_is_not_kept_through_the_upgrade(cmo, tmp_path):
    _gardens(cmo, tmp_path)
    cmo("refine")
    path = cmo.folder / "review.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("DROP INDEX statement_revs")
        db.execute("ALTER TABLE statements DROP COLUMN rev")
        db.execute("PRAGMA user_version = 9")
        _keyed_as_schema_9(db)
        # S3 reworded after the reading was kept, by a write that kept nothing of the configuration
        db.execute("UPDATE statements SET data = json_set(data, '$.outcome', 'Loneliness fell a lot') WHERE id = 'S3'")
    assert [c["undecided"] for c in cmo.json("configs", "list")] == [[]], "S3 now says it fell: read again, not kept"
    with closing(open_review(cmo.folder)) as review:
        assert review.store.kept_undecided(review.store.configurations()) == {}
