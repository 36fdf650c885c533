"""Trials AA and AB: a source key merged away refused on the coding sheet with "did you mean" (AA5), a group typed as the
plural of its slug refused on the sheet though a feedback form reads it (AB8), and a mark taken back told in the report
as the team counting the finding as evidence for it (AB11). Each rule is tested here on another topic: classroom
movement breaks in primary schools, and the shipped example (telemental health)."""

from __future__ import annotations

import csv
from contextlib import closing
from pathlib import Path

import pytest

from cmo.store import merged_away

# Three records of one trial as three databases gave them, too unlike for de-duplication to link (a conference
# abstract, a preprint, the article): the team merges them by hand. And a second, unrelated study.
RECORDS = """TY  - CONF
TI  - Movement breaks and attention in eight-year-olds: interim results of a cluster trial
AU  - Okonkwo, Adaeze
PY  - 2017
T2  - European Congress of Sport Science abstracts
ER  -

TY  - JOUR
TI  - Classroom movement breaks and on-task behaviour: a cluster randomised trial (preprint)
AU  - Okonkwo, A.
AU  - Brennan, S.
PY  - 2018
JO  - SportRxiv
ER  -

TY  - JOUR
TI  - Active lessons and attention in eight-year-olds: a cluster randomised trial
AU  - Okonkwo, Adaeze
AU  - Brennan, Siobhan
AU  - Haddad, Rami
PY  - 2019
JO  - Journal of School Health
VL  - 89
IS  - 9
SP  - 640
EP  - 648
DO  - 10.1111/josh.20002
ER  -

TY  - JOUR
TI  - Teachers' experiences of delivering physically active lessons
AU  - Lindqvist, Per
PY  - 2021
JO  - Health Education Research
VL  - 36
SP  - 101
EP  - 112
DO  - 10.1093/her/cyab0001
ER  -
"""

DOMAINS = """domains:
  - slug: break
    name: Movement break
    description: Short bouts of activity between lessons.
  - slug: lesson
    name: Active lesson
    description: Teaching a subject through movement.
groups:
  - slug: parent
    name: Parent or carer
  - slug: pe-teacher
    name: PE teacher
  - slug: class-teacher
    name: Class teacher
"""

HEADER = ["Study", "Context (C)", "Mechanism (M)", "Outcome (O)", "Quote", "Page", "Domain", "Stakeholder group"]


def _review(cmo, tmp_path: Path) -> dict[str, str]:
    """A review of the four records, all included: each key by its year."""
    (tmp_path / "domains.yaml").write_text(DOMAINS, encoding="utf-8")
    (tmp_path / "records.ris").write_text(RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    cmo("ingest", str(tmp_path / "records.ris"))
    keys = {str(s["year"]): s["key"] for s in cmo.json("sources", "list")}
    assert sorted(keys) == ["2017", "2018", "2019", "2021"], keys
    for key in keys.values():
        cmo("select", "include", key)
    return keys


def _sheet(path: Path, *rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    return path


def _row(source: str, mechanism: str, domain: str = "break", group: str = "") -> list[str]:
    return [source, "Year 3 classes in urban schools", mechanism, "More time on task after the break", "", "", domain, group]


def _parse(cmo, sheet: Path):
    """The sheet read as `cmo code import` reads it, with the review's merges given (`parse_coding_sheet`'s `merges`)."""
    from cmo.commands.code import _domain_labels, _labels
    from cmo.commands.review import open_review
    from cmo.commands.sources import key_aliases
    from cmo.sheets.coding import parse_coding_sheet

    review = open_review(cmo.folder)
    with closing(review.store) as store:
        return parse_coding_sheet(
            sheet,
            source_keys=store.source_keys(),
            domains=_domain_labels(review),
            groups=_labels(review.groups),
            statement_ids={s.id for s in store.statements(include_deleted=True)},
            record_keys=lambda: key_aliases(review),
            merged=lambda live: merged_away(store.decisions_of("source-merge"), live),
        )


# --- AA5: a key merged away --------------------------------------------------------------------------------------------


def test_a_source_merged_away_is_read_on_a_sheet_as_the_one_it_went_into_through_later_merges_and_said_once(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    abstract, preprint, article = keys["2017"], keys["2018"], keys["2019"]
    cmo("sources", "merge", preprint, abstract, "--force", "--note", "the abstract reports the same trial")
    cmo("sources", "merge", article, preprint, "--force", "--note", "the preprint became the article")
    sheet = _sheet(
        tmp_path / "coding.csv",
        _row(abstract, "Pupils get to move before sitting again"),
        _row(preprint, "Teachers see calmer pupils"),
        _row("Okonkwo (2017)", "A short burst of activity resets attention"),
        _row(abstract, "Pupils expect the break and settle"),
        _row(keys["2021"], "Teachers feel able to fit movement into lessons", "lesson"),
    )
    parsed = _parse(cmo, sheet)
    assert [row.fields["source"] for row in parsed.rows] == [article, article, article, article, keys["2021"]]
    merged = [w for w in parsed.warnings if "merged into" in w]
    went = f"names a source merged into {article} ('cmo sources merge'), so it was read as {article}"
    assert merged == [
        f"{sheet}: rows 2, 5: '{abstract}' {went}",
        f"{sheet}: row 3: '{preprint}' {went}",
        f"{sheet}: row 4: 'Okonkwo (2017)' {went}",
    ]
    assert not [w for w in parsed.warnings if isinstance(w, str) and "did you mean" in w]


def test_a_key_never_in_the_review_is_still_refused_with_the_nearest_and_a_live_citation_wins_over_a_merged_one(cmo, tmp_path):
    from cmo.errors import BadInput

    keys = _review(cmo, tmp_path)
    cmo("sources", "merge", keys["2019"], keys["2017"], "--force")
    live = _sheet(tmp_path / "live.csv", _row("Lindqvist 2021", "Teachers plan movement in", "lesson"))
    assert [row.fields["source"] for row in _parse(cmo, live).rows] == [keys["2021"]]
    typo = _sheet(tmp_path / "typo.csv", _row("okonkwo2016movement", "Pupils move"))
    with pytest.raises(BadInput) as refused:
        _parse(cmo, typo)
    assert "'okonkwo2016movement' is not a source in this review" in str(refused.value)


def test_merged_away_follows_a_chain_and_leaves_out_a_key_live_again():
    """`merged_away` on the history's records alone: a key brought back (live) names itself; a citation two merged-away
    sources share that went different ways names neither."""
    from cmo.models import Decision

    def merge(into: str, gone: str, family: str, year: int) -> Decision:
        was = {"key": gone, "authors": [f"{family}, Ann"], "year": year, "publisher": "", "container": "J"}
        return Decision(action="source-merge", targets=[into, gone], before={gone: was}, after={"into": into})

    merges = [
        merge("b", "a", "Haddad", 2015),
        merge("c", "b", "Haddad", 2016),
        merge("d", "x", "Brennan", 2020),
        merge("e", "y", "Brennan", 2020),
        merge("c", "z", "Lindqvist", 2014),
    ]
    names = merged_away(merges, live={"c", "d", "e", "z"})
    assert names["a"] == names["b"] == names["@haddad 2015"] == names["@haddad 2016"] == "c"
    assert "@brennan 2020" not in names and names["x"] == "d" and names["y"] == "e"
    assert "z" not in names and "@lindqvist 2014" not in names


# --- AB8: a group or domain typed as the plural of one the review has ------------------------------------------------


def test_a_group_and_a_domain_typed_in_the_plural_are_read_and_said_as_on_a_feedback_form(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _sheet(
        tmp_path / "plural.csv",
        _row(keys["2019"], "Parents hear about the breaks", "Movement breaks", "Parents"),
        _row(keys["2021"], "Class teachers plan lessons", "Active lessons", "Class teachers; PE teacher"),
    )
    result = cmo("code", "import", str(sheet))
    said = result.stderr
    assert "row 2: the domain 'Movement breaks' was read as break" in said, said
    assert "row 2: the group 'Parents' was read as parent" in said, said
    assert "row 3: the domain 'Active lessons' was read as lesson" in said, said
    assert "row 3: the group 'Class teachers' was read as class-teacher" in said, said
    coded = cmo.json("code", "list")
    assert [(s["domain"], s["groups"]) for s in coded] == [("break", ["parent"]), ("lesson", ["class-teacher", "pe-teacher"])]


def test_a_plural_two_groups_answer_to_is_refused_naming_both_and_one_naming_none_with_the_nearest(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _sheet(
        tmp_path / "unclear.csv",
        _row(keys["2019"], "Teachers lead the break", "break", "Teachers"),
        _row(keys["2021"], "Caretakers open the hall", "lesson", "Caretakers"),
    )
    result = cmo("code", "import", str(sheet), code=2)
    told = result.output + result.stderr
    assert "row 2, column Stakeholder group: 'Teachers' could be any of the groups class-teacher, pe-teacher" in told, told
    assert "row 3, column Stakeholder group: 'Caretakers' is not a stakeholder group in this review" in told, told
    assert cmo.json("code", "list") == []


# --- AB11: a mark taken back, in the report's audit trail ---------------------------------------------------------------


def test_a_mark_taken_back_is_told_as_taken_back_not_as_the_team_counting_the_finding(demo):
    config = next(c for c in demo.json("configs", "list") if len(c["statements"]) > 1 and not c["contradicting"])
    finding, cid = config["statements"][0], config["id"]
    demo("code", "mark", finding, "--contradicting", cid)
    demo("code", "mark", finding, "--clear", cid)
    report = demo.folder / "report.md"
    demo("report", "-o", str(report))
    told = [line for line in report.read_text(encoding="utf-8").splitlines() if "The team" in line and finding in line]
    assert any(f"The team counted {finding} as evidence against it, not for it" in line for line in told), told
    assert any(
        f"The team took back its mark on {finding}, leaving cmo's reading to count it as evidence for it" in line for line in told
    ), told
    assert not [line for line in told if f"counted {finding} as evidence for it" in line], told


def test_code_import_reads_a_key_merged_away_as_where_it_went_and_says_so(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    cmo("sources", "merge", keys["2019"], keys["2017"], "--force")
    sheet = _sheet(tmp_path / "coding.csv", _row(keys["2017"], "Pupils move before sitting again"))
    result = cmo("code", "import", str(sheet))
    assert f"row 2: '{keys['2017']}' names a source merged into {keys['2019']}" in result.stderr
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["2019"]]
