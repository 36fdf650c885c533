"""A source supports a configuration only through a member whose outcome it gives (README, "A study supports only
through a member whose outcome it gives"): trials CO (care homes) and CR (peer naloxone) each had a context-only or
context-and-mechanism row of a policy report placed in a configuration, which made the report a supporter and raised
"limited" to "moderate". Such a source now counts on neither side, wherever strength is read (a listing reads standings,
`configs show` whole statements), and the reason names it; tried here on community-pharmacy flu vaccination, with the
cases where it must not fire: the same source telling an outcome in another member, and a configuration whose own
words tell no outcome (a team's context-mechanism configuration)."""

from __future__ import annotations

import sqlite3

GREY = (
    "title,year,author,type\n"
    'Flu jabs at the chemist: a Leeds audit,2021,"Amadi, C.",report\n'
    'Pharmacy flu clinics in Hull,2022,"Byrne, D.",report\n'
    'Community pharmacy vaccination: a policy brief,2023,"Cole, E.",report\n'
)
ROWS = (
    "source,context,mechanism,outcome\n"
    "{a},Adults offered flu vaccination at a community pharmacy,Walk-in slots feel convenient,Uptake rose\n"
    "{b},Adults offered flu vaccination at a community pharmacy,Walk-in slots feel convenient to them,Uptake rose a lot\n"
    "{c},Adults offered flu vaccination at a community pharmacy,Walk-in slots feel convenient,\n"
)


def _pharmacies(cmo, tmp_path, extra: str = "") -> dict[str, str]:
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text(GREY, encoding="utf-8")
    cmo("ingest", str(grey))
    keys = {s["title"].split()[-1].lower(): s["key"] for s in cmo.json("sources", "list")}
    named = {"a": keys["audit"], "b": keys["hull"], "c": keys["brief"]}
    sheet = tmp_path / "coding.csv"
    sheet.write_text((ROWS + extra).format(**named), encoding="utf-8")
    cmo("code", "import", str(sheet), code=1)  # exit 1: S3 has no outcome, said
    return named


def test_a_source_whose_only_member_tells_no_outcome_supports_nothing(cmo, tmp_path):
    named = _pharmacies(cmo, tmp_path)
    cmo("configs", "new", "--statements", "S1,S2,S3", "--note", "pharmacy flu clinics")
    (listed,) = cmo.json("configs", "list", code=None)
    assert listed["sources"] == [named["a"], named["b"]], "the brief's row tells no outcome: no supporter"
    assert named["c"] in listed["undecided_sources"]
    assert f"1 source tells no outcome of it, so it is not counted ({named['c']})" in listed["strength_reason"]
    shown = cmo.json("configs", "show", "C1")  # whole statements: the same rule
    assert shown["sources"] == listed["sources"]
    assert shown["strength_reason"] == listed["strength_reason"]


def test_the_same_source_telling_an_outcome_elsewhere_in_it_still_supports(cmo, tmp_path):
    extra = "{c},Adults offered flu vaccination at a community pharmacy,Pharmacists remind them,More adults vaccinated\n"
    named = _pharmacies(cmo, tmp_path, extra)
    cmo("configs", "new", "--statements", "S1,S2,S3,S4", "--note", "pharmacy flu clinics")
    (listed,) = cmo.json("configs", "list", code=None)
    assert listed["sources"] == [named["a"], named["b"], named["c"]]
    assert "tells no outcome" not in listed["strength_reason"]


def test_a_configuration_whose_own_words_tell_no_outcome_counts_its_members(cmo, tmp_path):
    named = _pharmacies(cmo, tmp_path)
    cmo("configs", "new", "--statements", "S3", "--note", "a context and its mechanism")
    (listed,) = cmo.json("configs", "list", code=None)
    assert listed["outcome"] == ""
    assert listed["sources"] == [named["c"]]


def test_a_review_of_the_schema_before_reads_it_after_the_upgrade(cmo, tmp_path):
    named = _pharmacies(cmo, tmp_path)
    cmo("configs", "new", "--statements", "S1,S2,S3", "--note", "pharmacy flu clinics")
    db = sqlite3.connect(cmo.folder / "review.db")
    # as schema 10 left it: the standing without the flag
    db.execute("DROP INDEX statement_standings")
    db.execute("ALTER TABLE statements DROP COLUMN standing")
    from cmo.store import _STATEMENT_STANDING

    db.execute(f"ALTER TABLE statements ADD COLUMN standing TEXT GENERATED ALWAYS AS ({_STATEMENT_STANDING}) VIRTUAL")
    db.execute("CREATE INDEX statement_standings ON statements(id, standing)")
    db.execute("PRAGMA user_version = 10")  # schema 11 adds the flag; later schemas leave it
    db.commit()
    db.close()
    (listed,) = cmo.json("configs", "list", code=None)
    assert listed["sources"] == [named["a"], named["b"]]
