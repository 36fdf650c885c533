"""Trial Z: `cmo sources merge` joined two papers de-duplication holds apart (two DOIs, pages that do not overlap),
and undoing it with `cmo sources split` broke one paper into "-2"/"-3" copies; a key merged away had no pointer."""

from __future__ import annotations

# Another topic: two papers by one first author in one journal volume, years apart (school-based physical activity).
TWO_PAPERS = """TY  - JOUR
TI  - Teachers' experiences of delivering classroom movement breaks in primary schools
AU  - Okonkwo, Adaeze
AU  - Lindqvist, Per
PY  - 2016
JO  - Journal of School Health
VL  - 86
IS  - 4
SP  - 211
EP  - 219
DO  - 10.1111/josh.20001
ER  -

TY  - JOUR
TI  - Active lessons and attention in eight-year-olds: a cluster randomised trial
AU  - Okonkwo, Adaeze
AU  - Brennan, Siobhan
AU  - Haddad, Rami
PY  - 2019
JO  - Journal of School Health
VL  - 86
IS  - 9
SP  - 640
EP  - 648
DO  - 10.1111/josh.20002
ER  -
"""

# The 2019 trial again, as two other databases gave it: de-duplication links both to it by DOI.
TRIAL_AGAIN = """TY  - JOUR
TI  - Active lessons and attention in eight-year-olds: a cluster randomised trial
AU  - Okonkwo, A.
AU  - Brennan, S.
AU  - Haddad, R.
PY  - 2019
T2  - J Sch Health
VL  - 86
SP  - 640-8
DO  - https://doi.org/10.1111/josh.20002
ER  -

TY  - JOUR
TI  - Active lessons and attention in eight year olds - a cluster randomised trial.
AU  - Okonkwo, Adaeze
PY  - 2019
DO  - 10.1111/JOSH.20002
ER  -
"""


def _review(cmo, tmp_path, *texts: str) -> list[str]:
    cmo("init", str(cmo.folder))
    for n, text in enumerate(texts):
        (tmp_path / f"export{n}.ris").write_text(text, encoding="utf-8")
        cmo("ingest", str(tmp_path / f"export{n}.ris"))
    return sorted(s["key"] for s in cmo.json("sources", "list"))


def test_deduplication_names_why_it_holds_two_works_apart():
    """`dedupe.conflicts`: de-duplication's own rule, in words; nothing for two records of one work."""
    from cmo.bib.dedupe import conflicts
    from cmo.models import Provenance, Record

    def record(**fields) -> Record:
        return Record(provenance=Provenance(file="x.ris", line=1, format="ris", key=""), key="", **fields)

    paper = record(title="Housing first for homeless veterans", authors=["Tsai, Jack"], year=2020, doi="10.1234/a", pages="10-19")
    again = record(title="Housing First for homeless veterans.", authors=["Tsai, J"], year=2020, doi="10.1234/A")
    assert conflicts(paper, again) == []
    other = record(title="Housing first for homeless veterans", authors=["Tsai, Jack"], year=2020, doi="10.1234/b")
    assert conflicts(paper, other) == ["their DOIs differ (10.1234/a and 10.1234/b)"]
    later = record(title="Housing first for homeless veterans", authors=["Tsai, Jack"], year=2020, pages="40-49")
    assert conflicts(paper, later) == ["their pages do not overlap (10-19 and 40-49)"]
    preprint = record(title="Housing first for homeless veterans", authors=["Tsai, Jack"], year=2020, container="medRxiv")
    assert "one is a preprint and the other is not" in conflicts(paper, preprint)


def test_a_merge_of_two_works_deduplication_holds_apart_is_refused_naming_why(cmo, tmp_path):
    """Same first author and journal, so the title-and-authors rule let them through: their DOIs, pages, issues and
    years say two works. Refused, naming each, until --force."""
    first, second = _review(cmo, tmp_path, TWO_PAPERS)
    before = cmo.json("sources", "list")
    refused = cmo("sources", "merge", first, second, "--note", "a test", code=2).stderr.strip()
    assert len(refused.splitlines()) == 1 and "--force" in refused
    assert "differ in title and year" in refused and "Okonkwo & Lindqvist 2016" in refused and "Okonkwo et al. 2019" in refused
    assert "their DOIs differ (10.1111/josh.20001 and 10.1111/josh.20002)" in refused
    assert "their pages do not overlap (211-219 and 640-648)" in refused
    assert cmo.json("sources", "list") == before and cmo.json("history") == []
    merged = cmo.json("sources", "merge", first, second, "--force", "--note", "I know")
    assert len(merged["records"]) == 2


def test_a_key_merged_away_says_where_it_went(cmo, tmp_path):
    first, second = _review(cmo, tmp_path, TWO_PAPERS)
    cmo("sources", "merge", first, second, "--force")
    message = cmo("sources", "show", second, code=2).stderr.strip()
    day = cmo.json("history", first)[-1]["at"][:10]
    assert message.endswith(f"is not in this review: it was merged into {first} on {day} ('cmo history {first}').")
    assert "did you mean" not in cmo("sources", "split", second, "export0.ris:1", code=2).stderr


def test_a_split_after_a_wrong_merge_takes_the_whole_work_back(cmo, tmp_path):
    """The trial's three records of one paper (one DOI) came back as three sources cited "2019", "2019b", "2019c".
    Split one of them: the records de-duplication calls one work with it leave together, under the key they had."""
    first, second = _review(cmo, tmp_path, TWO_PAPERS, TRIAL_AGAIN)
    assert len(cmo.json("sources", "show", second)["records"]) == 3
    cmo("select", "include", second)
    cmo("sources", "merge", first, second, "--force", "--note", "wrongly")
    out = cmo("sources", "split", first, "export1.ris:13", "--note", "two papers").stdout
    assert out.startswith(f"export1.ris:13 is now {second} (Okonkwo et al. 2019, included)")
    assert sorted(s["key"] for s in cmo.json("sources", "list")) == [first, second]
    back = cmo.json("sources", "show", second)
    assert [(r["file"], r["line"]) for r in back["records"]] == [("export0.ris", 14), ("export1.ris", 1), ("export1.ris", 13)]
    assert back["linked"] == ["the source was started from this record", "same DOI", "same DOI"]
    assert [(r["file"], r["line"]) for r in cmo.json("sources", "show", first)["records"]] == [("export0.ris", 1)]
    assert cmo.json("history", second)[-1]["after"]["records"] == ["export0.ris:14", "export1.ris:1", "export1.ris:13"]


def test_a_split_leaves_records_that_are_one_work_with_those_staying(cmo, tmp_path):
    """A record split out of a source whose records are all one work to de-duplication leaves alone."""
    (key,) = _review(cmo, tmp_path, TRIAL_AGAIN)
    cmo("sources", "split", key, "export0.ris:13", "--note", "the reviewer's word")
    assert len(cmo.json("sources", "show", key)["records"]) == 1
    assert len(cmo.json("sources", "list")) == 2
