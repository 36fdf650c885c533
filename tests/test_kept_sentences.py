"""A configuration keeps its sentence when it is written, so a listing of hundreds reads them rather than wording each
again (0.1 s of `configs list` on a review of 459 configurations): the kept one is the one the listing would word, it
holds only under the wording rules that made it, and a command that only reads never writes one."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from conftest import read_only_copy_of

from cmo.commands.refine import sentences
from cmo.commands.review import open_review
from cmo.store import Wording
from cmo.synthesis.wording import cmo_sentence, names_from, statement_texts


def _kept(folder) -> int:
    with closing(sqlite3.connect(folder / "review.db")) as db:
        return db.execute("SELECT count(*) FROM sentences").fetchone()[0]


def test_every_listed_configuration_reads_the_sentence_its_rules_word(demo):
    with closing(open_review(demo.folder)) as review:
        views = demo.json("configs", "list")
        from cmo.commands.configs import list_configurations

        listed = list_configurations(review)
        kept = review.store.kept_sentences((v.context, v.mechanism, v.outcome) for v in listed)
        assert len(kept) == len(views) > 0, "the example's refine and round close kept each sentence"
        with names_from(statement_texts(review.store.statements())):  # as packs and the report word them
            worded = [cmo_sentence(v.context, v.mechanism, v.outcome) for v in listed]
        assert sentences(review, listed) == worded
        assert [kept[(v.context, v.mechanism, v.outcome)] for v in listed] == worded


def test_a_kept_sentence_holds_only_under_the_rules_that_worded_it(demo):
    with closing(open_review(demo.folder)) as review:
        config = review.store.configurations()[0]
        three = (config.context, config.mechanism, config.outcome)
        assert three in review.store.kept_sentences([three])
        review.store.wording = Wording(rules="other rules", sentence=lambda c, m, o, names: "Worded by other rules.")
        assert review.store.kept_sentences([three]) == {}, "an upgrade's rules never read the old sentence"
        with review.store.transaction():
            review.store.put_configurations([config])
        assert review.store.kept_sentences([three]) == {three: "Worded by other rules."}
        live = [c for c in review.store.configurations() if not c.retired]
    assert _kept(demo.folder) == len(live) > 1, (
        "sentences of rules no longer in force go, and the first write under the new rules keeps every configuration's, "
        "not only the one it wrote"
    )


def test_a_listing_words_what_was_not_kept_and_writes_nothing(demo):
    before = demo("configs", "list").stdout
    with closing(sqlite3.connect(demo.folder / "review.db")) as db, db:
        db.execute("DELETE FROM sentences")
    assert demo("configs", "list").stdout == before
    assert _kept(demo.folder) == 0, "a command that only reads never changes review.db"
    demo("configs", "edit", "C3", "--outcome", "staff feel able to raise concerns", "--note", "clearer")
    assert _kept(demo.folder) == 1, "the configuration written keeps its sentence with the command's own write"


def test_a_review_an_earlier_cmo_wrote_lists_on_a_read_only_disk(demo, tmp_path):
    """The kept sentences are a cache made with the first write, not a new schema: a review written before them, on a
    read-only share, still lists (a schema change would have refused it as written by an older cmo)."""
    with closing(sqlite3.connect(demo.folder / "review.db")) as db, db:
        db.execute("DROP TABLE sentences")
    listed = demo("configs", "list").stdout
    with read_only_copy_of(demo.folder, tmp_path / "share") as review:
        assert demo.__class__(review)("configs", "list").stdout == listed


def _rules_kept(folder) -> dict[str, set[str]]:
    with closing(sqlite3.connect(folder / "review.db")) as db:
        tables = ("sentences", "readings", "undecided")
        return {table: {rules for (rules,) in db.execute(f"SELECT rules FROM {table}")} for table in tables}


def test_after_an_upgrade_the_first_write_keeps_every_configuration_anew_and_a_listing_still_writes_nothing(demo):
    """A listing after an upgrade words and reads the whole review anew (2.2 s instead of 0.35 s on 10,000 statements)
    until something keeps it again under the new rules; it must not be kept by the listing itself (a command that only
    reads never changes review.db), so the first write of any kind keeps every configuration, not only its own."""
    current = _rules_kept(demo.folder)
    assert all(len(rules) == 1 for rules in current.values()), current
    listed = demo("configs", "list").stdout
    with closing(sqlite3.connect(demo.folder / "review.db")) as db, db:  # as an earlier cmo kept them
        for table in current:
            db.execute(f"UPDATE {table} SET rules = 'an earlier cmo;' || rules")
    upgraded = _rules_kept(demo.folder)
    assert demo("configs", "list").stdout == listed
    assert _rules_kept(demo.folder) == upgraded, "a command that only reads never changes review.db"
    source = demo.json("sources", "list")[0]["key"]
    demo("select", "include", source, "--note", "read in full")  # a write touching no configuration
    assert _rules_kept(demo.folder) == current, "every cache kept again under the rules in force, the earlier ones gone"
    with closing(sqlite3.connect(demo.folder / "review.db")) as db:
        kept = db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    assert kept == len(demo.json("configs", "list"))
    assert demo("configs", "list").stdout == listed
