"""Reviews written by an earlier cmo open in this one: each schema change is a migration, run once, in one
transaction, that leaves every view of the review as it was."""

from __future__ import annotations

import sqlite3

import pytest

from cmo.store import SCHEMA_VERSION


def as_schema_3(path) -> None:
    """Undo schemas 5 and 4, as a review written before them."""
    as_schema_4(path)
    db = sqlite3.connect(path, isolation_level=None)
    for index in ("statement_standings", "source_standings", "statements_by_domain", "configurations_by_domain"):
        db.execute(f"DROP INDEX {index}")
    for table, columns in (
        ("statements", ("standing", "domain", "live")),
        ("sources", ("standing",)),
        ("configurations", ("domain", "live")),
    ):
        for column in columns:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    db.execute("PRAGMA user_version = 3")
    db.close()


def as_schema_4(path) -> None:
    """Undo schemas 8 (packs kept as sent) and 5 (what review.yaml was read as, kept by its text), as a review written
    before them."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("DROP TABLE packs")
    db.execute("DROP TABLE parsed_files")
    db.execute("PRAGMA user_version = 4")
    db.close()


@pytest.mark.parametrize("version", [3, 4])
def test_an_older_review_opens_migrated_and_every_listing_is_as_it_was(demo, version):
    views = [("configs", "list"), ("configs", "show", "C3"), ("trace", "C3"), ("domains", "list"), ("sources", "list")]
    before = [demo.json(*args) for args in views]
    path = demo.folder / "review.db"
    {3: as_schema_3, 4: as_schema_4}[version](path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == version
    assert [demo.json(*args) for args in views] == before
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_indexed_standing_follows_every_change_to_a_statement(demo):
    """The standing is computed by SQLite from the stored row, so no write path can leave it stale."""
    shown = {c["id"]: c for c in demo.json("configs", "list")}
    member = next(s for s in shown["C3"]["statements"] if s not in shown["C3"]["contradicting"])
    demo("code", "mark", member, "--contradicting", "C3")
    after = {c["id"]: c for c in demo.json("configs", "list")}
    assert member in after["C3"]["contradicting"] and member not in shown["C3"]["contradicting"]
