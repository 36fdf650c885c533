"""Left-overs in sources (helper LM), each tested on files as the tool that wrote them writes them (`tests/data/trial_lm`):

1. A NICE guideline Publish or Perish gave from Google Scholar, with no type, was counted as a peer-reviewed article
   (trial CA 4): its 'journal' was the guideline's series, "NICE guideline [NG97]".
2. Ovid's "Original Title" (a translated record's title in its own language) was not read by de-duplication: the same
   paper from LILACS in Portuguese and from Ovid MEDLINE in English stayed two sources.

Every test fails on the code before; each rule has a case where it must not fire, on another topic.
"""

from __future__ import annotations

from pathlib import Path

from conftest import DATA

from cmo.bib.readers import read_parts
from cmo.normalise import content_type
from cmo.textio import decode_file, sniff_format

HERE = DATA / "trial_lm"


def _records(path: Path):
    text = decode_file(path).text
    return [record for part in read_parts(sniff_format(text), text, path.name) for record in part.records]


def _sources(cmo, *names: str) -> dict[str, dict]:
    cmo("init", str(cmo.folder))
    cmo("ingest", *(str(HERE / name) for name in names), code=None)
    return {source["title"]: source for source in cmo.json("sources", "list")}


# --- 1. a guideline Google Scholar gives as a journal's -----------------------------------------------------------------


def test_a_guideline_whose_journal_is_its_series_is_grey_guidance(cmo):
    sources = _sources(cmo, "pop-scholar.csv")
    nice = sources["Dementia: assessment, management and support for people living with dementia and their carers"]
    assert (nice["type"], nice["grey"]) == ("guidance", True)


def test_a_guideline_body_page_of_a_guideline_is_guidance_whatever_its_journal_says():
    """A record called an article with no volume nor pages, at a guideline body's page of one guideline."""
    assert content_type("article", "", "", "", "https://www.nice.org.uk/guidance/ng222") == "guidance"
    assert content_type("misc", "", "", "", "https://www.sign.ac.uk/guidelines/sign-158/") == "guidance"


def test_journal_articles_about_guidance_stay_articles(cmo):
    """Must not fire: a journal's article whose title speaks of guidance (on dementia care, on teachers' marking), Scholar
    giving no volume; a journal named for guidelines with a volume; a journal's page whose words name guidelines."""
    sources = _sources(cmo, "pop-scholar.csv")
    for title in (
        "Implementing NICE guidance on dementia care in general practice: a qualitative study",
        "Teachers' use of marking guidance in secondary schools: a mixed-methods study",
    ):
        assert (sources[title]["type"], sources[title]["grey"]) == ("article", False), title
    assert content_type("article", "Journal of Clinical Practice Guidelines", "", "") == "article"
    assert content_type("article", "Guidelines in Practice", "12", "4-9") == "article"
    url = "https://academic.oup.com/cid/article/71/7/1234/guidelines-for-the-management-of-sepsis"
    assert content_type("article", "Clinical Infectious Diseases", "", "", url) == "article"
