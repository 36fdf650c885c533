"""Helper N4's left-overs from the trials (DC, N3, N2): each test fails on the code before its fix; the must-not-fire
cases are on other topics."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

from cmo.commands.review import open_review
from cmo.sheets.tables import handles_near
from cmo.store import NameScope
from cmo.synthesis.wording import cmo_sentence


def test_a_clipped_adjective_before_a_noun_is_no_verb():
    """Trial DC: "psych staff not police = less frightening" (street triage) read "it psyches staff not police": the
    lexicon has "psych" only as a verb, WordNet as no verb; the clipping of "psychiatric" describes the staff."""
    said = cmo_sentence("suicidal ppl met by PAM", "psych staff not police = less frightening", "accepted help at home")
    assert "psych staff not police" in said and "psyches" not in said and "it psych" not in said
    # another topic: agency nurses on wards ("temp" is a noun to WordNet, a verb only to the lexicon)
    said = cmo_sentence("wards at night", "temp staff not trained on the unit", "falls go up")
    assert "temp staff not trained" in said and "temps" not in said and "they temp" not in said


def test_a_verb_before_its_object_keeps_its_reading():
    """Must not fire: a verb the lexicon and WordNet both have stays the verb (cycling to work; schools; wards)."""
    assert "people perceive cycling as affordable" in cmo_sentence("commuters", "perceive cycling as affordable", "cycle more")
    assert "they encourage pupils to walk" in cmo_sentence("schools", "encourage pupils to walk", "more pupils walk")
    assert "staff support patients" in cmo_sentence("wards", "staff support patients", "patients recover faster")


def test_a_plural_noun_and_its_own_ing_verb_are_no_persons_next_act():
    """Helper N3: "costs rising for families" after one person's mechanism (kidney care) read "…, and so costs rising
    for families", as if the patient costs; "rise" is a verb a thing does, and "costs" its subject. Another topic: home
    care's "visits running late"."""
    said = cmo_sentence("Older people with kidney failure", "patient feels fobbed off", "costs rising for families")
    assert "and so costs" not in said and "leads to costs rising for families" in said
    said = cmo_sentence("home care", "carer feels rushed", "visits running late")
    assert "and so visits" not in said and "visits running late" in said


def test_a_persons_verb_before_a_noun_in_ing_stays_that_persons_act():
    """Must not fire: an -ing form of a verb only a person does to something is a noun, the verb's object (staff
    training; youth work), and a verb that takes an -ing form keeps it (RH2's renal care)."""
    said = cmo_sentence("new staff", "manager feels supported", "funds training for staff")
    assert "and so funds training for staff" in said
    assert "and so offers befriending" in cmo_sentence("youth clubs", "youth worker feels trusted", "offers befriending")
    assert "and so starts missing visits" in cmo_sentence("home care", "carer feels rushed", "starts missing visits")


HYPHEN_TITLES = Path(__file__).parent / "data" / "n4_hyphen_titles"


def test_a_title_opening_with_a_hyphenated_word_keys_the_whole_word(cmo):
    """Trial DC: "Co-responding police-mental health programmes…" was keyed lamanna2018co and "Re-examining mental
    health crisis intervention…" marcus2022re, fragments that name nothing; the word is whole, without its hyphen.
    Must not fire: a title whose first word has no hyphen keeps its key (Kane 2018, "Effectiveness…")."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HYPHEN_TITLES / "pubmed-coresponse.nbib"), str(HYPHEN_TITLES / "proquest-cjd.ris"))
    keys = {source["key"] for source in cmo.json("sources", "list")}
    assert keys == {
        "marcus2022reexamining",
        "kane2018effectiveness",
        "lamanna2018coresponding",
        "shapiro2015coresponding",
    }


def test_a_key_already_stored_never_changes(cmo):
    """A review an older cmo keyed "marcus2022re" keeps that key, which its sheets and packs cite, when the same work is
    ingested again: a key is made once, for a new source, whatever the rule now makes."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HYPHEN_TITLES / "pubmed-coresponse.nbib"))
    with closing(open_review(cmo.folder).store) as store, store.transaction():  # as the older rule keyed it
        store.db.execute("PRAGMA defer_foreign_keys = ON")  # the source and its records renamed together
        data = json.loads(store.db.execute("SELECT data FROM sources WHERE key = 'marcus2022reexamining'").fetchone()[0])
        store.db.execute(
            "UPDATE sources SET key = 'marcus2022re', data = ? WHERE key = 'marcus2022reexamining'",
            (json.dumps({**data, "key": "marcus2022re"}),),
        )
        store.db.execute("UPDATE records SET source_key = 'marcus2022re' WHERE source_key = 'marcus2022reexamining'")
    cmo("ingest", str(HYPHEN_TITLES / "pubmed-coresponse.nbib"))
    keys = {source["key"] for source in cmo.json("sources", "list")}
    assert keys == {"marcus2022re", "kane2018effectiveness"}
    assert "Re-examining" in cmo("sources", "show", "marcus2022re").stdout


def test_a_name_at_the_command_line_reads_only_the_rows_it_could_name(cmo):
    """Helper N2: `cmo sources show x` on a review of 50,000 works read every source's JSON three times to say "not in
    this review". Every query it makes of the sources and records by their names is now answered from an index (the
    first letters of the names a work is cited by, its year, its being grey), never by reading every row. Must not
    fire: the names it finds are still found, by key, by first author and year, and by a key an older cmo made."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HYPHEN_TITLES / "pubmed-coresponse.nbib"), str(HYPHEN_TITLES / "proquest-cjd.ris"))
    with closing(open_review(cmo.folder).store) as store:
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        for name in ("x", "Marcus 2022"):
            store.record_key_aliases(NameScope(name, *handles_near(name)))
        store.db.set_trace_callback(None)
        scans = []
        for sql in statements:
            if sql.lstrip().upper().startswith("SELECT") and "json_extract" in sql.partition(" WHERE ")[2]:
                plan = [row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}")]
                scans += [step for step in plan if step.startswith(("SCAN sources", "SCAN records")) and "INDEX" not in step]
        assert statements and not scans
    assert "Re-examining" in cmo("sources", "show", "Marcus 2022").stdout
    assert "Co-responding" in cmo("sources", "show", "lamanna2018coresponding").stdout
    cmo("sources", "show", "x", code=2)
