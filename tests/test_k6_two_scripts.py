"""Helper K6: CiNii's Japanese record and J-STAGE's English record of one paper, neither with a DOI, were two sources:
names, journal and title are in two scripts and cannot be compared. What both print can: the same range of several
pages of one volume, issue and year, by as many authors (`dedupe._one_article_in_two_scripts`). Two papers of one
issue on other pages stay apart, and so does a same-script record on the same pages of another journal."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.dedupe import group_records
from cmo.bib.readers import ris
from cmo.textio import decode_file

FOLDER = DATA / "k6_two_scripts"


def _records(name: str):
    return ris.read(decode_file(FOLDER / name).text, name).records


def test_one_paper_in_two_scripts_links_and_the_issues_other_papers_stay_apart(cmo):
    cmo("init", str(cmo.folder))
    done = cmo.json("ingest", str(FOLDER / "cinii_no_doi.ris"), str(FOLDER / "jstage_english.ris"), code=None)
    sources = cmo.json("sources", "list")
    assert len(sources) == 3 and done["merged"] == 1
    (linked,) = [s for s in sources if len(s["records"]) == 2]
    shown = cmo.json("sources", "show", linked["key"])
    assert shown["pages"] == "70-78" and linked["key"].startswith("高橋2020")
    assert "written in two scripts" in shown["linked"][1]


def test_another_journals_paper_on_the_same_pages_or_with_other_authors_is_another_work():
    cinii, _ = _records("cinii_no_doi.ris")
    jstage, _ = _records("jstage_english.ris")
    assert group_records([cinii, jstage]) == [[0, 1]]
    romanised = cinii.model_copy(update={"container": "Nihon Zaitaku Kea Gakkaishi"})
    assert group_records([romanised, jstage]) == []  # journals named in one script: compared by name, and differ
    third_author = jstage.model_copy(update={"authors": [*jstage.authors, "Aya Mori"]})
    assert group_records([cinii, third_author]) == []
    other_issue = jstage.model_copy(update={"issue": "2"})
    assert group_records([cinii, other_issue]) == []
    one_page = jstage.model_copy(update={"pages": "70"})
    assert group_records([cinii.model_copy(update={"pages": "70"}), one_page]) == []
