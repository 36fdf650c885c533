"""A closed round's pack is what the group was sent: written again as it was, whatever the evidence became (trial K:
excluding a source and rewording a statement after round 1 changed round 1's pack, and a plain `cmo pack` wrote the
changed one over the file that had been sent)."""

from __future__ import annotations

import sqlite3
from contextlib import closing


def _sent(demo, name: str = "pack-round-1.html") -> bytes:
    return (demo.folder / "packs" / name).read_bytes()


def _change_the_evidence(demo) -> None:
    demo("select", "exclude", "troup2022clinician", "--reason", "not telemental health", code=1)  # its statements stay
    demo("code", "edit", "S3", "--outcome", "Clinicians ask for an in-person visit", "--note", "misread")


def test_a_closed_rounds_pack_is_written_again_as_sent_and_fresh_only_when_asked(demo):
    sent = _sent(demo)
    _change_the_evidence(demo)
    again = demo("pack")
    assert _sent(demo) == sent
    assert "as first written on" in again.stdout and "--fresh" in again.stdout
    fresh = demo("pack", "--fresh")
    assert _sent(demo) != sent
    assert "not the pack first written on" in fresh.stdout
    demo("pack")
    assert _sent(demo) == sent  # the pack as sent is still kept after a fresh one


def test_each_groups_pack_is_kept_apart(demo, tmp_path):
    demo("pack", "--group", "cyp", "-o", str(tmp_path / "first.html"))
    _change_the_evidence(demo)
    demo("pack", "--group", "cyp", "-o", str(tmp_path / "again.html"))
    assert (tmp_path / "again.html").read_bytes() == (tmp_path / "first.html").read_bytes()
    assert (tmp_path / "again.html").read_bytes() != _sent(demo)  # the group's pack, not everyone's


def test_a_pack_written_before_cmo_kept_them_is_taken_as_sent(demo):
    """A review upgraded from schema 7: its packs/ folder holds what was sent, and the first `cmo pack` keeps it."""
    sent = _sent(demo)
    with closing(sqlite3.connect(demo.folder / "review.db")) as db, db:
        db.execute("DROP TABLE packs")
        db.execute("PRAGMA user_version = 7")
    _change_the_evidence(demo)
    demo("pack")
    assert _sent(demo) == sent
    (demo.folder / "packs" / "pack-round-1.html").unlink()
    demo("pack")
    assert _sent(demo) == sent  # kept in the review now, not only on disk
