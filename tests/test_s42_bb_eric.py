"""Trial BB (ERIC's own CSV): ERIC names its fields its own way (`publicationdateyear`, `description`,
`publicationtype`), and lists a paper's publication types together ("Journal Articles; Reports - Research"). Its year
and abstract were lost, and a journal paper was read as a grey report, so the same paper from EBSCO stood twice in the
review. Tested on another topic: maths coaching for primary teachers."""

from __future__ import annotations

import csv

ERIC_FIELDS = ["id", "title", "author", "source", "publicationdateyear", "description", "peerreviewed", "publicationtype"]
PAPER = [
    "EJ1300001",
    "Instructional Coaching in Primary Mathematics: A Cluster Randomised Trial",
    "Okonkwo, Adaeze; Lindqvist, Per",
    "Journal of Mathematics Teacher Education",
    "2021",
    "Coaching cycles raised pupils' attainment in fractions.",
    "T",
    "Journal Articles; Reports - Research",
]
REPORT = [
    "ED610002",
    "Maths Hubs Teaching for Mastery: Evaluation Report",
    "Brennan, Siobhan",
    "National Foundation for Educational Research",
    "2020",
    "An evaluation of a national programme.",
    "F",
    "Reports - Evaluative",
]
EBSCO = """TY  - JOUR
AU  - Okonkwo, Adaeze
AU  - Lindqvist, Per
T1  - Instructional coaching in primary mathematics: a cluster randomised trial
JO  - Journal of Mathematics Teacher Education
Y1  - 2021///
VL  - 24
SP  - 301
EP  - 322
AN  - EJ1300001
DB  - ERIC
DP  - EBSCOhost
ER  -

TY  - RPRT
AU  - Brennan, Siobhan
T1  - Maths Hubs Teaching for Mastery: Evaluation Report
Y1  - 2020///
PB  - National Foundation for Educational Research
AN  - ED610002
DB  - ERIC
DP  - EBSCOhost
M3  - Reports - Evaluative
ER  -
"""


def _eric_csv(path, *rows):
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([ERIC_FIELDS, *rows])
    return path


def test_an_eric_csv_gives_its_year_and_abstract_and_a_journal_paper_is_an_article(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(_eric_csv(tmp_path / "eric.csv", PAPER)), code=None)
    (source,) = cmo.json("sources", "list")
    assert (source["year"], source["type"], source["grey"]) == (2021, "article", False)
    assert "fractions" in cmo.json("sources", "show", source["key"])["abstract"]


def test_the_same_paper_and_report_from_eric_and_from_ebsco_are_one_source_each(cmo, tmp_path):
    """Trial BB: the RAND report from ERIC's site, read with no year as a journal article of 'RAND Corporation', stood
    beside the same report from EBSCO, and merging them by hand was refused as a grey and a journal work."""
    cmo("init", str(cmo.folder))
    (tmp_path / "ebsco.ris").write_text(EBSCO, encoding="utf-8")
    cmo("ingest", str(tmp_path / "ebsco.ris"), str(_eric_csv(tmp_path / "eric.csv", PAPER, REPORT)), code=None)
    assert [(len(s["records"]), s["year"]) for s in cmo.json("sources", "list")] == [(2, 2020), (2, 2021)]


def test_an_eric_report_with_no_journal_type_stays_grey(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(_eric_csv(tmp_path / "eric.csv", REPORT)), code=None)
    (source,) = cmo.json("sources", "list")
    assert (source["year"], source["type"], source["grey"]) == (2020, "report", True)
