"""A listing reads whole only the members whose outcome the evidence rule reads (issue 15): of a configuration with a
member against it or undecided, its supporters from that member's source (`told_supporters`, trial AH 3: a source whose
only result goes against it is no supporter through a statement of it that tells none); every other member by its
standing. What the listing says is as before: a school's breakfast-club background statement makes no supporter of a
source whose result went the other way, and does where that source gave its result for the configuration."""

from __future__ import annotations

from cmo.models import Statement
from cmo.synthesis.evidence import supporting_ids, told_supporters

SHEET = (
    "source,context,mechanism,outcome\n"
    "{a},Pupils offered a breakfast club,They arrive early because breakfast is served,Punctuality improved\n"
    "{b},Pupils offered a breakfast club,They arrive early because breakfast is served,Punctuality did not improve\n"
    "{b},Pupils offered a breakfast club,Staff open the hall at eight,Take-up depends on the school's funding\n"
    "{c},Pupils offered a school breakfast club,They arrive early because breakfast is served there,Punctuality improved a lot\n"
)


def _clubs(cmo, tmp_path, second: str) -> dict[str, str]:
    """Three reports on breakfast clubs; S2 (of report B) marked against the configuration; S3, a background statement of
    the report named `second`, tells no result."""
    cmo("init", str(cmo.folder))
    grey = tmp_path / "grey.csv"
    grey.write_text(
        "title,year,author,type\n"
        'Breakfast clubs in Leeds primaries,2021,"Amadi, C.",report\n'
        'Breakfast clubs in Hull primaries,2022,"Byrne, D.",report\n'
        'Breakfast clubs in York primaries,2023,"Cole, E.",report\n',
        encoding="utf-8",
    )
    cmo("ingest", str(grey))
    keys = {s["title"].split()[3].lower(): s["key"] for s in cmo.json("sources", "list")}
    named = {"a": keys["leeds"], "b": keys["hull"], "c": keys["york"]}
    rows = SHEET.format(**named).splitlines()
    rows[3] = rows[3].replace(named["b"], named[second], 1)
    sheet = tmp_path / "coding.csv"
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cmo("code", "import", str(sheet))
    cmo("configs", "new", "--statements", "S1,S2,S3,S4", "--note", "breakfast clubs")
    cmo("code", "mark", "S2", "--contradicting", "C1")
    return named


def test_a_listing_still_counts_no_supporter_whose_only_result_goes_against(cmo, tmp_path):
    named = _clubs(cmo, tmp_path, second="b")
    (listed,) = cmo.json("configs", "list")
    assert listed["contradicting"] == ["S2"]
    assert listed["sources"] == [named["a"], named["c"]], "Hull's background statement tells no result: no supporter"
    assert listed["contradicting_sources"] == [named["b"]]
    assert cmo.json("configs", "show", "C1")["sources"] == listed["sources"]


def test_a_listing_counts_a_supporter_whose_source_is_not_against(cmo, tmp_path):
    named = _clubs(cmo, tmp_path, second="a")  # the background statement is Leeds's, whose result is for it
    (listed,) = cmo.json("configs", "list")
    assert listed["sources"] == [named["a"], named["c"]]
    assert listed["contradicting_sources"] == [named["b"]]


def _statement(sid: str, source: str) -> Statement:
    return Statement(id=sid, source=source, context="Tenants offered repair visits", mechanism="m", outcome="o")


def test_told_supporters_are_the_supporters_from_a_source_with_a_member_apart():
    """Damp-repair visits: T1 (estate survey) against; T2 of the survey and T3 of the council report support."""
    statements = {s.id: s for s in (_statement("T1", "survey"), _statement("T2", "survey"), _statement("T3", "council"))}
    support = ["T2", "T3"]
    assert told_supporters(support, ["T1"], statements) == ["T2"]
    assert told_supporters(support, [], statements) == [], "no member apart: no outcome is read"
    assert told_supporters(support, ["T9"], statements) == [], "a member apart no longer held (deleted) tells nothing"


def test_told_supporters_come_from_supporting_ids():
    statements = {s.id: s for s in (_statement("T1", "survey"), _statement("T2", "survey"))}
    from cmo.models import Configuration

    config = Configuration(id="C1", title="t", context="c", mechanism="m", outcome="o", statements=["T1", "T2"])
    assert told_supporters(supporting_ids(config, statements, ["T1"], []), ["T1"], statements) == ["T2"]
