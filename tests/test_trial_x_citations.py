"""Trial X: what the tester of an antimicrobial stewardship review (Embase, Web of Science, PubMed, Scopus, CINAHL)
found in citations, each rule tested alone on records of other topics (sleep, diabetes, depression, falls):

1. Finding 6: a coding sheet's "Walker 2000 (CMAJ)", the journal's initials after the citation, was refused.
2. Finding 10: PubMed's catalogue form of a journal won over the proper name ("JAMA internal medicine" beside Web of
   Science's "JAMA INTERNAL MEDICINE"; "Pharmacy world & science : PWS" beside CINAHL's "Pharmacy World & Science").
3. Finding 10: Scopus's "…homes: A qualitative study" or the others' "…: a qualitative study", by ingest order.
4. Finding 10: Scopus's generated keys ("Dowson2020103502") became the review's keys, by ingest order.

Every test fails on the code before these fixes.
"""

from __future__ import annotations

import pytest

from cmo.bib.citations import cited_container, reference
from cmo.bib.linking import link_record, new_source
from cmo.models import Provenance, Record, Source
from cmo.normalise import better_written, is_generated_key, journal_name


def _record(line: int, file: str = "x.ris", key: str = "", **fields) -> Record:
    fields.setdefault("authors", ["Okafor, Ngozi"])
    fields.setdefault("year", 2018)
    return Record(provenance=Provenance(file=file, line=line, key=key, format="ris"), key=key, **fields)


def _linked(*records: Record) -> Source:
    source = new_source(records[0], {}, "database search", [])
    for record in records[1:]:
        source = link_record(source, record)
    return source


# --- 1. a coding sheet's citation followed by the journal's initials -------------------------------------------------

SLEEP_RIS = """TY  - JOUR
AU  - Hernandez, Maria
TI  - Screen time at night and sleep in adolescents: a cohort study
JO  - New England Journal of Medicine
PY  - 2019
VL  - 380
SP  - 112
EP  - 120
ER  -

TY  - JOUR
AU  - Hernandez, Maria
TI  - Caffeine and sleep in adolescents
JO  - Journal of Adolescent Health
PY  - 2019
VL  - 64
SP  - 33
EP  - 40
ER  -
"""

SHEET = (
    "id,source,context,mechanism,outcome,quote,page\n"
    ",{cited},Adolescents with phones in the bedroom,They stay awake to reply,Less sleep,,\n"
)


@pytest.fixture
def sleep_review(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "sleep.ris").write_text(SLEEP_RIS, encoding="utf-8")
    cmo("ingest", str(tmp_path / "sleep.ris"))
    return cmo


def _import(cmo, tmp_path, cited: str, code: int):
    sheet = tmp_path / "coding.csv"
    sheet.write_text(SHEET.format(cited=cited), encoding="utf-8")
    return cmo("code", "import", str(sheet), "--by", "AB", code=code)


def test_a_citation_followed_by_its_journals_initials_names_that_work(sleep_review, tmp_path):
    """Two works cited "Hernandez 2019": "(NEJM)" names the one in the New England Journal of Medicine ("of" left out)."""
    _import(sleep_review, tmp_path, "Hernandez 2019 (NEJM)", code=0)
    statements = sleep_review.json("code", "list")
    assert [s["source"] for s in statements] == ["hernandez2019screen"]


def test_initials_of_no_journal_of_the_works_are_still_refused(sleep_review, tmp_path):
    result = _import(sleep_review, tmp_path, "Hernandez 2019 (BMJ)", code=2)
    assert "Hernandez 2019 (BMJ)" in result.output + result.stderr


# --- 2. a journal's proper name wins, whichever record came first ----------------------------------------------------


@pytest.mark.parametrize("order", [1, -1])
def test_a_journal_in_capitals_and_in_sentence_case_is_named_in_title_case(order):
    """Web of Science's capitals and PubMed's sentence case ("BMC psychiatry"-like) make one title-case name, whichever
    was read first; the sentence-case form's acronyms stay as written."""
    records = [
        _record(1, container="DIABETES RESEARCH AND CLINICAL PRACTICE"),
        _record(2, file="p.nbib", container="Diabetes research and clinical practice"),
    ][::order]
    assert _linked(*records).container == "Diabetes Research and Clinical Practice"
    acronym = better_written("BMJ OPEN DIABETES RESEARCH & CARE", "BMJ open diabetes research & care")
    assert acronym == "BMJ Open Diabetes Research & Care"


def test_a_name_in_title_case_is_never_lowered():
    assert better_written("Diabetes Research and Clinical Practice", "Diabetes research and clinical practice") == ""
    assert better_written("Diabetes Research and Clinical Practice", "DIABETES RESEARCH AND CLINICAL PRACTICE") == ""


def test_the_nlm_catalogues_abbreviation_after_a_journal_is_dropped():
    """NLM's "Title : ABBR" (letters each the first of a word of the name, in order); a subtitle or other letters stay."""
    assert journal_name("Journal of gerontological nursing : JGN") == "Journal of gerontological nursing"
    assert journal_name("Journal of Physics: Condensed Matter") == "Journal of Physics: Condensed Matter"
    assert journal_name("Archives of disease in childhood : XYZ") == "Archives of disease in childhood : XYZ"
    assert cited_container("Journal of gerontological nursing : JGN", journal=False) == "Journal of gerontological nursing"
    assert cited_container("Journal of gerontological nursing : JGN") == "Journal of Gerontological Nursing"  # cited so


@pytest.mark.parametrize("order", [1, -1])
def test_a_linked_proper_name_wins_over_the_catalogue_title_with_its_abbreviation(order):
    records = [
        _record(1, file="p.nbib", container="Journal of gerontological nursing : JGN"),
        _record(2, container="Journal of Gerontological Nursing"),
    ][::order]
    source = _linked(*records)
    assert source.container == "Journal of Gerontological Nursing"
    assert reference(source).endswith(" Journal of Gerontological Nursing.")


# --- 3. the word after a colon ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("order", [1, -1])
def test_a_subtitle_begins_in_lower_case_where_a_linked_record_writes_it_so(order):
    records = [
        _record(1, file="s.bib", title="Fear of falling after hip fracture: A mixed-methods study"),
        _record(2, title="Fear of falling after hip fracture: a mixed-methods study."),
    ][::order]
    assert _linked(*records).title == "Fear of falling after hip fracture: a mixed-methods study"


def test_a_subtitle_every_record_capitalises_stays():
    records = [
        _record(1, file="s.bib", title="Falls in care homes: Ireland's national audit"),
        _record(2, title="Falls in care homes: Ireland's National Audit"),
    ]
    assert _linked(*records).title == "Falls in care homes: Ireland's national audit"


# --- 4. an exporter's generated key ----------------------------------------------------------------------------------


def test_an_exporters_author_year_page_key_is_known_from_a_persons_key():
    authors = ["Lindqvist, Karin", "Berg, Anna"]
    assert is_generated_key("Lindqvist2016e012345", authors, 2016, "e012345")
    assert is_generated_key("Lindqvist2016331", authors, 2016, "331 – 340")
    assert not is_generated_key("Lindqvist2016", authors, 2016, "331-340")
    assert not is_generated_key("lindqvist2016depression", authors, 2016, "331-340")
    assert not is_generated_key("Lindqvist2016331", authors, 2016, "")


DEPRESSION_BIB = """@ARTICLE{Lindqvist2016331,
  author = {Lindqvist, Karin and Berg, Anna},
  title = {Depression in care home residents: a register study},
  journal = {Aging \\& Mental Health},
  year = {2016},
  volume = {20},
  pages = {331 -- 340},
  doi = {10.1080/13607863.2016.999999}
}

@article{berg2017own,
  author = {Berg, Anna},
  title = {Loneliness and depression in later life},
  journal = {Aging \\& Mental Health},
  year = {2017},
  pages = {12--19}
}
"""

DEPRESSION_RIS = """TY  - JOUR
AU  - Lindqvist, K.
AU  - Berg, A.
TI  - Depression in care home residents: a register study
JO  - Aging & Mental Health
PY  - 2016
VL  - 20
SP  - 331
EP  - 340
DO  - 10.1080/13607863.2016.999999
ER  -
"""


@pytest.mark.parametrize("order", [1, -1])
def test_a_generated_key_gives_way_to_the_same_author_year_key_in_either_order(cmo, tmp_path, order):
    (tmp_path / "scopus.bib").write_text(DEPRESSION_BIB, encoding="utf-8")
    (tmp_path / "cinahl.ris").write_text(DEPRESSION_RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", *[str(tmp_path / name) for name in ("scopus.bib", "cinahl.ris")[::order]])
    keys = sorted(source["key"] for source in cmo.json("sources", "list"))
    assert keys == ["berg2017own", "lindqvist2016depression"]
